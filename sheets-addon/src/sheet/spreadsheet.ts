// Entry points into SpreadsheetApp for the rest of the add-on (UI host, active spreadsheet, toasts).

export function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function spreadsheetTimeZone(): string {
  return activeSpreadsheet().getSpreadsheetTimeZone();
}

export function toast(message: string, title: string): void {
  activeSpreadsheet().toast(message, title, 8);
}
