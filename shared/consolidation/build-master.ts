// buildMaster: the latest committed submission of every unit + the board's decisions → one master version.
// Every row is compared for duplicates, rows with errors too; duplicates across and within units become one nominee
// with several sources; ids are stable; groups, issues, stats, totals and the change set come with it.
// No row is left behind: rows with errors become entries "chưa hợp lệ" (validity 'invalid', invalidEntries), kept
// apart from the valid rows of the same nominee, out of totals, statistics and the change set, but in the duplicate
// groups (an invalid row duplicating a valid one in another unit is reported on both entries).

import { computeStats } from './compute-stats';
import { diffMasters } from './diff-masters';
import { markEntries, publishGroup } from './duplicate-groups';
import { type DuplicateResult, findDuplicates } from './find-duplicates';
import { buildEntry, entryIssue, type SourcedRow } from './master-entry';
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
  SubmissionRow,
} from './types';

export function buildMaster(input: BuildMasterInput): MasterVersion {
  const rows = sourcedRows(input);
  const found = duplicatesOf(input, rows);
  const parts = splitByValidity(componentsOf(found.nominee), rows);
  const components = [...parts.valid, ...parts.invalid];
  const ids = [
    ...nomineeIdsOf(input, rows, parts.valid, found.matchRows),
    ...invalidIdsOf(rows, parts.invalid, found.matchRows),
  ];
  const all = entriesOf(input, rows, components, ids);
  const rowIds = rowNomineeIds(components, ids, rows.length);
  const duplicates = found.groups
    .map((g) => publishGroup(g, rows, rowIds))
    .sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
  const byId = new Map(all.map((e) => [e.nomineeId, e]));
  markEntries(duplicates, byId);
  markInvalidDuplicates(duplicates, byId);
  const entries = all.filter((e) => e.validity !== 'invalid').sort(byDisplayOrder());
  const invalidEntries = all.filter((e) => e.validity === 'invalid').sort(byDisplayOrder());
  return {
    campaignId: input.campaignId,
    version: input.version,
    createdAt: input.createdAt,
    entries,
    invalidEntries,
    duplicates,
    changes: diffMasters(input.previous, { entries, duplicates }),
    stats: computeStats({ entries }, input.stats ?? { referenceDate: input.createdAt.slice(0, 10) }),
    totals: totalsOf(input, { entries, invalidEntries }, duplicates, rows),
    unitVersions: Object.fromEntries(input.submissions.map((s) => [s.unitId, s.version])),
  };
}

/** Each found nominee split into its valid rows and its rows with errors (either part may be empty). */
function splitByValidity(
  components: number[][],
  rows: SourcedRow[],
): { valid: number[][]; invalid: number[][] } {
  const valid: number[][] = [];
  const invalid: number[][] = [];
  for (const c of components) {
    const good = c.filter((i) => rows[i]?.row.valid === true);
    const bad = c.filter((i) => rows[i]?.row.valid !== true);
    if (good.length > 0) valid.push(good);
    if (bad.length > 0) invalid.push(bad);
  }
  return { valid, invalid };
}

/** Ids of entries "chưa hợp lệ": derived like valid ones, prefixed with x so they never take a valid entry's id. */
function invalidIdsOf(rows: SourcedRow[], components: number[][], matchRows: readonly MatchRow[]): string[] {
  const groups = components.map((c) => ({
    kind: rows[c[0] ?? 0]?.row.kind ?? 'individual',
    members: c.map((i) => ({
      memberKey: rows[i]?.source.memberKey ?? '',
      identityKey: identityOf(matchRows[i]),
    })),
  }));
  return assignNomineeIds(groups).map((id) => `x${id}`);
}

/** A group joining valid and invalid entries: both sides are told, naming the units of the other side. */
function markInvalidDuplicates(groups: DuplicateGroup[], entries: Map<string, MasterEntry>): void {
  for (const group of groups) {
    const members = group.nomineeIds.map((id) => entries.get(id)).filter((e) => e !== undefined);
    const invalid = members.filter((e) => e.validity === 'invalid');
    const valid = members.filter((e) => e.validity !== 'invalid');
    if (invalid.length === 0 || valid.length === 0) continue;
    for (const [side, other] of [
      [valid, invalid],
      [invalid, valid],
    ] as const) {
      const units = [...new Set(other.flatMap((e) => e.sources.map((s) => s.unitName ?? s.unitId)))].join(
        ', ',
      );
      for (const entry of side) entry.issues.push(entryIssue('CONS_INVALID_DUPLICATE', '', { units }));
    }
  }
}

/**
 * Duplicates among the rows that say who they are: rows with errors and no name (nor CCCD) match nothing and stay
 * single entries "chưa hợp lệ" (two blank names are not the same person).
 */
function duplicatesOf(input: BuildMasterInput, rows: SourcedRow[]): DuplicateResult {
  const matchable = rows.flatMap((r, i) => (r.row.valid || hasIdentity(r.row) ? [i] : []));
  const found = findDuplicates(
    matchable.map((i) => {
      const r = rows[i] as SourcedRow;
      return { kind: r.row.kind, data: r.row.data, memberKey: r.source.memberKey };
    }),
    withDefined({ decisions: input.duplicateDecisions, autoMergeScore: input.autoMergeScore }),
  );
  if (matchable.length === rows.length) return found;
  const back = (k: number) => matchable[k] ?? k;
  const nominee = rows.map((_, i) => i);
  const matchRows = rows.map((r) => toMatchRow(r.row.kind, r.row.data));
  matchable.forEach((i, k) => {
    nominee[i] = back(found.nominee[k] ?? k);
    matchRows[i] = found.matchRows[k] ?? (matchRows[i] as MatchRow);
  });
  const groups = found.groups.map((g) => ({ ...g, members: g.members.map(back) }));
  return { nominee, groups, matchRows };
}

function hasIdentity(row: SubmissionRow): boolean {
  const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  return row.kind === 'collective'
    ? text(row.data.collectiveName)
    : text(row.data.fullName) || text(row.data.cccd);
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
  const valid = members[0]?.row.valid === true;
  const eligibility = valid ? eligibilityOf(input, members[0]) : undefined;
  const entry = buildEntry(id, members, { eligibility, review: reviews.get(id) });
  if (!valid) entry.validity = 'invalid';
  return entry;
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
  master: { entries: MasterEntry[]; invalidEntries: MasterEntry[] },
  groups: DuplicateGroup[],
  rows: SourcedRow[],
): MasterTotals {
  const { entries } = master;
  const sourceRows = rows.filter((r) => r.row.valid).length;
  return {
    entries: entries.length,
    individuals: entries.filter((e) => e.kind === 'individual').length,
    collectives: entries.filter((e) => e.kind === 'collective').length,
    sourceRows,
    invalidRows: rows.length - sourceRows,
    invalidEntries: master.invalidEntries.length,
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
