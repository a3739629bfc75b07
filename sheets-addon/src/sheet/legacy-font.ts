// Legacy-encoded text (TCVN3/ABC, VNI, UTF-8 read as Latin-1) on a nomination tab, converted with the shared
// convertLegacyGrid: one getDataRange().getValues() to find the cells, one setValues over the rows that change.
import { convertLegacyGrid, type LegacyEncoding } from '../../../shared/text/legacy-encoding';
import { AddonError } from '../core/errors';
import { MESSAGES } from '../core/messages';
import { HEADER_ROW, kindOfSheet } from '../core/sheet-names';

export interface LegacyFontPlan {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  sheetName: string;
  encoding: LegacyEncoding | null;
  /** Cells that change. */
  cells: number;
  /** One changed cell as "before → after", for the confirmation. */
  example: string;
  /** Sheet row of the first changed row and the values of the changed rows (first to last), whole width. */
  firstRow: number;
  values: unknown[][];
}

/** The active tab, which must be "Cá nhân" or "Tập thể". */
function activeNominationSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = SpreadsheetApp.getActiveSheet();
  if (kindOfSheet(sheet.getName()) === null)
    throw new AddonError('NOT_A_NOMINATION_SHEET', MESSAGES.NOT_A_NOMINATION_SHEET);
  return sheet;
}

/** Finds the legacy-encoded data cells (below the header row) of the active nomination tab. */
export function planLegacyFont(): LegacyFontPlan {
  const sheet = activeNominationSheet();
  const data = sheet.getDataRange().getValues().slice(HEADER_ROW);
  const { rows, encoding, changes } = convertLegacyGrid(data);
  const first = Math.min(...changes.map((c) => c.row));
  const last = Math.max(...changes.map((c) => c.row));
  const sample = changes[0];
  return {
    sheet,
    sheetName: sheet.getName(),
    encoding,
    cells: changes.length,
    example: sample ? `“${sample.from}” → “${sample.to}”` : '',
    firstRow: HEADER_ROW + 1 + (changes.length > 0 ? first : 0),
    values: changes.length > 0 ? rows.slice(first, last + 1) : [],
  };
}

/** Writes the converted rows in one setValues call. */
export function writeLegacyFont(plan: LegacyFontPlan): void {
  const width = plan.values[0]?.length ?? 0;
  if (plan.values.length === 0 || width === 0) return;
  plan.sheet.getRange(plan.firstRow, 1, plan.values.length, width).setValues(plan.values);
}
