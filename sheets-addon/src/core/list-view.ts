// Pure: each list of a unit ("Cá nhân", "Tập thể") as the status and overview pages show it, from campaignStatus'
// `lists`. Servers older than the per-kind breakdown send no `lists`: the pages then show the unit's totals only.
import type { ListStatus, UnitStatus } from '../../../shared/api/campaign-status';
import type { NominationKind } from '../../../shared/grid/types';

export interface ListView {
  kind: NominationKind;
  label: string;
  submitted: boolean;
  version: number | null;
  submittedAt: string;
  status: ListStatus['status'] | 'not_submitted';
  statusLabel: string;
  rows: number;
  validRows: number;
  errorRows: number;
  errors: number;
  warnings: number;
  onTime: boolean | null;
  /** "hồ sơ đủ 1/3, thiếu 3 tài liệu"; '' when the list does not track its dossier (no "Hồ sơ" column). */
  dossierText: string;
}

export const LIST_LABELS: Record<NominationKind, string> = { individual: 'Cá nhân', collective: 'Tập thể' };

const LIST_STATUS_LABELS: Record<ListView['status'], string> = {
  not_submitted: 'Chưa nộp',
  with_errors: 'Còn lỗi',
  clean: 'Hợp lệ',
};

const KINDS: NominationKind[] = ['individual', 'collective'];

function notSubmitted(kind: NominationKind): ListView {
  return {
    kind,
    label: LIST_LABELS[kind],
    submitted: false,
    version: null,
    submittedAt: '',
    status: 'not_submitted',
    statusLabel: LIST_STATUS_LABELS.not_submitted,
    rows: 0,
    validRows: 0,
    errorRows: 0,
    errors: 0,
    warnings: 0,
    onTime: null,
    dossierText: '',
  };
}

/** Dossier completeness of a list as one phrase (campaignStatus `dossier`). */
export function dossierText(dossier: ListStatus['dossier']): string {
  if (dossier === undefined || dossier.rows === 0) return '';
  const missing = dossier.missingDocs > 0 ? `, thiếu ${dossier.missingDocs} tài liệu` : '';
  return `hồ sơ đủ ${dossier.complete}/${dossier.rows}${missing}`;
}

function submitted(kind: NominationKind, list: ListStatus): ListView {
  return {
    ...notSubmitted(kind),
    submitted: true,
    version: list.version,
    submittedAt: list.submittedAt,
    status: list.status,
    statusLabel: LIST_STATUS_LABELS[list.status],
    rows: list.rows,
    validRows: list.validRows,
    errorRows: list.errorRows,
    errors: list.errors,
    warnings: list.warnings,
    onTime: list.onTime,
    dossierText: dossierText(list.dossier),
  };
}

/** Both kinds, individual first (a kind not submitted says so); null when the server sent no breakdown. */
export function listViews(unit: Pick<UnitStatus, 'lists'>): ListView[] | null {
  if (!unit.lists) return null;
  const lists = unit.lists;
  return KINDS.map((kind) => {
    const list = lists[kind];
    return list ? submitted(kind, list) : notSubmitted(kind);
  });
}
