// Private part of the writeMasterSheet use case (write-master-sheet.ts): a master version → the board's master spreadsheet, in a constant number of API calls
// (spreadsheets.get, batchUpdate, values.batchClear, values.batchUpdate), whatever the row count.
import type { ExistingTab, SheetsRequest, ValueRange } from './master-sheet-plan';
import { planMasterSheetWrite } from './master-sheet-plan';
import { type MasterTabsInput, masterTabs } from './master-tabs';

/** The spreadsheet port (functions/adapters/sheets/spreadsheet-client.ts). Throws AppError (SHEET_* codes). */
export interface SpreadsheetPort {
  listTabs(spreadsheetId: string): Promise<ExistingTab[]>;
  batchUpdate(spreadsheetId: string, requests: SheetsRequest[]): Promise<void>;
  clearValues(spreadsheetId: string, ranges: string[]): Promise<void>;
  /** Writes with valueInputOption RAW: nothing becomes a formula. */
  writeValues(spreadsheetId: string, data: ValueRange[]): Promise<void>;
}

export interface WriteMasterSheetInput extends MasterTabsInput {
  spreadsheetId: string;
}

export interface WriteMasterSheetResult {
  spreadsheetId: string;
  version: number;
  tabs: Array<{ title: string; rows: number }>;
  cells: number;
}

export async function writeMasterSheet(
  port: SpreadsheetPort,
  input: WriteMasterSheetInput,
): Promise<WriteMasterSheetResult> {
  const tabs = masterTabs(input);
  const plan = planMasterSheetWrite(tabs, await port.listTabs(input.spreadsheetId));
  await port.batchUpdate(input.spreadsheetId, plan.requests);
  await port.clearValues(input.spreadsheetId, plan.clearRanges);
  await port.writeValues(input.spreadsheetId, plan.data);
  return {
    spreadsheetId: input.spreadsheetId,
    version: input.master.version,
    tabs: tabs.map((t) => ({ title: t.title, rows: t.rows.length })),
    cells: plan.cells,
  };
}
