// buildMaster: the latest committed submission of every unit + the board's decisions → one master version.
// Valid rows only (invalid rows stay with their unit); duplicates across and within units become one nominee with
// several sources; ids are stable; groups, issues, stats, totals and the change set come with it.

import { computeStats } from './compute-stats';
import { diffMasters } from './diff-masters';
import { markEntries, publishGroup } from './duplicate-groups';
import { findDuplicates } from './find-duplicates';
import { buildEntry, type SourcedRow } from './master-entry';
import { identityKeyOf, type MatchRow, toMatchRow } from './match-rows';
import { assignNomineeIds } from './nominee-ids';
import { parseProvenance } from './provenance';
import type {
  BuildMasterInput,
  DuplicateGroup,
  EligibilityResult,
  MasterEntry,
  MasterTotals,
  MasterVersion,
  ReviewDecision,
} from './types';

export function buildMaster(input: BuildMasterInput): MasterVersion {
  const rows = sourcedRows(input);
  const found = duplicatesOf(input, rows);
  const components = componentsOf(found.nominee);
  const ids = nomineeIdsOf(input, rows, components, found.matchRows);
  const entries = entriesOf(input, rows, components, ids);
  const rowIds = rowNomineeIds(components, ids, rows.length);
  const duplicates = found.groups
    .map((g) => publishGroup(g, rows, rowIds))
    .sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
  markEntries(duplicates, new Map(entries.map((e) => [e.nomineeId, e])));
  entries.sort(byDisplayOrder());
  return {
    campaignId: input.campaignId,
    version: input.version,
    createdAt: input.createdAt,
    entries,
    duplicates,
    changes: diffMasters(input.previous, { entries, duplicates }),
    stats: computeStats({ entries }, input.stats ?? { referenceDate: input.createdAt.slice(0, 10) }),
    totals: totalsOf(input, entries, duplicates, rows.length),
    unitVersions: Object.fromEntries(input.submissions.map((s) => [s.unitId, s.version])),
  };
}

function duplicatesOf(input: BuildMasterInput, rows: SourcedRow[]) {
  return findDuplicates(
    rows.map((r) => ({ kind: r.row.kind, data: r.row.data, memberKey: r.source.memberKey })),
    withDefined({ decisions: input.duplicateDecisions, autoMergeScore: input.autoMergeScore }),
  );
}

/** Stable ids: a group keeps the id the previous version gave any of its members. */
function nomineeIdsOf(
  input: BuildMasterInput,
  rows: SourcedRow[],
  components: number[][],
  matchRows: readonly MatchRow[],
): string[] {
  const groups = components.map((c) => ({
    kind: rows[c[0] ?? 0]?.row.kind ?? 'individual',
    members: c.map((i) => ({
      memberKey: rows[i]?.source.memberKey ?? '',
      identityKey: identityOf(matchRows[i]),
    })),
  }));
  return assignNomineeIds(groups, input.previous);
}

function entriesOf(
  input: BuildMasterInput,
  rows: SourcedRow[],
  components: number[][],
  ids: string[],
): MasterEntry[] {
  const reviews = new Map((input.reviews ?? []).map((r) => [r.nomineeId, r]));
  return components.map((c, k) =>
    entryFor(
      input,
      ids[k] ?? '',
      c.map((i) => rows[i] as SourcedRow),
      reviews,
    ),
  );
}

function identityOf(row: MatchRow | undefined): string {
  return row ? identityKeyOf(row) : '';
}

function sourcedRows(input: BuildMasterInput): SourcedRow[] {
  const out: SourcedRow[] = [];
  for (const submission of input.submissions) {
    for (const row of submission.rows) {
      if (!row.valid) continue;
      const identityKey = identityKeyOf(toMatchRow(row.kind, row.data));
      const source = {
        unitId: submission.unitId,
        kind: row.kind,
        sheetRow: row.sheetRow,
        submissionVersion: row.submissionVersion ?? submission.version,
        submittedAt: row.submittedAt ?? submission.submittedAt,
        rowId: `${submission.unitId}:${row.kind}:${row.sheetRow}`,
        memberKey: `${submission.unitId}|${identityKey}`,
        ...withDefined({
          unitName: submission.unitName,
          unitKind: submission.unitKind,
          award: row.data.award,
          provenance: parseProvenance((row.data as { sourceRef?: unknown }).sourceRef),
        }),
      };
      out.push({ submission, row, source });
    }
  }
  return out;
}

/** Rows grouped by nominee, each group sorted by unitId then sheetRow (the first is the representative). */
function componentsOf(nominee: number[]): number[][] {
  const byFirst = new Map<number, number[]>();
  nominee.forEach((first, i) => {
    const list = byFirst.get(first);
    if (list) list.push(i);
    else byFirst.set(first, [i]);
  });
  return [...byFirst.values()];
}

function rowNomineeIds(components: number[][], ids: string[], n: number): string[] {
  const out = new Array<string>(n);
  components.forEach((c, k) => {
    for (const i of c) out[i] = ids[k] ?? '';
  });
  return out;
}

function entryFor(
  input: BuildMasterInput,
  id: string,
  members: SourcedRow[],
  reviews: Map<string, ReviewDecision>,
): MasterEntry {
  members.sort(
    (a, b) =>
      compareText(a.source.unitId, b.source.unitId) ||
      a.source.sheetRow - b.source.sheetRow ||
      compareText(a.source.kind, b.source.kind),
  );
  return buildEntry(id, members, { eligibility: eligibilityOf(input, members[0]), review: reviews.get(id) });
}

function eligibilityOf(
  input: BuildMasterInput,
  first: SourcedRow | undefined,
): EligibilityResult | undefined {
  if (!first || !input.eligibility) return undefined;
  if (typeof input.eligibility === 'function') return input.eligibility(first.row, first.submission);
  return input.eligibility[first.source.rowId];
}

function byDisplayOrder(): (a: MasterEntry, b: MasterEntry) => number {
  const keys = new Map<string, string>();
  const keyOf = (e: MasterEntry): string => {
    let key = keys.get(e.nomineeId);
    if (key === undefined) {
      key = e.displayName
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      keys.set(e.nomineeId, key);
    }
    return key;
  };
  return (a, b) =>
    compareText(a.kind, b.kind) || compareText(keyOf(a), keyOf(b)) || compareText(a.nomineeId, b.nomineeId);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function totalsOf(
  input: BuildMasterInput,
  entries: MasterEntry[],
  groups: DuplicateGroup[],
  sourceRows: number,
): MasterTotals {
  const allRows = input.submissions.reduce((n, s) => n + s.rows.length, 0);
  return {
    entries: entries.length,
    individuals: entries.filter((e) => e.kind === 'individual').length,
    collectives: entries.filter((e) => e.kind === 'collective').length,
    sourceRows,
    invalidRows: allRows - sourceRows,
    units: input.submissions.length,
    duplicateGroups: groups.length,
    exactGroups: groups.filter((g) => g.kind === 'exact').length,
    probableGroups: groups.filter((g) => g.kind === 'probable').length,
    undecidedGroups: groups.filter((g) => g.kind === 'probable' && !g.decision).length,
    multiSourceEntries: entries.filter((e) => e.sources.length > 1).length,
    multipleAwardEntries: entries.filter((e) => e.proposedAwards.length > 1).length,
  };
}

/** Copies the properties whose value is not undefined (exactOptionalPropertyTypes-friendly). */
function withDefined<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
