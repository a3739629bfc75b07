// Campaign chains and phases: sendUp (Gửi lên cấp trên), sendUpStatus (what the parent's board decided on what was
// sent), carryForward (a finished conference's candidates into the congress). Request and response bodies.
import { z } from 'zod';
import { parentCampaignSchema } from './admin-campaign';
import { campaignIdSchema, kindSchema, unitIdSchema } from './ids';
import { nomineeReviewStateSchema } from './master-entries';
import { submitNominationsResponseSchema } from './nominations';

const statesSchema = z.array(nomineeReviewStateSchema).min(1).max(5);
const kindsSchema = z.array(kindSchema).min(1).max(2);

export const sendUpRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** Review states of the board's current list to send; default ["approved"] (đã duyệt). */
  states: statesSchema.default(['approved']),
  kinds: kindsSchema.default(['individual', 'collective']),
  /** Optional own key; the list of each kind is sent with `<submissionKey>:i` / `<submissionKey>:c`. */
  submissionKey: z
    .string()
    .min(8)
    .max(120)
    .regex(/^[A-Za-z0-9_.:-]+$/)
    .optional(),
});

export type SendUpRequest = z.infer<typeof sendUpRequestSchema>;

/** One list submitted to the receiving campaign (one per kind). */
export const sentListSchema = z.object({
  kind: kindSchema,
  rows: z.int(),
  nomineeIds: z.array(z.string()),
  submissionKey: z.string(),
  response: submitNominationsResponseSchema,
});

export type SentList = z.infer<typeof sentListSchema>;

export const sendUpResponseSchema = z.object({
  campaignId: campaignIdSchema,
  parent: parentCampaignSchema,
  masterVersion: z.int(),
  states: z.array(nomineeReviewStateSchema),
  lists: z.array(sentListSchema),
});

export type SendUpResponse = z.infer<typeof sendUpResponseSchema>;

export const sendUpStatusRequestSchema = z.object({ campaignId: campaignIdSchema });

export type SendUpStatusRequest = z.infer<typeof sendUpStatusRequestSchema>;

/** A nominee as sent up, with what the parent's board decided about it. */
export const sentNomineeSchema = z.object({
  /** The nominee in this (the child) campaign. */
  nomineeId: z.string(),
  displayName: z.string(),
  kind: kindSchema,
  /** This campaign's master version the row was sent from. */
  masterVersion: z.int(),
  /** The row in the parent's list of this campaign's unit. */
  submissionVersion: z.int(),
  sheetRow: z.int(),
  /** The nominee in the parent's current master version; null until the parent consolidates this list. */
  parentNomineeId: z.string().nullable(),
  /** The parent's review; null when not reviewed yet. */
  parentState: nomineeReviewStateSchema.nullable(),
  parentStateLabel: z.string(),
  note: z.string().optional(),
  reviewedAt: z.string().optional(),
});

export type SentNominee = z.infer<typeof sentNomineeSchema>;

export const sendUpStatusResponseSchema = z.object({
  campaignId: campaignIdSchema,
  parent: parentCampaignSchema,
  /** The parent's current master version, null before its first consolidation. */
  parentMasterVersion: z.int().nullable(),
  /** The newest list of each kind this campaign sent. */
  lists: z.array(z.object({ kind: kindSchema, version: z.int(), submittedAt: z.string(), rows: z.int() })),
  nominees: z.array(sentNomineeSchema),
  /** How many sent nominees the parent returned for completion (cần bổ sung). */
  returned: z.int(),
  approved: z.int(),
});

export type SendUpStatusResponse = z.infer<typeof sendUpStatusResponseSchema>;

export const carryForwardRequestSchema = z.object({
  /** The receiving campaign (e.g. the congress). */
  campaignId: campaignIdSchema,
  /** The finished campaign to take the candidates from (e.g. the conference); it must be closed. */
  fromCampaignId: campaignIdSchema,
  /** Review states of the source's current list to carry; default ["approved"]. */
  states: statesSchema.default(['approved']),
  kinds: kindsSchema.default(['individual', 'collective']),
});

export type CarryForwardRequest = z.infer<typeof carryForwardRequestSchema>;

export const carryForwardResponseSchema = z.object({
  campaignId: campaignIdSchema,
  fromCampaignId: campaignIdSchema,
  /** The source's master version carried. */
  masterVersion: z.int(),
  states: z.array(nomineeReviewStateSchema),
  units: z.array(z.object({ unitId: unitIdSchema, lists: z.array(sentListSchema) })),
  /** Source units that are not current units of the receiving campaign (their entries were not carried). */
  skippedUnits: z.array(z.object({ unitId: z.string(), entries: z.int() })),
});

export type CarryForwardResponse = z.infer<typeof carryForwardResponseSchema>;
