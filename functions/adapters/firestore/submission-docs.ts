// Stored shapes of the submission documents and their converters. Firestore has no nested arrays, so the
// header rows are stored as [{ cells }] and converted back on read.
import { z } from 'zod';
import { dossierCountsSchema } from '../../../shared/api/campaign-status';
import { cellSchema, issueSchema, summarySchema } from '../../../shared/api/grid';
import { kindSchema } from '../../../shared/api/ids';
import { submissionStatusSchema } from '../../../shared/api/nominations';
import type { StoredRow, VersionHeader } from '../../app/ports';

export const keyClaimSchema = z.object({
  versionId: z.string(),
  contentHash: z.string(),
  baseVersion: z.int().min(0),
  late: z.boolean(),
});

export const headerDocSchema = z.object({
  campaignId: z.string(),
  unitId: z.string(),
  versionId: z.string(),
  contentHash: z.string(),
  baseVersion: z.int().min(0),
  kind: kindSchema,
  submittedBy: z.string(),
  startedAt: z.string(),
  late: z.boolean(),
  grid: z.object({
    headerRows: z.array(z.object({ cells: z.array(z.string()) })),
    firstRow: z.int(),
    firstColumn: z.int(),
    sheetName: z.string().optional(),
  }),
  sheetIssues: z.array(issueSchema),
});

export const storedRowSchema = z.object({
  sheetRow: z.int(),
  cells: z.array(cellSchema),
  valid: z.boolean(),
  data: z.record(z.string(), z.unknown()),
  issues: z.array(issueSchema),
});

export const chunkDocSchema = z.object({ index: z.int().min(0), rows: z.array(storedRowSchema) });

export const seqDocSchema = z.object({ n: z.int().min(1), versionId: z.string() });

export const commitDocSchema = z.object({
  versionId: z.string(),
  version: z.int().min(1),
  contentHash: z.string(),
  kind: kindSchema,
  status: submissionStatusSchema,
  summary: summarySchema,
  submittedAt: z.string(),
  late: z.boolean(),
  rowCount: z.int().min(0),
  dossier: dossierCountsSchema.optional(),
});

export function headerToDoc(header: VersionHeader): z.input<typeof headerDocSchema> {
  const { header: rows, ...grid } = header.grid;
  return { ...header, grid: { ...grid, headerRows: rows.map((cells) => ({ cells })) } };
}

export function headerFromDoc(doc: z.output<typeof headerDocSchema>): VersionHeader {
  const { headerRows, sheetName, ...grid } = doc.grid;
  const header = headerRows.map((row) => row.cells);
  return { ...doc, grid: { ...grid, header, ...(sheetName === undefined ? {} : { sheetName }) } };
}

const CHUNK_MAX_ROWS = 200;
const CHUNK_MAX_BYTES = 256 * 1024;

/** Deterministic grouping of rows into chunk documents well under Firestore's 1 MiB per document. */
export function chunkRows(rows: StoredRow[]): StoredRow[][] {
  const chunks: StoredRow[][] = [];
  let current: StoredRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = Buffer.byteLength(JSON.stringify(row), 'utf8');
    if (current.length > 0 && (current.length >= CHUNK_MAX_ROWS || bytes + size > CHUNK_MAX_BYTES)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
