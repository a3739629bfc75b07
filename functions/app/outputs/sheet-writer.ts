// Private part of the writeMasterSheet use case (write-master-sheet.ts): a master version → the board's master spreadsheet:
// spreadsheets.get, batchUpdate, values.batchClear, then values.batchUpdate in as few requests as keep each body under
// the API's 10 MB limit (one up to tens of thousands of entries; value-batches.ts), in order.
import { AppError } from '../errors';
import type { ExistingTab, SheetsRequest, ValueRange } from './master-sheet-plan';
import { planMasterSheetWrite } from './master-sheet-plan';
import { type MasterTabsInput, masterTabs } from './master-tabs';
import { valueBatches } from './value-batches';

/** The spreadsheet port (functions/adapters/sheets/spreadsheet-client.ts). Throws AppError (SHEET_* codes). */
export interface SpreadsheetPort {
  listTabs(spreadsheetId: string): Promise<ExistingTab[]>;
  batchUpdate(spreadsheetId: string, requests: SheetsRequest[]): Promise<void>;
  clearValues(spreadsheetId: string, ranges: string[]): Promise<void>;
  /** Writes with valueInputOption RAW: nothing becomes a formula. */
  writeValues(spreadsheetId: string, data: ValueRange[]): Promise<void>;
  /** Runs `write` after this instance's earlier writes of the same spreadsheet have settled (absent: at once). */
  exclusive?<T>(spreadsheetId: string, write: () => Promise<T>): Promise<T>;
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

/**
 * Writes the version's tabs. Writes of one spreadsheet by this instance run one after another; a write that another
 * instance changes under it (a tab added or resized between the listing and the values: the API answers 400) is
 * done again from the listing, a few times.
 */
export async function writeMasterSheet(
  port: SpreadsheetPort,
  input: WriteMasterSheetInput,
): Promise<WriteMasterSheetResult> {
  const tabs = masterTabs(input);
  const write = () => writeWithRetry(port, input.spreadsheetId, tabs);
  const plan = await (port.exclusive ? port.exclusive(input.spreadsheetId, write) : write());
  return {
    spreadsheetId: input.spreadsheetId,
    version: input.master.version,
    tabs: tabs.map((t) => ({ title: t.title, rows: t.rows.length })),
    cells: plan.cells,
  };
}

const WRITE_ATTEMPTS = 3;

async function writeWithRetry(
  port: SpreadsheetPort,
  spreadsheetId: string,
  tabs: ReturnType<typeof masterTabs>,
): Promise<ReturnType<typeof planMasterSheetWrite>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const plan = planMasterSheetWrite(tabs, await port.listTabs(spreadsheetId));
      await port.batchUpdate(spreadsheetId, plan.requests);
      await port.clearValues(spreadsheetId, plan.clearRanges);
      for (const batch of valueBatches(plan.data)) await port.writeValues(spreadsheetId, batch);
      return plan;
    } catch (error) {
      const conflict = error instanceof AppError && error.code === 'SHEET_REQUEST_INVALID';
      if (!conflict || attempt === WRITE_ATTEMPTS) throw error;
    }
  }
}
