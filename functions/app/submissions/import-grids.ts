// Excel import, pure part: the sheets of a unit's workbook (plain cell matrices read by functions/adapters/xlsx)
// → one Grid per recognised nomination list, for the same validateGrid/submit path as the add-on.
// Finds the header row under any title block by matching field labels, keeps a two-row header ("Năm sinh" over
// "Nam" / "Nữ"), skips a column-numbering row, drops trailing empty and footer rows, converts legacy TCVN3/VNI text.
// Cells are handed over like Range.getValues() gives them (merged-area cells other than the top-left are '').
import { GRID_LIMITS } from '../../../shared/api/grid';
import type { Grid, NominationKind } from '../../../shared/grid/types';
import { dateFromInstant, formatDateVi } from '../../../shared/text/dates';
import {
  decodeLegacy,
  detectLegacyEncoding,
  encodingOfFont,
  type FontEncoding,
  type LegacyEncoding,
  looksLegacy,
} from '../../../shared/text/legacy-encoding';
import { matchKey } from '../../../shared/text/normalize';
import { AppError } from '../errors';
import {
  type HeaderMatcher,
  type HeaderVocabulary,
  headerMatcher,
  schemaHeaderMatcher,
} from './import-headers';

export type PlainCell = string | number | boolean | Date | null;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetMatrix {
  name: string;
  /** values[r - 1][c - 1] is the cell at row r, column c. */
  values: PlainCell[][];
  merges: CellRange[];
  /** Font names of text cells set in a legacy font (".VnTime", ".VnTimeH", "VNI-Times"), keyed `${row}:${column}`. */
  legacyFonts: Record<string, string>;
}

export interface ImportedGrid {
  kind: NominationKind;
  grid: Grid;
  /** The legacy encoding the sheet's text was converted from, if any. */
  encoding: LegacyEncoding | null;
}

export type ImportNoticeCode = 'IMPORT_LEGACY_CONVERTED' | 'IMPORT_LEGACY_SUSPECTED' | 'IMPORT_SHEET_SKIPPED';

export interface ImportNotice {
  code: ImportNoticeCode;
  sheetName: string;
  /** Vietnamese, NFC. */
  message: string;
}

export interface WorkbookGrids {
  grids: ImportedGrid[];
  notices: ImportNotice[];
}

export interface GridsOptions {
  /** Labels to find header rows by; default: the nomination schema's own header matching. */
  vocabulary?: HeaderVocabulary;
  /** How many rows from the top are searched for the header row; default 30. */
  headerScanRows?: number;
}

const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (.VnTime)',
  vni: 'VNI (VNI-Times)',
  'utf8-as-latin1': 'UTF-8 bị đọc nhầm thành Latin-1 (lỗi khi lưu qua CSV)',
};

/** Every recognised list of the workbook; throws IMPORT_NO_LIST_FOUND when there is none. */
export function gridsFromSheets(sheets: readonly SheetMatrix[], options: GridsOptions = {}): WorkbookGrids {
  const matcher =
    options.vocabulary === undefined ? schemaHeaderMatcher() : headerMatcher(options.vocabulary);
  const result: WorkbookGrids = { grids: [], notices: [] };
  for (const sheet of sheets) addSheet(result, sheet, matcher, options.headerScanRows ?? 30);
  if (result.grids.length === 0)
    throw new AppError('IMPORT_NO_LIST_FOUND', sheets.map((s) => s.name).join(', '));
  return result;
}

function addSheet(result: WorkbookGrids, sheet: SheetMatrix, matcher: HeaderMatcher, scanRows: number): void {
  const decoded = decodeSheet(sheet);
  const imported = gridFromSheet({ ...sheet, values: decoded.values }, matcher, scanRows);
  if (imported === undefined) {
    result.notices.push(skippedNotice(sheet.name));
    return;
  }
  result.grids.push({ ...imported, encoding: decoded.encoding });
  if (decoded.encoding !== null) result.notices.push(legacyNotice(sheet.name, decoded.encoding));
  else if (textsOf(decoded.values).filter(looksLegacy).length >= 2)
    result.notices.push(suspectedNotice(sheet.name));
}

/** Text that looks legacy-encoded but matches neither table well enough to convert: flagged, left as it is. */
function suspectedNotice(sheetName: string): ImportNotice {
  const message =
    `Trang tính "${sheetName}" có chữ hiển thị sai dấu, có thể được gõ bằng bảng mã cũ (TCVN3, VNI) nhưng hệ thống ` +
    'không nhận ra chắc chắn nên giữ nguyên. Hãy chuyển tệp sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi gửi lại.';
  return { code: 'IMPORT_LEGACY_SUSPECTED', sheetName, message };
}

function skippedNotice(sheetName: string): ImportNotice {
  const message = `Trang tính "${sheetName}" không có dòng tiêu đề của danh sách cá nhân hoặc tập thể nên được bỏ qua.`;
  return { code: 'IMPORT_SHEET_SKIPPED', sheetName, message };
}

function legacyNotice(sheetName: string, encoding: LegacyEncoding): ImportNotice {
  const message =
    `Trang tính "${sheetName}" được gõ bằng bảng mã ${ENCODING_NAMES[encoding]}; hệ thống đã chuyển sang Unicode. ` +
    'Đề nghị kiểm tra lại dấu tiếng Việt của họ tên trong danh sách tổng hợp.';
  return { code: 'IMPORT_LEGACY_CONVERTED', sheetName, message };
}

// ---------------------------------------------------------------------------------------------------------------
// Legacy text
// ---------------------------------------------------------------------------------------------------------------

interface DecodedSheet {
  values: PlainCell[][];
  encoding: LegacyEncoding | null;
}

/** Converts legacy-encoded text cells; the encoding comes from the cells' fonts, else from the text itself. */
export function decodeSheet(sheet: SheetMatrix): DecodedSheet {
  const encoding = fontEncoding(sheet) ?? detectLegacyEncoding(textsOf(sheet.values));
  if (encoding === null) return { values: sheet.values, encoding: null };
  let changed = false;
  const values = sheet.values.map((row, r) =>
    row.map((cell, c) => {
      if (typeof cell !== 'string') return cell;
      const fixed = decodeCell(cell, encoding, sheet.legacyFonts[`${r + 1}:${c + 1}`]);
      changed ||= fixed !== cell;
      return fixed;
    }),
  );
  return { values, encoding: changed ? encoding : null };
}

function decodeCell(text: string, sheetEncoding: LegacyEncoding, fontName: string | undefined): string {
  const font = encodingOfFont(fontName);
  if (font?.capitals) return decodeLegacy(text, font.encoding, true);
  if (!looksLegacy(text)) return text;
  return decodeLegacy(text, font?.encoding ?? sheetEncoding);
}

function fontEncoding(sheet: SheetMatrix): LegacyEncoding | null {
  const counts: Record<FontEncoding, number> = { tcvn3: 0, vni: 0 };
  for (const name of Object.values(sheet.legacyFonts)) {
    const font = encodingOfFont(name);
    if (font !== null) counts[font.encoding]++;
  }
  if (counts.tcvn3 === 0 && counts.vni === 0) return null;
  return counts.tcvn3 >= counts.vni ? 'tcvn3' : 'vni';
}

function textsOf(values: PlainCell[][]): string[] {
  return values.flatMap((row) => row.filter((cell): cell is string => typeof cell === 'string'));
}

// ---------------------------------------------------------------------------------------------------------------
// Header and data
// ---------------------------------------------------------------------------------------------------------------

interface HeaderFound {
  row: number;
  individual: number;
  collective: number;
}

interface Layout {
  headerRows: number[];
  firstColumn: number;
  lastColumn: number;
  dataStart: number;
  dataEnd: number;
}

function gridFromSheet(
  sheet: SheetMatrix,
  matcher: HeaderMatcher,
  scanRows: number,
): Omit<ImportedGrid, 'encoding'> | undefined {
  const found = findHeaderRow(sheet.values, matcher, scanRows);
  if (found === undefined) return undefined;
  const layout = layoutOf(sheet, found.row);
  checkLimits(sheet.name, layout);
  return { kind: kindOf(found, sheet.name), grid: buildGrid(sheet, layout) };
}

/** The row (1-based) among the first `scanRows` with the most label matches, if it looks like a header. */
export function findHeaderRow(
  values: PlainCell[][],
  matcher: HeaderMatcher,
  scanRows: number,
): HeaderFound | undefined {
  let best: (HeaderFound & { score: number }) | undefined;
  for (let r = 1; r <= Math.min(scanRows, values.length); r++) {
    const candidate = scoreRow(values[r - 1] ?? [], matcher);
    if (candidate !== undefined && (best === undefined || candidate.score > best.score))
      best = { ...candidate, row: r };
  }
  return best === undefined
    ? undefined
    : { row: best.row, individual: best.individual, collective: best.collective };
}

function scoreRow(
  row: PlainCell[],
  matcher: HeaderMatcher,
): (Omit<HeaderFound, 'row'> & { score: number }) | undefined {
  const counts = { individual: 0, collective: 0, common: 0 };
  let hasName = false;
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const hit = matcher.hit(cell);
    if (hit !== undefined) counts[hit]++;
    hasName ||= matcher.isName(cell);
  }
  const score = counts.individual + counts.collective + counts.common;
  if (!((hasName && score >= 2) || score >= 4)) return undefined;
  return { individual: counts.individual, collective: counts.collective, score };
}

function kindOf(found: HeaderFound, sheetName: string): NominationKind {
  if (found.individual !== found.collective)
    return found.individual > found.collective ? 'individual' : 'collective';
  return /tap the|to chuc|don vi/.test(matchKey(sheetName)) ? 'collective' : 'individual';
}

function layoutOf(sheet: SheetMatrix, headerRow: number): Layout {
  const headerRows = hasSubHeader(sheet, headerRow) ? [headerRow, headerRow + 1] : [headerRow];
  const [firstColumn, lastColumn] = headerSpan(sheet, headerRows);
  const afterHeader = headerRow + headerRows.length;
  const dataStart = isNumberingRow(sheet.values[afterHeader - 1] ?? []) ? afterHeader + 1 : afterHeader;
  const dataEnd = lastDataRow(sheet.values, dataStart, { first: firstColumn, last: lastColumn });
  return { headerRows, firstColumn, lastColumn, dataStart, dataEnd };
}

/** A second header row: a merge starting on the header row reaches into it, or spans columns with labels below. */
function hasSubHeader(sheet: SheetMatrix, headerRow: number): boolean {
  const below = sheet.values[headerRow] ?? [];
  return sheet.merges.some(
    (m) =>
      m.top === headerRow &&
      (m.bottom > headerRow || (m.right > m.left && below.slice(m.left - 1, m.right).some(isText))),
  );
}

function isText(cell: PlainCell): boolean {
  return typeof cell === 'string' && cell.trim() !== '' && !/^\(?\d+\)?$/.test(cell.trim());
}

function headerSpan(sheet: SheetMatrix, headerRows: number[]): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const r of headerRows) {
    (sheet.values[r - 1] ?? []).forEach((cell, i) => {
      if (isBlank(cell)) return;
      first = Math.min(first, i + 1);
      last = Math.max(last, i + 1);
    });
  }
  for (const m of sheet.merges) if (headerRows.includes(m.top)) last = Math.max(last, m.right);
  return [Number.isFinite(first) ? first : 1, last];
}

/** "(1) (2) (3)…" or "1 2 3…" under the header of official templates. */
function isNumberingRow(row: PlainCell[]): boolean {
  const filled = row.filter((cell) => !isBlank(cell));
  if (filled.length < 3) return false;
  return filled.every(
    (cell, i) =>
      String(cell)
        .trim()
        .replace(/^\((\d+)\)$/, '$1') === String(i + 1),
  );
}

interface Columns {
  first: number;
  last: number;
}

/**
 * The last data row: the last substantive row before the footer (a total line, place and date, signatures).
 * Rows holding only a pre-printed STT count as blank, so an unused numbered template does not make rows.
 */
function lastDataRow(values: PlainCell[][], start: number, cols: Columns): number {
  let last = start - 1;
  for (let r = start; r <= values.length; r++) {
    const row = values[r - 1] ?? [];
    if (isFooter(row, cols)) break;
    if (isSubstantive(row, cols)) last = r;
  }
  return last;
}

const FOOTER =
  /^(nguoi lap|thu truong|tong cong|tong so|cong:|ky ten|xac nhan|giam doc|chu tich|truong ban|t\/m|tm\.|k\/t|kt\.)|ngay .{0,8}thang .{0,8}nam/;

function isFooter(row: PlainCell[], cols: Columns): boolean {
  const filled = row.slice(cols.first - 1, cols.last).filter((cell) => !isBlank(cell));
  if (filled.length === 0 || filled.length > 3 || typeof filled[0] === 'number') return false;
  return filled.some((cell) => typeof cell === 'string' && FOOTER.test(matchKey(cell)));
}

function isSubstantive(row: PlainCell[], cols: Columns): boolean {
  const cells = row.slice(cols.first - 1, cols.last);
  const filled = cells.filter((cell) => !isBlank(cell));
  return filled.length > 1 || (filled.length === 1 && typeof filled[0] !== 'number');
}

function isBlank(cell: PlainCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function checkLimits(sheetName: string, layout: Layout): void {
  const rows = layout.dataEnd - layout.dataStart + 1;
  const columns = layout.lastColumn - layout.firstColumn + 1;
  if (rows > GRID_LIMITS.maxRows || columns > GRID_LIMITS.maxColumns) {
    throw new AppError('IMPORT_SHEET_TOO_LARGE', `${sheetName}: ${rows} rows × ${columns} columns`);
  }
}

function buildGrid(sheet: SheetMatrix, layout: Layout): Grid {
  const slice = (r: number) => {
    const row = sheet.values[r - 1] ?? [];
    return Array.from(
      { length: layout.lastColumn - layout.firstColumn + 1 },
      (_, i) => row[layout.firstColumn - 1 + i],
    );
  };
  const headers = layout.headerRows.map((r) => slice(r).map(headerText));
  const rows: Array<Array<string | number | boolean>> = [];
  for (let r = layout.dataStart; r <= layout.dataEnd; r++) rows.push(slice(r).map(dataCell));
  const header = headers.length === 1 ? (headers[0] ?? []) : headers;
  return { header, rows, firstRow: layout.dataStart, firstColumn: layout.firstColumn, sheetName: sheet.name };
}

function headerText(cell: PlainCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(dataCell(cell));
}

/** A cell as JSON can carry it: Date objects become dd/mm/yyyy text (read in Vietnam time), empty cells ''. */
export function dataCell(cell: PlainCell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const parsed = dateFromInstant(cell.getTime());
    return parsed.ok && parsed.date !== undefined ? formatDateVi(parsed.date) : '';
  }
  return cell;
}
