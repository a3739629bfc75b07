// Selects a cell the user clicked in the issues sidebar.
import { AddonError } from '../core/errors';
import { MESSAGES } from '../core/messages';

export function selectCell(sheetName: string, row: number, column: number): string {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new AddonError('UNKNOWN_SHEET', `${MESSAGES.UNKNOWN_SHEET} “${sheetName}”.`);
  if (!(row >= 1 && column >= 0)) throw new AddonError('CELL_OUT_OF_RANGE', MESSAGES.CELL_OUT_OF_RANGE);
  const range =
    column > 0 ? sheet.getRange(row, column) : sheet.getRange(row, 1, 1, sheet.getLastColumn() || 1);
  sheet.activate();
  range.activate();
  return range.getA1Notation();
}
