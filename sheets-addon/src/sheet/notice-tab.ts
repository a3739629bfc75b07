// The "Ý kiến công khai" tab of the board's spreadsheet, rewritten whole on each download. Every cell gets the
// plain-text number format before the values are written, so a comment starting with "=" (or a phone number with
// its leading zero) stays the text that was sent, never a formula or a number.
import { COMMENTS_TAB } from '../core/notice-view';
import { activeSpreadsheet } from './spreadsheet';

const WIDTHS = [130, 220, 160, 180, 520];

/** Writes `rows` (header first) into the tab, created when missing; answers the tab. */
export function writeCommentsTab(rows: string[][]): GoogleAppsScript.Spreadsheet.Sheet {
  const book = activeSpreadsheet();
  const sheet = book.getSheetByName(COMMENTS_TAB) ?? book.insertSheet(COMMENTS_TAB);
  sheet.clearContents();
  const width = rows[0]?.length ?? WIDTHS.length;
  const block = sheet.getRange(1, 1, rows.length, width);
  block.setNumberFormat('@');
  block.setValues(rows);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  WIDTHS.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  sheet.activate();
  return sheet;
}
