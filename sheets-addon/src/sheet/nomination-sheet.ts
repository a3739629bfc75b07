// Reads a nomination tab with one getDataRange().getValues() (header row included) and, when the tab has a "Hồ sơ"
// column, one getRichTextValues() of that column: smart chips and titled links are sent as their URLs.
import type { GridInput } from '../../../shared/api/grid';
import type { NominationKind } from '../../../shared/grid/types';
import { jsonRows } from '../core/cell-values';
import { dossierColumn } from '../core/dossier-access';
import { AddonError } from '../core/errors';
import { MESSAGES } from '../core/messages';
import { type RichCell, withDossierLinks } from '../core/rich-links';
import { HEADER_ROW, kindOfSheet, SHEET_NAMES } from '../core/sheet-names';

export interface NominationSnapshot {
  kind: NominationKind;
  sheetName: string;
  grid: GridInput;
  /** Extent read, header row included. */
  rows: number;
  columns: number;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

interface TargetSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  kind: NominationKind;
  name: string;
}

/** The active tab when it is "Cá nhân" or "Tập thể", else the "Cá nhân" tab. */
function targetSheet(): TargetSheet {
  const active = SpreadsheetApp.getActiveSheet();
  const name = active.getName();
  const kind = kindOfSheet(name);
  if (kind) return { sheet: active, kind, name };
  const fallback = active.getParent().getSheetByName(SHEET_NAMES.individual);
  if (!fallback) throw new AddonError('NOT_A_NOMINATION_SHEET', MESSAGES.NOT_A_NOMINATION_SHEET);
  return { sheet: fallback, kind: 'individual', name: SHEET_NAMES.individual };
}

/** The data rows, the "Hồ sơ" cells with their links written out (one range read of that column only). */
function dataRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: unknown[][],
  index: number,
): unknown[][] {
  const rows = values.slice(HEADER_ROW);
  if (index < 0 || rows.length === 0) return rows;
  const range = sheet.getRange(HEADER_ROW + 1, index + 1, rows.length, 1);
  return withDossierLinks(rows, index, range.getRichTextValues() as (RichCell | null)[][]);
}

export function readNominationSheet(timeZone: string): NominationSnapshot {
  const { sheet, kind, name } = targetSheet();
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map((cell) => String(cell));
  const rows = jsonRows(dataRows(sheet, values, dossierColumn(kind, header)), timeZone);
  const grid: GridInput = { header, rows, firstRow: HEADER_ROW + 1, firstColumn: 1, sheetName: name };
  return { kind, sheetName: name, grid, rows: values.length, columns: header.length, sheet };
}
