// Private part of the importWorkbook use case (import-workbook.ts), shared with scripts/import.ts: a unit's xlsx file → one submitNominations call per recognised list (cá nhân, tập thể),
// through the same validation and submission path as the add-on. The submissionKey is a content hash of the file
// and the kind, so importing the same file twice makes one version (the second call is a replay).
import { createHash } from 'node:crypto';
import type { SubmitNominationsRequest, SubmitNominationsResponse } from '../../../shared/api/nominations';
import type { NominationKind } from '../../../shared/grid/types';
import { AppError } from '../errors';
import {
  type GridsOptions,
  gridsFromSheets,
  type ImportedGrid,
  type ImportNotice,
  type SheetMatrix,
} from './import-grids';

export interface ImportProgress {
  phase: 'read' | 'submit';
  sheetName: string;
  rowsRead: number;
  rowsTotal: number;
}

export interface ImportWorkbookPorts {
  /** Reads the workbook's sheets (functions/adapters/xlsx/read-workbook.ts). */
  readSheets(bytes: Uint8Array, onProgress?: (progress: ImportProgress) => void): Promise<SheetMatrix[]>;
  /** The submitNominations use case (in-process) or an HTTP client of it (scripts/import.ts). */
  submit(request: SubmitNominationsRequest): Promise<SubmitNominationsResponse>;
}

export interface ImportWorkbookInput {
  campaignId: string;
  unitId: string;
  bytes: Uint8Array;
  onProgress?: (progress: ImportProgress) => void;
  options?: GridsOptions;
}

export interface ImportedSubmission {
  kind: NominationKind;
  sheetName: string;
  submissionKey: string;
  rows: number;
  response: SubmitNominationsResponse;
}

export interface ImportWorkbookResult {
  fileHash: string;
  submissions: ImportedSubmission[];
  notices: ImportNotice[];
}

/** sha256 of the file, hex. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `xlsx:<first 40 hex digits of the file hash>:<kind>`: stable for the same file, valid as a submissionKey. */
export function importSubmissionKey(hash: string, kind: NominationKind): string {
  return `xlsx:${hash.slice(0, 40)}:${kind}`;
}

export async function importWorkbook(
  ports: ImportWorkbookPorts,
  input: ImportWorkbookInput,
): Promise<ImportWorkbookResult> {
  const hash = fileHash(input.bytes);
  const sheets = await ports.readSheets(input.bytes, input.onProgress);
  const { grids, notices } = gridsFromSheets(sheets, input.options);
  checkOneListPerKind(grids);
  const submissions: ImportedSubmission[] = [];
  for (const imported of grids) submissions.push(await submitGrid(ports, input, hash, imported));
  return { fileHash: hash, submissions, notices };
}

function checkOneListPerKind(grids: readonly ImportedGrid[]): void {
  for (const kind of ['individual', 'collective'] as const) {
    const sheets = grids.filter((g) => g.kind === kind).map((g) => g.grid.sheetName ?? '');
    if (sheets.length > 1) throw new AppError('IMPORT_SEVERAL_LISTS', `${kind}: ${sheets.join(', ')}`);
  }
}

async function submitGrid(
  ports: ImportWorkbookPorts,
  input: ImportWorkbookInput,
  hash: string,
  imported: ImportedGrid,
): Promise<ImportedSubmission> {
  const sheetName = imported.grid.sheetName ?? '';
  const submissionKey = importSubmissionKey(hash, imported.kind);
  input.onProgress?.({
    phase: 'submit',
    sheetName,
    rowsRead: imported.grid.rows.length,
    rowsTotal: imported.grid.rows.length,
  });
  const request = { campaignId: input.campaignId, unitId: input.unitId, kind: imported.kind, submissionKey };
  const response = await ports.submit({ ...request, grid: toGridInput(imported) });
  return { kind: imported.kind, sheetName, submissionKey, rows: imported.grid.rows.length, response };
}

function toGridInput(imported: ImportedGrid): SubmitNominationsRequest['grid'] {
  const { grid } = imported;
  const rows = grid.rows.map((row) =>
    row.map((cell) => (cell === undefined ? null : (cell as string | number | boolean | null))),
  );
  const base = { header: grid.header, rows, firstRow: grid.firstRow };
  const withColumn = grid.firstColumn === undefined ? base : { ...base, firstColumn: grid.firstColumn };
  return grid.sheetName === undefined ? withColumn : { ...withColumn, sheetName: grid.sheetName };
}
