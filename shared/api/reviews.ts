// reviewDuplicates and reviewNominee (board only): decisions that every later consolidation respects.
import { z } from 'zod';
import { campaignIdSchema } from './ids';
import { nomineeReviewStateSchema } from './master-entries';

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
