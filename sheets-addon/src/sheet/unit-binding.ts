// The binding of a unit's sheet made by "Tạo bảng cho các đơn vị": a hidden tab holding campaign, unit and server,
// written into the copy by the board (whose script cannot set another file's document properties) and read by
// the add-on in the unit's sheet when its document properties hold no connection yet.
import { type Connection, parseConnection } from '../core/connection';

export const BINDING_SHEET = 'tonvinh (cấu hình)';

/** Writes the binding into the spreadsheet with that id (a unit's copy of the template). */
export function writeBinding(spreadsheetId: string, connection: Connection): void {
  const ss = SpreadsheetApp.openById(spreadsheetId);
  const sheet = ss.getSheetByName(BINDING_SHEET) ?? ss.insertSheet(BINDING_SHEET);
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Khóa', 'Giá trị (do Ban Thi đua – Khen thưởng ghi; không sửa)'],
    ['campaignId', connection.campaignId],
    ['unitId', connection.unitId],
    ['functionsUrl', connection.functionsUrl],
  ]);
  sheet.hideSheet();
}

/** The connection written in the hidden tab of the active spreadsheet, or null (no tab, or values unreadable). */
export function readBinding(): Connection | null {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(BINDING_SHEET);
  if (!sheet) return null;
  const values = new Map(
    sheet
      .getRange(2, 1, 3, 2)
      .getValues()
      .map((row) => [String(row[0]), row[1]]),
  );
  try {
    return parseConnection({
      campaignId: values.get('campaignId'),
      unitId: values.get('unitId'),
      functionsUrl: values.get('functionsUrl'),
    });
  } catch {
    return null;
  }
}
