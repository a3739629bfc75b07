// Excel import, exceljs part: xlsx bytes → plain cell matrices (SheetMatrix) for functions/app/submissions/import-grids.
// Rich text becomes its text, formulas their cached result, hyperlinks their text, errors their code ("#N/A");
// cells of a merged area other than the top-left come out empty, as Range.getValues() gives them.
import ExcelJS from 'exceljs';
import { AppError } from '../../app/errors';
import type { CellRange, PlainCell, SheetMatrix } from '../../app/submissions/import-grids';
import type { ImportWorkbookPorts } from '../../app/submissions/workbook-lists';

export interface ReadProgress {
  sheetName: string;
  sheetIndex: number;
  sheetCount: number;
  rowsRead: number;
  rowsTotal: number;
}

export interface ReadWorkbookOptions {
  /** Largest accepted file; default 20 MiB. */
  maxBytes?: number;
  /** Called every `progressEvery` rows (default 500) and at the end of each sheet. */
  onProgress?: (progress: ReadProgress) => void;
  progressEvery?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

/** Reads every worksheet of an xlsx file. Throws AppError IMPORT_NOT_XLSX / IMPORT_XLS_UNSUPPORTED / IMPORT_TOO_LARGE. */
export async function readWorkbookSheets(
  bytes: Uint8Array,
  options: ReadWorkbookOptions = {},
): Promise<SheetMatrix[]> {
  checkFile(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const workbook = await loadWorkbook(bytes);
  const sheets = workbook.worksheets.filter((ws) => ws.state !== 'veryHidden');
  return sheets.map((ws, i) => readSheet(ws, { ...options, sheetIndex: i, sheetCount: sheets.length }));
}

function checkFile(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.byteLength > maxBytes) throw new AppError('IMPORT_TOO_LARGE', `${bytes.byteLength} bytes`);
  if (startsWith(bytes, OLE_MAGIC)) throw new AppError('IMPORT_XLS_UNSUPPORTED', 'OLE2 compound file');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new AppError('IMPORT_NOT_XLSX', 'not a zip container');
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes));
  } catch (error) {
    throw new AppError('IMPORT_NOT_XLSX', error instanceof Error ? error.message : String(error));
  }
  return workbook;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

interface SheetContext extends ReadWorkbookOptions {
  sheetIndex: number;
  sheetCount: number;
}

function readSheet(ws: ExcelJS.Worksheet, context: SheetContext): SheetMatrix {
  const rowsTotal = ws.rowCount;
  const every = context.progressEvery ?? 500;
  const values: PlainCell[][] = [];
  const legacyFonts: Record<string, string> = {};
  const report = (rowsRead: number) =>
    context.onProgress?.({
      sheetName: ws.name,
      sheetIndex: context.sheetIndex,
      sheetCount: context.sheetCount,
      rowsRead,
      rowsTotal,
    });
  for (let r = 1; r <= rowsTotal; r++) {
    values.push(readRow(ws.getRow(r), legacyFonts));
    if (r % every === 0) report(r);
  }
  report(rowsTotal);
  return { name: ws.name, values: trimTrailingBlankRows(values), merges: mergesOf(ws), legacyFonts };
}

function readRow(row: ExcelJS.Row, legacyFonts: Record<string, string>): PlainCell[] {
  const cells: PlainCell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    cells[col - 1] = plainValue(cell);
    const font = cell.font?.name;
    if (font !== undefined && /^(\.vn|vni[-\s])/i.test(font) && typeof cells[col - 1] === 'string') {
      legacyFonts[`${row.number}:${col}`] = font;
    }
  });
  return Array.from(cells, (cell) => cell ?? null);
}

/** One cell's value as plain data. */
export function plainValue(cell: ExcelJS.Cell): PlainCell {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return plainOf(cell.value);
}

function plainOf(value: ExcelJS.CellValue): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value.result);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainOf(value.text);
  if ('error' in value) return value.error;
  return null;
}

function formulaResult(result: ExcelJS.CellFormulaValue['result']): PlainCell {
  if (result === undefined || result === null) return null;
  if (typeof result === 'object' && !(result instanceof Date)) return 'error' in result ? result.error : null;
  return result;
}

function trimTrailingBlankRows(values: PlainCell[][]): PlainCell[][] {
  let end = values.length;
  while (
    end > 0 &&
    (values[end - 1] ?? []).every((c) => c === null || (typeof c === 'string' && c.trim() === ''))
  )
    end--;
  return values.slice(0, end);
}

// exceljs keeps merges in a private map of Range objects; `ws.model` would serialise every row to list them.
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, CellRange> })._merges;
  if (merges !== undefined)
    return Object.values(merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
  return ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange);
}

/** "B2:D3" → { top: 2, left: 2, bottom: 3, right: 4 }. */
export function parseRange(range: string): CellRange {
  const [from = '', to = from] = range.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (m === null) return { row: 1, col: 1 };
  const letters = (m[1] ?? 'A').toUpperCase();
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** The readSheets port of the importWorkbook use case. */
export function xlsxSheetReader(
  options: Omit<ReadWorkbookOptions, 'onProgress'> = {},
): ImportWorkbookPorts['readSheets'] {
  return (bytes, onProgress) => {
    if (onProgress === undefined) return readWorkbookSheets(bytes, options);
    const forward = (p: ReadProgress) =>
      onProgress({ phase: 'read', sheetName: p.sheetName, rowsRead: p.rowsRead, rowsTotal: p.rowsTotal });
    return readWorkbookSheets(bytes, { ...options, onProgress: forward });
  };
}
