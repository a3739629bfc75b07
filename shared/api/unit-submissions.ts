// unitSubmissions: what a unit sent. Without `version`, the unit's committed versions (number, kind, time, counts,
// late); with `version`, also that version's rows as stored (cells as sent, parsed data, issues), paged by row index.
// The board reads any unit; a unit editor only its own units. Every read goes to the access log.
import { z } from 'zod';
import { issueSchema, summarySchema } from './grid';
import { campaignIdSchema, kindSchema, unitIdSchema } from './ids';

export const UNIT_ROWS_PAGE_LIMITS = { defaultSize: 200, maxSize: 1000 } as const;

export const unitSubmissionsRequestSchema = z.object({
  campaignId: campaignIdSchema,
  unitId: unitIdSchema,
  /** A committed version number of the unit: its rows are returned (one page). */
  version: z.int().min(1).optional(),
  /** Only rows with at least one error (`invalid`), without any (`valid`), or all (default). */
  validity: z.enum(['valid', 'invalid', 'all']).default('all'),
  /** Index of the first row of the page among the (filtered) rows of the version. */
  offset: z.int().min(0).max(1_000_000).default(0),
  pageSize: z.int().min(1).max(UNIT_ROWS_PAGE_LIMITS.maxSize).default(UNIT_ROWS_PAGE_LIMITS.defaultSize),
});

export type UnitSubmissionsRequest = z.input<typeof unitSubmissionsRequestSchema>;

export type UnitSubmissionsBody = z.output<typeof unitSubmissionsRequestSchema>;

export const unitVersionSchema = z.object({
  versionId: z.string(),
  version: z.int().min(1),
  kind: kindSchema,
  submittedAt: z.string(),
  late: z.boolean(),
  status: z.enum(['clean', 'with_errors']),
  counts: summarySchema,
  /** The latest version of its kind (the one consolidation takes). */
  latest: z.boolean(),
});

export type UnitVersion = z.infer<typeof unitVersionSchema>;

export const submittedRowSchema = z.object({
  sheetRow: z.int(),
  valid: z.boolean(),
  /** The cells as sent (strings, numbers, booleans, null). */
  cells: z.array(z.unknown()),
  data: z.record(z.string(), z.unknown()),
  issues: z.array(issueSchema),
});

export const unitSubmissionsResponseSchema = z.object({
  campaignId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** Ascending by version number. */
  versions: z.array(unitVersionSchema),
  /** Present when `version` was asked for. */
  rows: z
    .object({
      version: unitVersionSchema,
      sheetName: z.string().nullable(),
      /** Header rows as sent. */
      header: z.array(z.array(z.string())),
      /** Header- and sheet-level issues of the version. */
      sheetIssues: z.array(issueSchema),
      items: z.array(submittedRowSchema),
      page: z.object({
        offset: z.int().min(0),
        size: z.int().min(0),
        /** Rows of the version that pass the validity filter. */
        total: z.int().min(0),
        nextOffset: z.int().min(0).nullable(),
      }),
    })
    .optional(),
});

export type UnitSubmissionsResponse = z.infer<typeof unitSubmissionsResponseSchema>;
