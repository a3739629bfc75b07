// Tab grids → the Sheets API calls of one write, independent of the row count:
//   1. spreadsheets.batchUpdate: add missing tabs, size every tab to exactly its data (extra rows and columns are
//      deleted), freeze, reset and apply formats, column widths, filter, status colours (old rules deleted first);
//   2. values.batchClear of the six tabs;
//   3. values.batchUpdate (RAW) of every tab's header and rows.
// Writing the same tabs twice therefore leaves the same spreadsheet. Pure: the adapter sends what this returns.

import { columnLetter } from '../../../shared/grid/a1';
import { AppError } from '../errors';
import { COLORS, type ColumnFormat, type ColumnSpec, type SheetValue, type TabGrid } from './tab-grid';

/** A tab as spreadsheets.get reports it. */
export interface ExistingTab {
  sheetId: number;
  title: string;
  /** Number of conditional format rules on the tab. */
  conditionalRules: number;
}

export interface GridRange {
  sheetId: number;
  startRowIndex: number;
  endRowIndex: number;
  startColumnIndex: number;
  endColumnIndex: number;
}

/** One Sheets API batchUpdate request (the subset of Schema$Request this writer uses). */
export type SheetsRequest =
  | { addSheet: { properties: { sheetId: number; title: string; index: number } } }
  | { updateSheetProperties: { properties: SheetProperties; fields: string } }
  | { deleteConditionalFormatRule: { sheetId: number; index: number } }
  | { addConditionalFormatRule: { index: number; rule: ConditionalRule } }
  | { repeatCell: { range: GridRange; cell: { userEnteredFormat: CellFormat }; fields: string } }
  | { updateDimensionProperties: DimensionUpdate }
  | { setBasicFilter: { filter: { range: GridRange } } };

interface SheetProperties {
  sheetId: number;
  title: string;
  index: number;
  gridProperties: {
    rowCount: number;
    columnCount: number;
    frozenRowCount: number;
    frozenColumnCount: number;
  };
}

interface ConditionalRule {
  ranges: GridRange[];
  booleanRule: {
    condition: { type: 'TEXT_EQ'; values: Array<{ userEnteredValue: string }> };
    format: { backgroundColor: { red: number; green: number; blue: number } };
  };
}

interface CellFormat {
  textFormat?: { fontFamily?: string; fontSize?: number; bold?: boolean };
  wrapStrategy?: 'WRAP';
  verticalAlignment?: 'TOP' | 'MIDDLE';
  horizontalAlignment?: 'CENTER';
  backgroundColor?: { red: number; green: number; blue: number };
  numberFormat?: { type: 'TEXT' | 'NUMBER' | 'PERCENT'; pattern: string };
}

interface DimensionUpdate {
  range: { sheetId: number; dimension: 'COLUMNS'; startIndex: number; endIndex: number };
  properties: { pixelSize: number };
  fields: 'pixelSize';
}

export interface ValueRange {
  range: string;
  values: SheetValue[][];
}

export interface SheetWritePlan {
  requests: SheetsRequest[];
  clearRanges: string[];
  data: ValueRange[];
  /** Cells written (header included), for logs. */
  cells: number;
}

/** Google Sheets' limit of cells per spreadsheet. */
export const MAX_CELLS = 10_000_000;
const FIRST_SHEET_ID = 710_001;
const FONT = 'Times New Roman';

export function planMasterSheetWrite(
  tabs: readonly TabGrid[],
  existing: readonly ExistingTab[],
): SheetWritePlan {
  const ids = assignSheetIds(tabs, existing);
  const cells = tabs.reduce((n, t) => n + (t.rows.length + 1) * t.columns.length, 0);
  if (cells > MAX_CELLS) throw new AppError('SHEET_TOO_LARGE', `${cells} cells`);
  const requests = tabs.flatMap((tab, index) => tabRequests(tab, index, ids[index] ?? 0, existing));
  return { requests, clearRanges: tabs.map((t) => quoteTitle(t.title)), data: tabs.map(valueRange), cells };
}

/** Existing tabs keep their sheetId; new ones get the first free id from 710001 on. */
function assignSheetIds(tabs: readonly TabGrid[], existing: readonly ExistingTab[]): number[] {
  const used = new Set(existing.map((e) => e.sheetId));
  let next = FIRST_SHEET_ID;
  return tabs.map((tab) => {
    const found = existing.find((e) => e.title === tab.title);
    if (found !== undefined) return found.sheetId;
    while (used.has(next)) next++;
    used.add(next);
    return next;
  });
}

function tabRequests(
  tab: TabGrid,
  index: number,
  sheetId: number,
  existing: readonly ExistingTab[],
): SheetsRequest[] {
  const found = existing.find((e) => e.sheetId === sheetId);
  const add: SheetsRequest[] =
    found === undefined ? [{ addSheet: { properties: { sheetId, title: tab.title, index } } }] : [];
  const deletes = Array.from({ length: found?.conditionalRules ?? 0 }, () => ({
    deleteConditionalFormatRule: { sheetId, index: 0 },
  }));
  return [
    ...add,
    sizeRequest(tab, index, sheetId),
    ...deletes,
    ...formatRequests(tab, sheetId),
    ...widthRequests(tab.columns, sheetId),
    { setBasicFilter: { filter: { range: range(sheetId, 0, tab.rows.length + 1, 0, tab.columns.length) } } },
    ...statusRules(tab, sheetId),
  ];
}

function sizeRequest(tab: TabGrid, index: number, sheetId: number): SheetsRequest {
  const gridProperties = {
    rowCount: Math.max(tab.rows.length + 1, 2),
    columnCount: tab.columns.length,
    frozenRowCount: 1,
    frozenColumnCount: Math.min(tab.frozenColumns, tab.columns.length - 1),
  };
  return {
    updateSheetProperties: {
      properties: { sheetId, title: tab.title, index, gridProperties },
      fields: 'title,index,gridProperties(rowCount,columnCount,frozenRowCount,frozenColumnCount)',
    },
  };
}

function range(
  sheetId: number,
  startRow: number,
  endRow: number,
  startCol: number,
  endCol: number,
): GridRange {
  return {
    sheetId,
    startRowIndex: startRow,
    endRowIndex: endRow,
    startColumnIndex: startCol,
    endColumnIndex: endCol,
  };
}

function formatRequests(tab: TabGrid, sheetId: number): SheetsRequest[] {
  const rows = Math.max(tab.rows.length + 1, 2);
  const width = tab.columns.length;
  const body: CellFormat = {
    textFormat: { fontFamily: FONT, fontSize: 11 },
    wrapStrategy: 'WRAP',
    verticalAlignment: 'TOP',
  };
  const header: CellFormat = {
    textFormat: { fontFamily: FONT, fontSize: 11, bold: true },
    wrapStrategy: 'WRAP',
    verticalAlignment: 'MIDDLE',
    horizontalAlignment: 'CENTER',
    backgroundColor: COLORS.header,
  };
  return [
    repeat(range(sheetId, 0, rows, 0, width), body),
    repeat(range(sheetId, 0, 1, 0, width), header),
    ...tab.columns.flatMap((column, c) => columnFormat(column, range(sheetId, 1, rows, c, c + 1), body)),
  ];
}

function repeat(gridRange: GridRange, format: CellFormat): SheetsRequest {
  return {
    repeatCell: { range: gridRange, cell: { userEnteredFormat: format }, fields: 'userEnteredFormat' },
  };
}

const NUMBER_FORMATS: Record<ColumnFormat, NonNullable<CellFormat['numberFormat']>> = {
  text: { type: 'TEXT', pattern: '@' },
  integer: { type: 'NUMBER', pattern: '#,##0' },
  decimal: { type: 'NUMBER', pattern: '#,##0.0##' },
  percent: { type: 'PERCENT', pattern: '0.0%' },
  money: { type: 'NUMBER', pattern: '#,##0' },
};

function columnFormat(column: ColumnSpec, gridRange: GridRange, body: CellFormat): SheetsRequest[] {
  if (column.format === undefined) return [];
  return [repeat(gridRange, { ...body, numberFormat: NUMBER_FORMATS[column.format] })];
}

function widthRequests(columns: readonly ColumnSpec[], sheetId: number): SheetsRequest[] {
  return columns.map((column, c) => ({
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: c, endIndex: c + 1 },
      properties: { pixelSize: column.width },
      fields: 'pixelSize',
    },
  }));
}

function statusRules(tab: TabGrid, sheetId: number): SheetsRequest[] {
  const rows = Math.max(tab.rows.length + 1, 2);
  const rules = tab.statusColumns.flatMap((s) =>
    s.colors.map((c) => ({
      ranges: [range(sheetId, 1, rows, s.column, s.column + 1)],
      text: c.text,
      color: c.color,
    })),
  );
  return rules.map((r, index) => ({
    addConditionalFormatRule: {
      index,
      rule: {
        ranges: r.ranges,
        booleanRule: {
          condition: { type: 'TEXT_EQ', values: [{ userEnteredValue: r.text }] },
          format: { backgroundColor: r.color },
        },
      },
    },
  }));
}

function valueRange(tab: TabGrid): ValueRange {
  const values = [tab.columns.map((c) => c.header), ...tab.rows];
  return { range: `${quoteTitle(tab.title)}!A1:${columnLetter(tab.columns.length)}${values.length}`, values };
}

/** 'Tổng hợp' → "'Tổng hợp'" (quotes doubled), as A1 notation wants for titles with spaces. */
export function quoteTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}
