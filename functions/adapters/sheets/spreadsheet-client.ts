// The SpreadsheetPort over @googleapis/sheets, as the functions' service account (application default credentials
// on Cloud Run). Every call is retried with bounded backoff on 429/5xx and translated into coded AppErrors.
// Values are always written with valueInputOption RAW: text a unit typed ("=HYPERLINK(…)") stays text.
import { auth as googleAuth, sheets, type sheets_v4 } from '@googleapis/sheets';
import type { ExistingTab, SheetsRequest, ValueRange } from '../../app/outputs/master-sheet-plan';
import type { SpreadsheetPort } from '../../app/outputs/sheet-writer';
import { type BackoffOptions, withBackoff } from './backoff';
import { sheetsRetryVerdict, toSheetError } from './sheets-errors';

export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

type SheetsAuth = NonNullable<sheets_v4.Options['auth']>;

export interface SpreadsheetClientOptions {
  /** Default: application default credentials (the service account of the function). */
  auth?: SheetsAuth;
  /** e.g. a local fake in tests: 'http://127.0.0.1:PORT/'. */
  rootUrl?: string;
  backoff?: BackoffOptions;
}

export function createSheetsApi(options: SpreadsheetClientOptions = {}): sheets_v4.Sheets {
  const auth = options.auth ?? new googleAuth.GoogleAuth({ scopes: [SHEETS_SCOPE] });
  // retry: false: gaxios would retry GETs on its own; withBackoff owns retries for every call.
  const base = { version: 'v4' as const, auth, retry: false };
  return sheets(options.rootUrl === undefined ? base : { ...base, rootUrl: options.rootUrl });
}

export function spreadsheetClient(options: SpreadsheetClientOptions = {}): SpreadsheetPort {
  const api = createSheetsApi(options);
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await withBackoff(fn, sheetsRetryVerdict, options.backoff);
    } catch (error) {
      throw toSheetError(error);
    }
  };
  return {
    listTabs: (spreadsheetId) => call(() => listTabs(api, spreadsheetId)),
    batchUpdate: (spreadsheetId, requests) => call(() => batchUpdate(api, spreadsheetId, requests)),
    clearValues: (spreadsheetId, ranges) => call(() => clearValues(api, spreadsheetId, ranges)),
    writeValues: (spreadsheetId, data) => call(() => writeValues(api, spreadsheetId, data)),
  };
}

const TAB_FIELDS = 'sheets(properties(sheetId,title,index),conditionalFormats(ranges))';

async function listTabs(api: sheets_v4.Sheets, spreadsheetId: string): Promise<ExistingTab[]> {
  const res = await api.spreadsheets.get({ spreadsheetId, fields: TAB_FIELDS });
  return (res.data.sheets ?? []).map((s) => ({
    sheetId: s.properties?.sheetId ?? 0,
    title: s.properties?.title ?? '',
    conditionalRules: s.conditionalFormats?.length ?? 0,
  }));
}

async function batchUpdate(
  api: sheets_v4.Sheets,
  spreadsheetId: string,
  requests: SheetsRequest[],
): Promise<void> {
  await api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests } });
}

async function clearValues(api: sheets_v4.Sheets, spreadsheetId: string, ranges: string[]): Promise<void> {
  await api.spreadsheets.values.batchClear({ spreadsheetId, requestBody: { ranges } });
}

async function writeValues(api: sheets_v4.Sheets, spreadsheetId: string, data: ValueRange[]): Promise<void> {
  await api.spreadsheets.values.batchUpdate({
    spreadsheetId,
    requestBody: {
      valueInputOption: 'RAW',
      data: data.map((d) => ({ range: d.range, majorDimension: 'ROWS', values: d.values })),
    },
  });
}
