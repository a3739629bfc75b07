// Award history import, pure part: the sheets of a board's workbook of past award decisions (name, CCCD or birth
// date/year, unit, award, year, decision number and date) → award-history records and coded, cell-level issues.
// Headers are found like in unit imports (findHeaderRow over the first rows, labelKey matching that tolerates case,
// diacritics, punctuation and trailing words); legacy TCVN3/VNI text is converted first. Values go through the
// same checks as nomination rows (names, CCCD, dates, the awards vocabulary for free-text award names).

import { findAward } from '../../../shared/checks/award';
import { checkCccd } from '../../../shared/checks/cccd';
import { checkPersonName } from '../../../shared/checks/names';
import type { Problem } from '../../../shared/checks/problem';
import type { Issue } from '../../../shared/grid/types';
import { makeIssue } from '../../../shared/issues';
import type { AwardHistoryEntry } from '../../../shared/schema/campaign-rules';
import { parseDateCell } from '../../../shared/text/dates';
import { cleanText } from '../../../shared/text/normalize';
import { decodeSheet, findHeaderRow, type PlainCell, type SheetMatrix } from '../submissions/import-grids';
import { type HeaderMatcher, labelKey } from '../submissions/import-headers';
import { AWARD_IMPORT_ISSUES, type AwardImportIssueCode } from './award-history-issues';

export type HistoryField =
  | 'fullName'
  | 'collectiveName'
  | 'cccd'
  | 'birthDate'
  | 'birthYear'
  | 'unit'
  | 'award'
  | 'year'
  | 'decisionNumber'
  | 'decisionDate'
  | 'decision';

/** Header labels per field (matched with labelKey: "Họ, tên (chữ in hoa)" matches "Họ tên"). */
export const HISTORY_LABELS: Record<HistoryField, readonly string[]> = {
  fullName: ['Họ và tên', 'Họ tên', 'Họ, tên', 'Tên cá nhân', 'Cá nhân được khen'],
  collectiveName: ['Tên tập thể', 'Tập thể', 'Tập thể được khen', 'Tên đơn vị được khen'],
  cccd: ['Số CCCD', 'CCCD', 'Căn cước công dân', 'Số căn cước', 'Số định danh cá nhân', 'Số CMND/CCCD'],
  birthDate: ['Ngày sinh', 'Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Sinh ngày'],
  birthYear: ['Năm sinh'],
  unit: [
    'Đơn vị',
    'Đơn vị công tác',
    'Chức vụ, đơn vị công tác',
    'Nơi công tác',
    'Cơ quan',
    'Đơn vị đề nghị',
  ],
  award: [
    'Hình thức khen thưởng',
    'Danh hiệu',
    'Danh hiệu thi đua',
    'Hình thức',
    'Khen thưởng',
    'Danh hiệu, hình thức khen thưởng',
    'Loại khen thưởng',
  ],
  year: ['Năm', 'Năm khen thưởng', 'Năm được khen', 'Năm đạt', 'Năm công nhận'],
  decisionNumber: ['Số quyết định', 'Số QĐ', 'Quyết định số', 'Quyết định', 'QĐ số'],
  decisionDate: ['Ngày quyết định', 'Ngày QĐ', 'Ngày ký', 'Ngày ban hành', 'Ngày ký quyết định'],
  decision: [
    'Số, ngày quyết định',
    'Số và ngày quyết định',
    'Quyết định (số, ngày)',
    'Số ngày QĐ',
    'Số, ngày QĐ',
  ],
};

const LABELS: Array<[string, HistoryField]> = Object.entries(HISTORY_LABELS)
  .flatMap(([field, labels]) =>
    labels.map((l): [string, HistoryField] => [labelKey(l), field as HistoryField]),
  )
  .sort((a, b) => b[0].length - a[0].length);

/** The field a header cell names, if any (longest label first, so "Năm sinh" is not "Năm"). */
export function historyFieldOf(text: string): HistoryField | undefined {
  const key = labelKey(text);
  if (key === '') return undefined;
  return LABELS.find(([label]) => key === label || key.startsWith(`${label} `))?.[1];
}

const MATCHER: HeaderMatcher = {
  hit: (text) => (historyFieldOf(text) === undefined ? undefined : 'common'),
  isName: (text) => {
    const field = historyFieldOf(text);
    return field === 'fullName' || field === 'collectiveName';
  },
};

export interface ImportedAward {
  sheetName: string;
  sheetRow: number;
  entry: AwardHistoryEntry;
  unit?: string;
}

export interface AwardImportIssue extends Issue {
  sheetName: string;
}

export interface HistorySheetsResult {
  awards: ImportedAward[];
  issues: AwardImportIssue[];
  /** Sheets read, with their header row and how many data rows they had. */
  sheets: Array<{
    sheetName: string;
    headerRow: number;
    rows: number;
    columns: Partial<Record<HistoryField, number>>;
  }>;
  /** Sheets without a header of an award list. */
  skipped: string[];
}

/** Every award list of the workbook; `currentYear` bounds the years (and expands two-digit ones). */
export function awardsFromSheets(sheets: readonly SheetMatrix[], currentYear: number): HistorySheetsResult {
  const result: HistorySheetsResult = { awards: [], issues: [], sheets: [], skipped: [] };
  for (const sheet of sheets) readSheet(result, { ...sheet, values: decodeSheet(sheet).values }, currentYear);
  return result;
}

type Columns = Partial<Record<HistoryField, number>>;

function readSheet(result: HistorySheetsResult, sheet: SheetMatrix, currentYear: number): void {
  const found = findHeaderRow(sheet.values, MATCHER, 30);
  const columns = found === undefined ? {} : columnsOf(sheet.values[found.row - 1] ?? []);
  if (found === undefined || !isAwardList(columns)) {
    result.skipped.push(sheet.name);
    return;
  }
  let rows = 0;
  for (let r = found.row + 1; r <= sheet.values.length; r++) {
    const cells = sheet.values[r - 1] ?? [];
    if (!isDataRow(cells, columns)) continue;
    rows++;
    const read = readRow(cells, columns, { sheetName: sheet.name, row: r, currentYear });
    result.issues.push(...read.issues);
    if (read.award) result.awards.push(read.award);
  }
  result.sheets.push({ sheetName: sheet.name, headerRow: found.row, rows, columns });
}

function columnsOf(header: PlainCell[]): Columns {
  const columns: Columns = {};
  header.forEach((cell, i) => {
    const field = typeof cell === 'string' ? historyFieldOf(cell) : undefined;
    if (field !== undefined && columns[field] === undefined) columns[field] = i + 1;
  });
  return columns;
}

function isAwardList(c: Columns): boolean {
  const named = c.fullName !== undefined || c.collectiveName !== undefined;
  const dated = c.year !== undefined || c.decisionNumber !== undefined || c.decision !== undefined;
  return named && c.award !== undefined && dated;
}

/** A data row fills at least two of the mapped columns (blank lines, section titles and signatures do not). */
function isDataRow(cells: PlainCell[], columns: Columns): boolean {
  return Object.values(columns).filter((col) => !isBlank(cells[col - 1])).length >= 2;
}

function isBlank(cell: PlainCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

interface RowAt {
  sheetName: string;
  row: number;
  currentYear: number;
}

interface RowRead {
  award?: ImportedAward;
  issues: AwardImportIssue[];
}

class RowReader {
  readonly issues: AwardImportIssue[] = [];
  constructor(
    private readonly cells: PlainCell[],
    private readonly columns: Columns,
    readonly at: RowAt,
  ) {}

  raw(field: HistoryField): PlainCell | undefined {
    const col = this.columns[field];
    return col === undefined ? undefined : this.cells[col - 1];
  }

  text(field: HistoryField): string {
    const value = this.raw(field);
    if (value === null || value === undefined) return '';
    return cleanText(value instanceof Date ? value.toISOString() : String(value));
  }

  problem(field: HistoryField, problem: Problem): void {
    const at = { row: this.at.row, column: this.columns[field] ?? 0, field };
    this.issues.push({ ...makeIssue(problem.code, at, problem.params), sheetName: this.at.sheetName });
  }

  own(field: HistoryField, code: AwardImportIssueCode, params: Record<string, string | number> = {}): void {
    const spec = AWARD_IMPORT_ISSUES[code];
    const message = spec.message
      .replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '…'))
      .normalize('NFC');
    const column = this.columns[field] ?? 0;
    this.issues.push({
      row: this.at.row,
      column,
      field,
      code,
      severity: spec.severity,
      message,
      sheetName: this.at.sheetName,
    });
  }

  hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

function readRow(cells: PlainCell[], columns: Columns, at: RowAt): RowRead {
  const reader = new RowReader(cells, columns, at);
  const who = identityOf(reader);
  const awardCode = awardOf(reader);
  const decision = decisionOf(reader);
  const year = yearOf(reader, decision.decisionDate);
  if (reader.hasErrors() || who === undefined || awardCode === undefined || year === undefined)
    return { issues: reader.issues };
  const entry: AwardHistoryEntry = { ...who, awardCode, year, ...decision };
  const unit = reader.text('unit');
  const award: ImportedAward = {
    sheetName: at.sheetName,
    sheetRow: at.row,
    entry,
    ...(unit ? { unit } : {}),
  };
  return { award, issues: reader.issues };
}

/** Collective names as boards write them in a shared "Họ và tên / Tên tập thể" column. */
const COLLECTIVE_PREFIX =
  /^(phòng|ban|trường|tổ|đội|khoa|trung tâm|công ty|hội|hợp tác xã|htx|ubnd|ủy ban|uỷ ban|xã|phường|thị trấn|chi cục|cục|sở|văn phòng|bộ phận|nhà máy|ngân hàng|bệnh viện|trạm|đoàn|liên đoàn|chi bộ|đảng bộ|lớp|thôn|bản|khu|tiểu đoàn|đại đội|trung đoàn|công an|huyện|thành phố)\b/iu;

function identityOf(
  reader: RowReader,
): Pick<AwardHistoryEntry, 'fullName' | 'cccd' | 'birthYear' | 'collectiveName'> | undefined {
  const collective = reader.text('collectiveName');
  const name = reader.text('fullName');
  if (collective !== '') return { collectiveName: collective };
  if (name === '') {
    reader.own('fullName', 'awardHistory.nameMissing');
    return undefined;
  }
  const cccd = cccdOf(reader);
  const birthYear = birthYearOf(reader);
  if (cccd === undefined && birthYear === undefined && COLLECTIVE_PREFIX.test(name))
    return { collectiveName: name };
  const checked = checkPersonName(name);
  for (const p of checked.problems) reader.problem('fullName', p);
  if (checked.value === undefined) return undefined;
  if (cccd === undefined && birthYear === undefined) {
    // A CCCD or birth cell that failed its own check is reported already.
    if (!reader.hasErrors()) reader.own('cccd', 'awardHistory.identityMissing', { name: checked.value });
    return undefined;
  }
  return {
    fullName: checked.value,
    ...(cccd === undefined ? {} : { cccd }),
    ...(birthYear === undefined ? {} : { birthYear }),
  };
}

function cccdOf(reader: RowReader): string | undefined {
  const text = reader.text('cccd');
  if (text === '') return undefined;
  const checked = checkCccd(text);
  for (const p of checked.problems) reader.problem('cccd', p);
  return checked.value;
}

function birthYearOf(reader: RowReader): number | undefined {
  for (const field of ['birthDate', 'birthYear'] as const) {
    const parsed = parseDateCell(reader.raw(field), reader.at.currentYear);
    if (parsed === undefined) continue;
    if (parsed.ok && parsed.year >= 1900 && parsed.year <= reader.at.currentYear) return parsed.year;
    reader.own(field, 'awardHistory.birthInvalid', { value: reader.text(field) });
    return undefined;
  }
  return undefined;
}

function awardOf(reader: RowReader): string | undefined {
  const text = reader.text('award');
  if (text === '') {
    reader.own('award', 'awardHistory.awardMissing');
    return undefined;
  }
  const code = findAward(text);
  if (code === undefined) reader.problem('award', { code: 'award.unknown', params: { value: text } });
  return code;
}

const DECISION_DATE = /(?:ngày|ngay|,|;)\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})\s*$/iu;

/** Number and date, from their own columns or from one "123/QĐ-UBND ngày 12/3/2024" column. */
function decisionOf(reader: RowReader): Pick<AwardHistoryEntry, 'decisionNumber' | 'decisionDate'> {
  const combined = reader.text('decision');
  const match = DECISION_DATE.exec(combined);
  const number =
    reader.text('decisionNumber') ||
    (match ? combined.slice(0, match.index) : combined).replace(/^số\s*/iu, '').trim();
  const dateField =
    reader.raw('decisionDate') !== undefined && !isBlank(reader.raw('decisionDate') ?? null)
      ? 'decisionDate'
      : 'decision';
  const dateCell = dateField === 'decisionDate' ? reader.raw('decisionDate') : match?.[1];
  const date = dateCell === undefined ? undefined : decisionDate(reader, dateField, dateCell);
  return { ...(number ? { decisionNumber: number } : {}), ...(date ? { decisionDate: date } : {}) };
}

function decisionDate(reader: RowReader, field: HistoryField, cell: PlainCell): string | undefined {
  const text = typeof cell === 'string' ? cell.replace(/^\s*(ngày|ngay)\s*/iu, '') : cell;
  const parsed = parseDateCell(text, reader.at.currentYear);
  if (parsed === undefined) return undefined;
  if (parsed.ok && parsed.date !== undefined) return parsed.date;
  reader.own(field, 'awardHistory.decisionDateInvalid', {
    value: typeof cell === 'string' ? cell : reader.text(field),
  });
  return undefined;
}

function yearOf(reader: RowReader, decisionDate: string | undefined): number | undefined {
  const cell = reader.raw('year');
  const parsed = parseDateCell(cell, reader.at.currentYear);
  const year = parsed?.ok ? parsed.year : decisionDate ? Number(decisionDate.slice(0, 4)) : undefined;
  if (parsed !== undefined && !parsed.ok) {
    reader.own('year', 'awardHistory.yearInvalid', { value: reader.text('year') });
    return undefined;
  }
  if (year === undefined) {
    reader.own('year', 'awardHistory.yearMissing');
    return undefined;
  }
  if (year < 1945 || year > reader.at.currentYear) {
    reader.own('year', 'awardHistory.yearInvalid', { value: String(year) });
    return undefined;
  }
  return year;
}
