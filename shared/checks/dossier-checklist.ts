// Which documents a nomination's dossier must hold, and which it lacks. Defaults (configurable, from
// docs/domain.md "Dossier for a nomination"): every award proposal needs the nominee's achievement report
// (báo cáo thành tích) and the minutes of the unit's review meeting (biên bản họp xét); awards whose criterion
// needs an initiative (Chiến sĩ thi đua tỉnh / toàn quốc) also need its recognition (công nhận sáng kiến), and so
// does any award proposal whose row claims initiatives (Số sáng kiến, đề tài ≥ 1, e.g. Chiến sĩ thi đua cơ sở by
// the initiative path). The proposal letter (tờ trình) goes with the whole list, so no row requires it by default.
// CampaignRules.dossierChecklist overrides the defaults key by key (an empty list drops a requirement); event
// kinds add their own (shared/vocab/event-kinds.ts).
import type { CampaignRules } from '../schema/campaign-rules';
import { type DossierDocType, dossierDocLabel } from '../vocab/dossier-documents';
import { parseDossier } from './dossier';

/** Keys: an award code, "*" (any award not listed), "delegate" and "honoured" (rows proposing those). */
export type DossierChecklist = Readonly<Record<string, readonly DossierDocType[]>>;

export const DEFAULT_DOSSIER_CHECKLIST: DossierChecklist = {
  '*': ['BAOCAO', 'BIENBAN'],
  CSTD_TINH: ['BAOCAO', 'BIENBAN', 'SANGKIEN'],
  CSTD_TQ: ['BAOCAO', 'BIENBAN', 'SANGKIEN'],
};

/** What the checklist reads of a row. */
export interface DossierRow {
  award?: string | undefined;
  delegate?: boolean | undefined;
  honoured?: boolean | undefined;
  initiatives?: number | undefined;
  /** The canonical "Hồ sơ" text (parse-able by parseDossier). */
  dossier?: string | undefined;
}

export function dossierChecklist(rules: CampaignRules): DossierChecklist {
  return { ...DEFAULT_DOSSIER_CHECKLIST, ...(rules.dossierChecklist ?? {}) };
}

/** The document types the row's proposal requires, in vocabulary order of first mention. */
export function requiredDocs(
  row: DossierRow,
  checklist: DossierChecklist,
  rules: CampaignRules,
): DossierDocType[] {
  const required = new Set<DossierDocType>();
  const add = (types: readonly DossierDocType[] | undefined) => {
    for (const t of types ?? []) required.add(t);
  };
  if (row.award !== undefined) {
    add(checklist[row.award] ?? checklist['*']);
    if (rules.dossierInitiativeProof !== false && (row.initiatives ?? 0) > 0) required.add('SANGKIEN');
  }
  if (row.delegate === true) add(checklist.delegate);
  if (row.honoured === true) add(checklist.honoured);
  return [...required];
}

export interface DossierCompleteness {
  required: DossierDocType[];
  present: DossierDocType[];
  missing: DossierDocType[];
}

export function dossierCompleteness(row: DossierRow, rules: CampaignRules): DossierCompleteness {
  const required = requiredDocs(row, dossierChecklist(rules), rules);
  const present = presentDocs(row.dossier);
  return { required, present, missing: required.filter((t) => !present.includes(t)) };
}

export function presentDocs(dossier: string | undefined): DossierDocType[] {
  if (dossier === undefined || dossier === '') return [];
  const types = parseDossier(dossier).docs.flatMap((d) => (d.type === undefined ? [] : [d.type]));
  return [...new Set(types)];
}

export function docLabels(types: readonly DossierDocType[]): string {
  return types.map(dossierDocLabel).join(', ');
}

/** Per-list (or per-unit) counts: rows whose proposal requires documents, how many of them hold them all. */
export interface DossierCounts {
  rows: number;
  complete: number;
  incomplete: number;
  /** Required documents missing, summed over the rows. */
  missingDocs: number;
}

export function emptyDossierCounts(): DossierCounts {
  return { rows: 0, complete: 0, incomplete: 0, missingDocs: 0 };
}

export function countDossiers(rows: readonly DossierRow[], rules: CampaignRules): DossierCounts {
  const counts = emptyDossierCounts();
  for (const row of rows) {
    const { required, missing } = dossierCompleteness(row, rules);
    if (required.length === 0) continue;
    counts.rows++;
    if (missing.length === 0) counts.complete++;
    else counts.incomplete++;
    counts.missingDocs += missing.length;
  }
  return counts;
}

export function addDossierCounts(a: DossierCounts, b: DossierCounts): DossierCounts {
  return {
    rows: a.rows + b.rows,
    complete: a.complete + b.complete,
    incomplete: a.incomplete + b.incomplete,
    missingDocs: a.missingDocs + b.missingDocs,
  };
}
