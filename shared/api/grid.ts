// Request-side schema of the grid contract (shared/grid/types.ts) with the size limits the API enforces.
// Cells are what Range.getValues() gives once serialised to JSON: strings, numbers, booleans or null.
import { z } from 'zod';

export const GRID_LIMITS = {
  maxRows: 5000,
  maxColumns: 80,
  maxHeaderRows: 3,
  maxCellChars: 5000,
} as const;

export const cellSchema = z.union([
  z.string().max(GRID_LIMITS.maxCellChars),
  z.number(),
  z.boolean(),
  z.null(),
]);

const headerRowSchema = z.array(z.string().max(GRID_LIMITS.maxCellChars)).max(GRID_LIMITS.maxColumns);

export const gridSchema = z.object({
  header: z.union([headerRowSchema, z.array(headerRowSchema).min(1).max(GRID_LIMITS.maxHeaderRows)]),
  rows: z.array(z.array(cellSchema).max(GRID_LIMITS.maxColumns)).max(GRID_LIMITS.maxRows),
  firstRow: z.int().min(1).max(1_000_000),
  firstColumn: z.int().min(1).max(18_278).optional(),
  sheetName: z.string().max(200).optional(),
});

export type GridInput = z.infer<typeof gridSchema>;

export const issueSchema = z.object({
  row: z.int(),
  column: z.int(),
  field: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const summarySchema = z.object({
  rows: z.int().min(0),
  validRows: z.int().min(0),
  errorRows: z.int().min(0),
  errors: z.int().min(0),
  warnings: z.int().min(0),
});

export type Summary = z.infer<typeof summarySchema>;
