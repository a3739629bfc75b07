// Writes the template: the hidden "Danh mục" tab (dropdown lists), the "Cá nhân" and "Tập thể" tabs (header,
// dropdowns, plain-text CCCD/phone columns, widths, frozen and protected header) and the "Hướng dẫn" tab.
// Re-running never clears or moves a data row: only the header labels, formats and validations are fixed.
import { planHeader } from '../core/header-plan';
import { COLORS } from '../core/paint-plan';
import { CATALOG_SHEET, GUIDE_SHEET, HEADER_ROW } from '../core/sheet-names';
import type { CatalogList, TabSpec, TemplateColumnSpec } from '../core/template-spec';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const HEADER_PROTECTION = 'tonvinh: dòng tiêu đề';

export interface TemplateReport {
  tabs: Array<{ name: string; created: boolean; appended: number; positions: number[] }>;
}

function sheetNamed(ss: Spreadsheet, name: string): { sheet: Sheet; created: boolean } {
  const existing = ss.getSheetByName(name);
  return existing ? { sheet: existing, created: false } : { sheet: ss.insertSheet(name), created: true };
}

function writeCatalog(ss: Spreadsheet, lists: CatalogList[]): Map<string, Range> {
  const { sheet } = sheetNamed(ss, CATALOG_SHEET);
  const height = Math.max(...lists.map((l) => l.values.length)) + 1;
  if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  if (sheet.getMaxColumns() < lists.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lists.length - sheet.getMaxColumns());
  const values = Array.from({ length: height }, (_, r) =>
    lists.map((l) => (r === 0 ? l.title : (l.values[r - 1] ?? ''))),
  );
  sheet.getRange(1, 1, height, lists.length).setValues(values);
  sheet.getRange(1, 1, 1, lists.length).setFontWeight('bold');
  sheet.hideSheet();
  return new Map(lists.map((l, i) => [l.id, sheet.getRange(2, i + 1, Math.max(l.values.length, 1), 1)]));
}

function protectHeader(sheet: Sheet, width: number): void {
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE))
    if (p.getDescription() === HEADER_PROTECTION) p.remove();
  sheet.getRange(HEADER_ROW, 1, 1, width).protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
}

function validationFor(column: TemplateColumnSpec, lists: Map<string, Range>) {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  const source = column.list ? lists.get(column.list) : undefined;
  if (source)
    return builder
      .requireValueInRange(source, true)
      .setHelpText(`Chọn ${column.label.toLowerCase()} trong danh sách.`)
      .build();
  if (column.choices) return builder.requireValueInList(column.choices, true).build();
  return null;
}

function formatColumn(sheet: Sheet, column: TemplateColumnSpec, at: number, lists: Map<string, Range>): void {
  sheet.setColumnWidth(at, column.width);
  const rows = sheet.getMaxRows() - HEADER_ROW;
  if (rows < 1) return;
  const data = sheet.getRange(HEADER_ROW + 1, at, rows, 1);
  if (column.text) data.setNumberFormat('@');
  const rule = validationFor(column, lists);
  if (rule) data.setDataValidation(rule);
}

function writeHeader(sheet: Sheet, header: string[]): void {
  if (sheet.getMaxColumns() < header.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
  const range = sheet.getRange(HEADER_ROW, 1, 1, header.length);
  range.setValues([header]).setFontWeight('bold').setBackground(COLORS.header).setWrap(true);
  range.setVerticalAlignment('middle');
  sheet.setFrozenRows(HEADER_ROW);
}

function existingHeader(sheet: Sheet): string[] {
  const last = sheet.getLastColumn();
  if (last < 1) return [];
  return (sheet.getRange(HEADER_ROW, 1, 1, last).getValues()[0] ?? []).map((cell) => String(cell));
}

function applyTab(ss: Spreadsheet, tab: TabSpec, lists: Map<string, Range>): TemplateReport['tabs'][number] {
  const { sheet, created } = sheetNamed(ss, tab.name);
  const plan = planHeader(existingHeader(sheet), tab.columns);
  writeHeader(sheet, plan.header);
  protectHeader(sheet, plan.header.length);
  tab.columns.forEach((column, i) => {
    formatColumn(sheet, column, plan.positions[i] ?? i + 1, lists);
  });
  return { name: tab.name, created, appended: plan.appended, positions: plan.positions };
}

function writeGuide(ss: Spreadsheet, rows: string[][]): void {
  const { sheet } = sheetNamed(ss, GUIDE_SHEET);
  sheet.getRange(1, 1, sheet.getMaxRows(), 1).clearContent();
  sheet.getRange(1, 1, rows.length, 1).setValues(rows);
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 900);
}

/** Writes the template into `ss` (default: the active spreadsheet; the unit sheets' template file otherwise). */
export function applyTemplate(
  tabs: TabSpec[],
  lists: CatalogList[],
  guide: string[][],
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): TemplateReport {
  const ranges = writeCatalog(ss, lists);
  const report = { tabs: tabs.map((tab) => applyTab(ss, tab, ranges)) };
  writeGuide(ss, guide);
  const first = ss.getSheetByName(tabs[0]?.name ?? '');
  if (first) ss.setActiveSheet(first);
  return report;
}

/** A new spreadsheet holding the template (the file copied for each unit); answers its id. */
export function createTemplateSpreadsheet(
  name: string,
  tabs: TabSpec[],
  lists: CatalogList[],
  guide: string[][],
): string {
  const ss = SpreadsheetApp.create(name);
  applyTemplate(tabs, lists, guide, ss);
  return ss.getId();
}
