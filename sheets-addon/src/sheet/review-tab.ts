// The "Tổng hợp" tab's review columns (written by writeMasterSheet; the add-on adds the decision and result
// columns it lacks and the state dropdown) and the hidden tab holding what was last written.
import { NOMINEE_REVIEW_LABELS, NOMINEE_REVIEW_STATES } from '../../../shared/api/master-entries';
import { AddonError } from '../core/errors';
import {
  baselineOf,
  baselineRows,
  REVIEW_HEADERS,
  type ResultCell,
  type ReviewValues,
  type RowIssue,
} from '../core/review-diff';
import { activeSpreadsheet } from './spreadsheet';

export const REVIEW_SHEET = 'Tổng hợp';
export const BASELINE_SHEET = 'tonvinh (đã ghi duyệt)';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function reviewSheet(): Sheet {
  const sheet = activeSpreadsheet().getSheetByName(REVIEW_SHEET);
  if (!sheet)
    throw new AddonError(
      'NO_REVIEW_TAB',
      'Chưa có trang “Tổng hợp”. Hãy chọn “Ghi danh sách tổng hợp vào bảng tính” trước.',
    );
  return sheet;
}

/** Adds the review columns the tab lacks (at its end) and the state dropdown; answers the tab's values. */
export function readReviewTab(): unknown[][] {
  const sheet = reviewSheet();
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).map(String);
  const missing = Object.values(REVIEW_HEADERS).filter((label) => !header.includes(label));
  // The master tab is written by the Sheets API to its exact width: make room for the columns added here.
  const room = sheet.getMaxColumns() - width;
  if (missing.length > room) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing.length - room);
  if (missing.length > 0)
    sheet
      .getRange(1, width + 1, 1, missing.length)
      .setValues([missing])
      .setFontWeight('bold');
  const all = [...header, ...missing];
  const labels = NOMINEE_REVIEW_STATES.map((s) => NOMINEE_REVIEW_LABELS[s]);
  const rule = SpreadsheetApp.newDataValidation().requireValueInList(labels, true).build();
  const rows = Math.max(sheet.getLastRow() - 1, 1);
  sheet.getRange(2, all.indexOf(REVIEW_HEADERS.state) + 1, rows, 1).setDataValidation(rule);
  return sheet.getDataRange().getValues();
}

export function readBaseline(): Map<string, ReviewValues> {
  const sheet = activeSpreadsheet().getSheetByName(BASELINE_SHEET);
  return sheet ? baselineOf(sheet.getDataRange().getValues()) : new Map();
}

export function saveBaseline(baseline: Map<string, ReviewValues>): void {
  const ss = activeSpreadsheet();
  const sheet = ss.getSheetByName(BASELINE_SHEET) ?? ss.insertSheet(BASELINE_SHEET);
  sheet.clearContents();
  const rows = baselineRows(baseline);
  if (rows.length > 0) sheet.getRange(1, 1, rows.length, 5).setValues(rows);
  sheet.hideSheet();
}

/** One setValues + one setBackgrounds over the result column (rows not sent keep their text). */
export function writeResultCells(values: unknown[][], resultColumn: number, cells: ResultCell[]): void {
  const rows = values.length - 1;
  if (rows < 1 || resultColumn < 0) return;
  const texts = values.slice(1).map((row) => [row[resultColumn] ?? '']);
  const colors: (string | null)[][] = texts.map(() => [null]);
  for (const cell of cells) {
    texts[cell.row - 2] = [cell.text];
    (colors[cell.row - 2] as (string | null)[])[0] = cell.color;
  }
  const range = reviewSheet().getRange(2, resultColumn + 1, rows, 1);
  range.setValues(texts);
  range.setBackgrounds(colors);
}

/** Marks the review cells that cannot be sent (few; one setBackground + setNote each). */
export function markReviewIssues(issues: RowIssue[]): void {
  const sheet = reviewSheet();
  for (const issue of issues)
    sheet.getRange(issue.row, issue.column).setBackground('#f4c7c3').setNote(`Lỗi: ${issue.message}`);
}
