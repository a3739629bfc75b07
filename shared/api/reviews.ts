// reviewDuplicates and reviewNominee (board only): decisions that every later consolidation respects.
import { z } from 'zod';
import { campaignIdSchema } from './ids';
import { entryReviewStateSchema, nomineeReviewStateSchema } from './master-entries';

const memberKeySchema = z.string().min(3).max(500);

export const reviewDuplicatesRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** The group as shown by masterList (informative; the members are named by memberKeys). */
  groupId: z.string().max(100).optional(),
  /** Stable member keys of the rows decided on (at least two, all from one duplicate group). */
  memberKeys: z.array(memberKeySchema).min(2).max(500),
  /** same: one nominee (merge); different: keep every listed member apart. */
  decision: z.enum(['same', 'different']),
  note: z.string().trim().max(2000).optional(),
});

export type ReviewDuplicatesRequest = z.input<typeof reviewDuplicatesRequestSchema>;
/** The request as the function receives it (parsed: defaults applied). */
export type ReviewDuplicatesBody = z.output<typeof reviewDuplicatesRequestSchema>;

export const reviewDuplicatesResponseSchema = z.object({
  decisionId: z.string(),
  groupId: z.string(),
  memberKeys: z.array(z.string()),
  decision: z.enum(['same', 'different']),
  decidedBy: z.string(),
  decidedAt: z.string(),
  /** Master version the decision was made on; it applies from the next consolidation. */
  masterVersion: z.int(),
});

export type ReviewDuplicatesResponse = z.infer<typeof reviewDuplicatesResponseSchema>;

export const reviewNomineeRequestSchema = z.object({
  campaignId: campaignIdSchema,
  nomineeId: z.string().min(3).max(100),
  state: nomineeReviewStateSchema,
  /** Required for needsInfo: what the unit must add or fix (shown to the unit in campaignStatus). */
  note: z.string().trim().max(2000).optional(),
  /** Required for awarded: the award decision (số quyết định) and its date (YYYY-MM-DD). */
  decisionNumber: z.string().trim().max(100).optional(),
  decisionDate: z.iso.date().optional(),
  /** For awarded: the award given; default the board's award decision or the proposed award. */
  awardCode: z.string().max(64).optional(),
});

export type ReviewNomineeRequest = z.input<typeof reviewNomineeRequestSchema>;
/** The request as the function receives it (parsed: defaults applied). */
export type ReviewNomineeBody = z.output<typeof reviewNomineeRequestSchema>;

export const reviewNomineeResponseSchema = z.object({
  nomineeId: z.string(),
  displayName: z.string(),
  state: nomineeReviewStateSchema,
  note: z.string().optional(),
  reviewedBy: z.string(),
  reviewedAt: z.string(),
  masterVersion: z.int(),
  /** For awarded: the award-history record written (by CCCD or nominee key), used by later campaigns. */
  awardHistoryId: z.string().nullable(),
});

export type ReviewNomineeResponse = z.infer<typeof reviewNomineeResponseSchema>;

/** One changed row of the board's review columns. */
export const nomineeReviewRowSchema = z.object({
  nomineeId: z.string().min(3).max(100),
  state: nomineeReviewStateSchema,
  note: z.string().trim().max(2000).optional(),
  decisionNumber: z.string().trim().max(100).optional(),
  decisionDate: z.iso.date().optional(),
  awardCode: z.string().max(64).optional(),
});

export type NomineeReviewRow = z.infer<typeof nomineeReviewRowSchema>;

export const MAX_REVIEWS_PER_REQUEST = 5000;

/** reviewNominees (board only): every changed row of the review columns in one request. */
export const reviewNomineesRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** The master version the board reviewed; when given and no longer the latest, MASTER_VERSION_CHANGED. */
  version: z.int().min(1).optional(),
  reviews: z
    .array(nomineeReviewRowSchema)
    .min(1)
    .max(MAX_REVIEWS_PER_REQUEST)
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (seen.has(row.nomineeId))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'nomineeId'],
            message: 'Trường hợp này xuất hiện hai lần trong cùng một lần ghi kết quả duyệt.',
          });
        seen.add(row.nomineeId);
      });
    }),
});

export type ReviewNomineesRequest = z.input<typeof reviewNomineesRequestSchema>;

export type ReviewNomineesBody = z.output<typeof reviewNomineesRequestSchema>;

export const nomineeReviewResultSchema = z.object({
  nomineeId: z.string(),
  ok: z.boolean(),
  /** ok: the state now stored for the nominee. */
  state: entryReviewStateSchema.optional(),
  /** ok: false when the stored review already said the same (a retry): nothing written, no mail. */
  changed: z.boolean().optional(),
  /** ok: the review's id (changes with every new decision; the key of the unit's "returned" mail). */
  reviewId: z.string().optional(),
  reviewedAt: z.string().optional(),
  /** ok and state awarded: the award-history record. */
  awardHistoryId: z.string().nullable().optional(),
  /** Not ok: why this row was refused (the other rows are not affected). */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

export type NomineeReviewResult = z.infer<typeof nomineeReviewResultSchema>;

export const reviewNomineesResponseSchema = z.object({
  campaignId: z.string(),
  /** The master version the reviews were made on (the latest). */
  version: z.int(),
  /** One result per request row, in request order. */
  results: z.array(nomineeReviewResultSchema),
  /** Counts: rows stored (changed), rows already stored identically, rows refused. */
  saved: z.int(),
  unchanged: z.int(),
  failed: z.int(),
});

export type ReviewNomineesResponse = z.infer<typeof reviewNomineesResponseSchema>;
