// validateGrid: the one validation entry point (add-on, xlsx import, HTTP API). Maps the header once, builds one
// reader per column, reads every non-empty row into a NominationRow and collects issues with sheet
// coordinates. Never throws: a malformed grid gives a sheet-level issue, an unreadable row a row-level one.
import { DEFAULT_ACHIEVEMENT_LENGTH } from '../checks/achievements';
import { ProposalIndex } from '../eligibility/proposals';
import { makeIssue } from '../issues';
import type { CampaignRules, ValidationContext } from '../schema/campaign-rules';
import { type FieldKey, fieldSpec, PROPOSAL_FIELDS, REQUIRED_COLUMNS } from '../schema/fields';
import type { CollectiveNomination, IndividualNomination, NominationRow } from '../schema/nomination';
import { isBlankCell } from '../text/cells';
import { dateFromInstant } from '../text/dates';
import { movementEntries } from '../vocab/movements';
import { type Reader, type ReaderSettings, roleReader } from './column-readers';
import { DuplicateFinder } from './duplicate-rows';
import { type HeaderMap, headerRows, mapHeader } from './header-map';
import { CellNormaliser } from './normalise-cells';
import { checkRow, type RowCheckSettings } from './row-checks';
import { newRowState, type RowState, resetRowState } from './row-state';
import type { Grid, Issue, NominationKind } from './types';

export type { ValidationContext } from '../schema/campaign-rules';

export interface ValidateSummary {
  rows: number;
  validRows: number;
  errorRows: number;
  errors: number;
  warnings: number;
}

export interface ValidateResult {
  rows: NominationRow[];
  issues: Issue[];
  summary: ValidateSummary;
}

interface Plan {
  kind: NominationKind;
  firstRow: number;
  firstColumn: number;
  readers: { index: number; read: Reader }[];
  seqIndex: number;
  checks: RowCheckSettings;
  cells: CellNormaliser;
}

const BASE_REQUIRED: Record<NominationKind, readonly FieldKey[]> = {
  individual: ['fullName', 'birthYear', 'gender'],
  collective: ['collectiveName'],
};

function currentDate(today: string | undefined): { year: string; iso: string } {
  if (today !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(today))
    return { year: today.slice(0, 4), iso: today };
  const now = dateFromInstant(Date.now());
  const iso = now.ok && now.date !== undefined ? now.date : '2026-01-01';
  return { year: iso.slice(0, 4), iso };
}

function readerSettings(rules: CampaignRules, currentYear: number): ReaderSettings {
  return {
    currentYear,
    birthRange: { min: rules.birthYearRange?.min ?? 1900, max: rules.birthYearRange?.max ?? currentYear },
    priorAwardRange: { min: 1945, max: currentYear },
    movements: movementEntries(rules.movements?.map((m) => ({ ...m, aliases: m.aliases ?? [] }))),
  };
}

function buildPlan(grid: Grid, context: ValidationContext, map: HeaderMap): Plan {
  const rules = context.rules ?? {};
  const currentYear = Number(currentDate(context.today).year);
  const firstColumn = Number.isInteger(grid.firstColumn) ? (grid.firstColumn as number) : 1;
  const settings = readerSettings(rules, currentYear);
  const readers: Plan['readers'] = [];
  const columns = new Map<string, number>();
  for (const col of map.columns) {
    const read = roleReader(col.role, firstColumn + col.index, settings);
    if (read !== undefined) readers.push({ index: col.index, read });
    if (col.role.role === 'field') columns.set(col.role.field.key, firstColumn + col.index);
    if (col.role.role === 'combined')
      for (const f of col.role.fields) columns.set(f, firstColumn + col.index);
    if (col.role.role === 'splitBirth' && !columns.has('birthYear'))
      columns.set('birthYear', firstColumn + col.index);
  }
  const checks: RowCheckSettings = {
    kind: context.kind,
    rules,
    present: map.present,
    columnOf: (key) => columns.get(key) ?? 0,
    requiredFields: [...BASE_REQUIRED[context.kind], ...(rules.requiredFields ?? [])] as FieldKey[],
    achievementsRequired: rules.achievementsRequired !== false,
    achievementLength: {
      min: rules.achievementsMinLength ?? rules.achievementLength?.min ?? DEFAULT_ACHIEVEMENT_LENGTH.min,
      max: rules.achievementLength?.max ?? DEFAULT_ACHIEVEMENT_LENGTH.max,
    },
    evaluationYear: rules.evaluationYear ?? context.evaluationYear ?? currentYear,
    thresholds: rules.thresholds ?? {},
    history: context.awardHistory ?? [],
    proposals: new ProposalIndex(context.campaignProposals ?? []),
  };
  return {
    kind: context.kind,
    firstRow: grid.firstRow,
    firstColumn,
    readers,
    seqIndex: map.seqIndex,
    checks,
    cells: new CellNormaliser(map, firstColumn),
  };
}

function headerIssues(grid: Grid, context: ValidationContext, map: HeaderMap, firstColumn: number): Issue[] {
  const headerRow = Math.max(1, grid.firstRow - Math.max(1, headerRows(grid.header).length));
  const issues: Issue[] = [];
  const groups: (readonly FieldKey[])[] = [
    ...REQUIRED_COLUMNS[context.kind],
    ...(context.rules?.requiredFields ?? []).map((f) => [f as FieldKey]),
  ];
  if (context.rules?.defaultProposal === undefined) groups.push(PROPOSAL_FIELDS);
  for (const group of groups) {
    if (group.some((f) => map.present.has(f))) continue;
    const label = group.map((f) => fieldSpec(f)?.label ?? f).join('" hoặc "');
    issues.push(
      makeIssue('header.missingRequired', { row: headerRow, column: 0, field: group[0] ?? '' }, { label }),
    );
  }
  for (const d of map.duplicates) {
    issues.push(
      makeIssue(
        'header.duplicateColumn',
        { row: headerRow, column: firstColumn + d.index, field: '' },
        { header: d.header, other: d.other },
      ),
    );
  }
  return issues;
}

function isEmptyRow(cells: readonly unknown[], seqIndex: number): boolean {
  for (let i = 0; i < cells.length; i++) {
    if (i !== seqIndex && !isBlankCell(cells[i])) return false;
  }
  return true;
}

function readRow(plan: Plan, raw: readonly unknown[], state: RowState): void {
  const cells = plan.cells.normalise(raw, state);
  for (const { index, read } of plan.readers) read(cells[index], state);
  checkRow(state, plan.checks);
}

const DUPLICATE_REASON = { cccd: 'cùng số CCCD', name: 'cùng họ tên và năm sinh' } as const;

/** Same CCCD, or same name (+ birth year for people), as an earlier row of the sheet. */
function markDuplicate(
  state: RowState,
  kind: NominationKind,
  index: number,
  finder: DuplicateFinder,
  firstRow: number,
): void {
  const f = state.f;
  const name = kind === 'individual' ? f.fullName : f.collectiveName;
  const hit = finder.check(index, state.data, f.cccd, name, kind === 'individual' ? f.birthYear : undefined);
  if (hit === undefined) return;
  const reason =
    hit.reason === 'name' && kind === 'collective' ? 'cùng tên tập thể' : DUPLICATE_REASON[hit.reason];
  const at = { row: state.sheetRow, column: 0, field: '' };
  state.issues.push(makeIssue('row.duplicateInSheet', at, { otherRow: firstRow + hit.otherIndex, reason }));
}

function unreadableRow(sheetRow: number): RowState {
  const state = newRowState(sheetRow);
  state.issues.push(makeIssue('row.unreadable', { row: sheetRow, column: 0, field: '' }));
  return state;
}

function rowOf(plan: Plan, state: RowState, sheetErrors: boolean): NominationRow {
  const valid = !sheetErrors && !state.issues.some((i) => i.severity === 'error');
  const data = state.data as unknown as IndividualNomination | CollectiveNomination;
  return { sheetRow: state.sheetRow, kind: plan.kind, valid, data };
}

function summarize(rows: readonly NominationRow[], issues: readonly Issue[]): ValidateSummary {
  let validRows = 0;
  let errors = 0;
  for (const r of rows) if (r.valid) validRows++;
  for (const i of issues) if (i.severity === 'error') errors++;
  return {
    rows: rows.length,
    validRows,
    errorRows: rows.length - validRows,
    errors,
    warnings: issues.length - errors,
  };
}

function isGrid(grid: unknown): grid is Grid {
  if (typeof grid !== 'object' || grid === null) return false;
  const g = grid as Partial<Grid>;
  return (
    Array.isArray(g.rows) &&
    (Array.isArray(g.header) || g.header === undefined) &&
    Number.isInteger(g.firstRow) &&
    (g.firstRow as number) >= 1
  );
}

function run(grid: Grid, context: ValidationContext): ValidateResult {
  const map = mapHeader(grid.header, context.kind);
  const plan = buildPlan(grid, context, map);
  const issues = headerIssues(grid, context, map, plan.firstColumn);
  const sheetErrors = issues.some((i) => i.severity === 'error');
  const rows: NominationRow[] = [];
  const finder = new DuplicateFinder(context.kind === 'individual' ? 'fullName' : 'collectiveName');
  const state = newRowState(plan.firstRow);
  grid.rows.forEach((cells, i) => {
    const sheetRow = plan.firstRow + i;
    let current = state;
    try {
      const row = Array.isArray(cells) ? cells : [cells];
      if (isEmptyRow(row, plan.seqIndex)) return;
      resetRowState(state, sheetRow);
      readRow(plan, row, state);
      markDuplicate(state, plan.kind, i, finder, plan.firstRow);
    } catch {
      current = unreadableRow(sheetRow);
    }
    rows.push(rowOf(plan, current, sheetErrors));
    for (const issue of current.issues) issues.push(issue);
  });
  if (rows.length === 0) issues.push(makeIssue('grid.noRows', { row: plan.firstRow, column: 0, field: '' }));
  return { rows, issues, summary: summarize(rows, issues) };
}

function safeFirstRow(grid: unknown): number {
  try {
    const firstRow = (grid as Partial<Grid> | null)?.firstRow;
    return Number.isInteger(firstRow) && (firstRow as number) >= 1 ? (firstRow as number) : 1;
  } catch {
    return 1;
  }
}

function malformed(grid: unknown): ValidateResult {
  const row = safeFirstRow(grid);
  const issues = [makeIssue('grid.malformed', { row, column: 0, field: '' })];
  return { rows: [], issues, summary: summarize([], issues) };
}

export function validateGrid(grid: Grid, context: ValidationContext): ValidateResult {
  try {
    if (!isGrid(grid) || (context?.kind !== 'individual' && context?.kind !== 'collective'))
      return malformed(grid);
    return run(grid, context);
  } catch {
    return malformed(grid);
  }
}
