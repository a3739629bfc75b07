// consolidate and consolidationStatus (board only): request and response bodies.
import { z } from 'zod';
import type { CampaignStats, DuplicateGroup } from '../consolidation/types';
import { campaignIdSchema } from './ids';
import {
  campaignStatsSchema,
  changeSetSchema,
  duplicateGroupSchema,
  masterTotalsSchema,
  unitConsolidationSchema,
} from './master-entries';

/** A consolidation run id, chosen by the client (to poll progress while the call runs) or by the server. */
export const runIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/);

export const consolidateRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** Compute and answer, store nothing (no master version, no run status). */
  dryRun: z.boolean().default(false),
  runId: runIdSchema.optional(),
  /** After storing the version, mail each submitting unit its summary (once per master version). */
  notifyUnits: z.boolean().default(false),
});

export type ConsolidateRequest = z.input<typeof consolidateRequestSchema>;
/** The request as the function receives it (parsed: defaults applied). */
export type ConsolidateRequestBody = z.output<typeof consolidateRequestSchema>;

/** The figures of one master version: what consolidate answers and consolidationStatus repeats when done. */
export const consolidationResultSchema = z.object({
  masterVersion: z.int().min(1),
  createdAt: z.string(),
  /** True when the inputs equalled those of the current version: nothing new was stored. */
  reused: z.boolean(),
  dryRun: z.boolean(),
  totals: masterTotalsSchema,
  byUnit: z.array(unitConsolidationSchema),
  duplicates: z.array(duplicateGroupSchema),
  changes: changeSetSchema,
  stats: campaignStatsSchema,
});

/** The schema checks groups and statistics loosely; the type is the consolidation core's. */
export type ConsolidationResult = Omit<z.infer<typeof consolidationResultSchema>, 'duplicates' | 'stats'> & {
  duplicates: DuplicateGroup[];
  stats: CampaignStats;
};

export const runStateSchema = z.enum(['running', 'done', 'failed']);

export const runStageSchema = z.enum(['reading', 'matching', 'writing', 'done', 'failed']);

export type RunStage = z.infer<typeof runStageSchema>;

export const consolidateResponseSchema = consolidationResultSchema.extend({
  runId: z.string(),
  state: z.literal('done'),
  progress: z.literal(1),
  /** Vietnamese summary line. */
  message: z.string(),
});

export type ConsolidateResponse = ConsolidationResult & {
  runId: string;
  state: 'done';
  progress: 1;
  message: string;
};

export const consolidationStatusRequestSchema = z.object({
  campaignId: campaignIdSchema,
  runId: runIdSchema,
});

export type ConsolidationStatusRequest = z.infer<typeof consolidationStatusRequestSchema>;

export const consolidationStatusResponseSchema = z.object({
  runId: z.string(),
  campaignId: z.string(),
  state: runStateSchema,
  stage: runStageSchema,
  /** Units read (stage reading) or chunks written (stage writing) so far, of `total`. */
  done: z.int().min(0),
  total: z.int().min(0),
  /** 0..1 over the whole run. */
  progress: z.number().min(0).max(1),
  message: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
  masterVersion: z.int().nullable(),
  /** Present once the run is done. */
  result: consolidationResultSchema.optional(),
  /** Why a failed run failed, when known (e.g. RUN_INTERRUPTED). */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

export type ConsolidationStatusResponse = Omit<
  z.infer<typeof consolidationStatusResponseSchema>,
  'result'
> & {
  result?: ConsolidationResult;
};
