// Stored shapes of the consolidation documents, parsed on every read. Entries, groups and statistics reuse the
// API schemas (shared/api/master-entries.ts), which pass unknown fields through.
import { z } from 'zod';
import { runStageSchema, runStateSchema } from '../../../shared/api/consolidation';
import { kindSchema } from '../../../shared/api/ids';
import {
  campaignStatsSchema,
  changeSetSchema,
  duplicateGroupSchema,
  masterEntrySchema,
  masterTotalsSchema,
  nomineeReviewStateSchema,
  unitConsolidationSchema,
} from '../../../shared/api/master-entries';

export const chunkDocSchema = z.object({
  hash: z.string(),
  chunkId: z.string(),
  unitId: z.string(),
  kind: kindSchema,
  entries: z.array(masterEntrySchema),
});

export const manifestDocSchema = z.object({
  campaignId: z.string(),
  version: z.int().min(1),
  createdAt: z.string(),
  createdBy: z.string(),
  runId: z.string(),
  inputHash: z.string(),
  chunks: z.array(z.object({ hash: z.string(), chunkId: z.string(), count: z.int().min(0) })),
  totals: masterTotalsSchema,
  changes: changeSetSchema,
  duplicates: z.array(duplicateGroupSchema),
  stats: campaignStatsSchema,
  unitVersions: z.record(z.string(), z.int()),
  byUnit: z.array(unitConsolidationSchema),
});

/** The commit marker of a manifest cut into parts (manifest-parts.ts). */
export const partedManifestDocSchema = z.object({
  campaignId: z.string(),
  version: z.int().min(1),
  createdAt: z.string(),
  inputHash: z.string(),
  parts: z.array(z.object({ hash: z.string(), bytes: z.int().min(0) })).min(1),
});

export const manifestPartDocSchema = z.object({ hash: z.string(), index: z.int().min(0), text: z.string() });

export const runDocSchema = z.object({
  campaignId: z.string(),
  runId: z.string(),
  state: runStateSchema,
  stage: runStageSchema,
  done: z.int().min(0),
  total: z.int().min(0),
  progress: z.number(),
  message: z.string(),
  startedBy: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
  masterVersion: z.int().nullable(),
  reused: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

export const decisionDocSchema = z.object({
  decisionId: z.string(),
  groupId: z.string(),
  memberKeys: z.array(z.string()).min(1),
  decision: z.enum(['same', 'different']),
  note: z.string().optional(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  masterVersion: z.int(),
});

export const reviewDocSchema = z.object({
  nomineeId: z.string(),
  state: nomineeReviewStateSchema,
  note: z.string().optional(),
  decisionNumber: z.string().optional(),
  decisionDate: z.string().optional(),
  awardCode: z.string().optional(),
  displayName: z.string(),
  sources: z.array(z.object({ unitId: z.string(), sheetRow: z.int() })),
  masterVersion: z.int(),
  reviewedBy: z.string(),
  reviewedAt: z.string(),
  reviewId: z.string().optional(),
  contentHash: z.string().optional(),
  reviewedValues: z.record(z.string(), z.unknown()).optional(),
});

export const reviewLogDocSchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.enum(['reviewDuplicates', 'reviewNominee']),
  subject: z.string(),
  value: z.string(),
  note: z.string().optional(),
});

export const awardHistoryDocSchema = z.object({
  id: z.string(),
  nomineeKey: z.string(),
  campaignId: z.string(),
  nomineeId: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  awardCode: z.string(),
  year: z.int(),
  decisionNumber: z.string().optional(),
  decisionDate: z.string().optional(),
  cccd: z.string().optional(),
  fullName: z.string().optional(),
  birthYear: z.int().optional(),
  collectiveName: z.string().optional(),
});

/**
 * A parsed document as the port type. zod marks absent optional fields `T | undefined`, which
 * exactOptionalPropertyTypes refuses; Firestore never stores undefined (ignoreUndefinedProperties), so the
 * parsed value has no undefined property and the cast only restates that.
 */
export function asStored<T>(parsed: object): T {
  return parsed as T;
}
