// The setup tabs in the board's spreadsheet: written from setup-spec (labels, hints, dropdowns), read back as
// values, painted with issues. Values the board typed are kept when the tabs are written again.
import { buildPaintPlan } from '../core/paint-plan';
import type { SetupIssue, SetupValues } from '../core/setup-request';
import {
  AWARD_COLUMNS,
  AWARD_FIRST_COLUMN,
  awardChoices,
  boardColumns,
  campaignFields,
  type FieldSpec,
  NO,
  PROVISION_COLUMNS,
  SETUP_TABS,
  unitColumns,
  YES,
} from '../core/setup-spec';
import { activeSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows given a dropdown in the units and board tabs. */
const LIST_ROWS = 500;

export interface SetupPrefill {
  campaign: Record<string, string | number>;
  units: unknown[][];
}

function tab(name: string): { sheet: Sheet; created: boolean } {
  const ss = activeSpreadsheet();
  const found = ss.getSheetByName(name);
  return found ? { sheet: found, created: false } : { sheet: ss.insertSheet(name), created: true };
}

function listRule(values: string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).build();
}

function choicesOf(field: FieldSpec): string[] | null {
  if (field.kind === 'yesno') return [YES, NO];
  if (field.kind === 'choice') return field.choices.map((c) => c.label);
  return null;
}

function header(sheet: Sheet, labels: readonly string[]): void {
  sheet
    .getRange(1, 1, 1, labels.length)
    .setValues([[...labels]])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
}

/** A value the board typed stays; an empty or new row takes the server's value (an empty cell sends nothing). */
function keptOrPrefill(kept: unknown, server: string | number | undefined): unknown {
  return kept === undefined || kept === null || kept === '' ? (server ?? '') : kept;
}

function writeCampaignTab(prefill: SetupPrefill | null): boolean {
  const { sheet, created } = tab(SETUP_TABS.campaign);
  const fields = campaignFields();
  const old = created ? [] : sheet.getDataRange().getValues();
  const kept = new Map(old.slice(1).map((row) => [String(row[0]), row[1]]));
  const allowed = new Map(
    old.slice(1).map((row) => [String(row[AWARD_FIRST_COLUMN]), row[AWARD_FIRST_COLUMN + 1]]),
  );
  const rows = fields.map((f) => [
    f.label,
    keptOrPrefill(kept.get(f.label), prefill?.campaign[f.path]),
    f.hint,
  ]);
  header(sheet, ['Thông tin', 'Giá trị', 'Hướng dẫn']);
  sheet.getRange(2, 1, rows.length, 3).setValues(rows);
  fields.forEach((f, i) => {
    const values = choicesOf(f);
    if (values) sheet.getRange(i + 2, 2).setDataValidation(listRule(values));
  });
  const awards = awardChoices().map((a) => [a.label, a.value, allowed.get(a.value) ?? '']);
  sheet
    .getRange(1, AWARD_FIRST_COLUMN, 1, AWARD_COLUMNS.length)
    .setValues([[...AWARD_COLUMNS]])
    .setFontWeight('bold');
  sheet.getRange(2, AWARD_FIRST_COLUMN, awards.length, 3).setValues(awards);
  sheet.getRange(2, AWARD_FIRST_COLUMN + 2, awards.length, 1).setDataValidation(listRule([YES, NO]));
  return created;
}

interface TableHeader {
  /** Every label's 1-based column. */
  at: Map<string, number>;
  /** Labels appended to an existing tab by this write. */
  appended: string[];
}

/**
 * The header row of a table tab. A new tab gets the columns in order; on an existing tab the labels already there
 * stay in their columns (the tabs are read by label, and the provision columns hold links written back) and a
 * missing label is appended after the last used column.
 */
function tableHeader(
  sheet: Sheet,
  created: boolean,
  labels: readonly string[],
  canAppend: boolean,
): TableHeader {
  const width = created ? 0 : sheet.getLastColumn();
  const old =
    width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).map((v) => String(v).trim()) : [];
  const keep = old.some((label) => label !== '');
  const appended = keep && canAppend ? labels.filter((label) => !old.includes(label)) : [];
  const line = keep ? [...old, ...appended] : [...labels];
  header(sheet, line);
  return { at: new Map(line.map((label, i) => [label, i + 1])), appended };
}

/**
 * Fills a column just appended to an existing tab from the server's rows (prefill, in the canonical column order,
 * keyed by the first column: the unit id), so that saving the tab does not clear what the server holds.
 */
function fillAppended(
  sheet: Sheet,
  labels: readonly string[],
  head: TableHeader,
  prefill: unknown[][],
): void {
  const rows = sheet.getLastRow() - 1;
  const idColumn = head.at.get(labels[0] ?? '');
  if (rows < 1 || !idColumn || prefill.length === 0) return;
  const byId = new Map(prefill.map((row) => [String(row[0]), row]));
  const ids = sheet.getRange(2, idColumn, rows, 1).getValues();
  for (const label of head.appended) {
    const source = labels.indexOf(label);
    const column = head.at.get(label);
    if (!column || source < 0) continue;
    const cells = ids.map(([id]) => [byId.get(String(id).trim())?.[source] ?? '']);
    sheet.getRange(2, column, rows, 1).setValues(cells);
  }
}

function writeTable(
  name: string,
  columns: FieldSpec[],
  extra: readonly string[],
  prefill: unknown[][],
): boolean {
  const { sheet, created } = tab(name);
  const labels = [...columns.map((c) => c.label), ...extra];
  // A column appended to rows the server could not be read for would stay empty, and saving the tab would then
  // clear what the server holds (seats): it is appended on a later run that can fill it.
  const canAppend = created || prefill.length > 0 || sheet.getLastRow() <= 1;
  const head = tableHeader(sheet, created, labels, canAppend);
  if (created && prefill.length > 0)
    sheet.getRange(2, 1, prefill.length, prefill[0]?.length ?? 1).setValues(prefill);
  if (!created) fillAppended(sheet, labels, head, prefill);
  for (const c of columns) {
    const values = choicesOf(c);
    const column = head.at.get(c.label);
    if (values && column) sheet.getRange(2, column, LIST_ROWS, 1).setDataValidation(listRule(values));
  }
  return created;
}

export interface SetupTabsReport {
  created: string[];
  updated: string[];
}

export function writeSetupTabs(prefill: SetupPrefill | null): SetupTabsReport {
  const report: SetupTabsReport = { created: [], updated: [] };
  const note = (name: string, created: boolean) => (created ? report.created : report.updated).push(name);
  note(SETUP_TABS.campaign, writeCampaignTab(prefill));
  note(
    SETUP_TABS.units,
    writeTable(SETUP_TABS.units, unitColumns(), PROVISION_COLUMNS, prefill?.units ?? []),
  );
  note(SETUP_TABS.board, writeTable(SETUP_TABS.board, boardColumns(), [], []));
  return report;
}

function valuesOf(name: string): unknown[][] {
  const sheet = activeSpreadsheet().getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : [];
}

export function readSetupValues(): SetupValues {
  return {
    campaign: valuesOf(SETUP_TABS.campaign),
    units: valuesOf(SETUP_TABS.units),
    board: valuesOf(SETUP_TABS.board),
  };
}

/** One setBackgrounds + one setNotes per tab over its data range: issues marked, earlier marks cleared. */
export function paintSetupIssues(issues: SetupIssue[]): void {
  for (const name of Object.values(SETUP_TABS)) {
    const sheet = activeSpreadsheet().getSheetByName(name);
    if (!sheet) continue;
    const rows = Math.max(sheet.getLastRow(), 1);
    const columns = Math.max(sheet.getLastColumn(), 1);
    const own = issues
      .filter((i) => i.tab === name)
      .map((i) => ({
        row: i.row,
        column: i.column,
        field: i.header,
        code: i.code,
        severity: 'error' as const,
        message: i.message,
      }));
    const plan = buildPaintPlan(own, { headerRow: 1, rows, columns });
    const range = sheet.getRange(1, 1, rows, columns);
    range.setBackgrounds(plan.backgrounds);
    range.setNotes(plan.notes);
  }
}
