// campaignStatus: per-unit submission status of a campaign, derived from the stored versions.
import { z } from 'zod';
import { campaignIdSchema, unitIdSchema } from './ids';

export const campaignStatusRequestSchema = z.object({
  campaignId: campaignIdSchema,
  unitId: unitIdSchema.optional(),
});

export type CampaignStatusRequest = z.infer<typeof campaignStatusRequestSchema>;

export const unitStatusValueSchema = z.enum(['not_submitted', 'with_errors', 'clean', 'reviewed']);

export type UnitStatusValue = z.infer<typeof unitStatusValueSchema>;

/** A nominee the board returned to the unit ("cần bổ sung") with what to add or fix. */
export const returnedNomineeSchema = z.object({
  nomineeId: z.string(),
  displayName: z.string(),
  note: z.string(),
  /** The unit's sheet rows of this nominee in the master version reviewed. */
  sheetRows: z.array(z.int()),
  reviewedAt: z.string(),
});

export type ReturnedNominee = z.infer<typeof returnedNomineeSchema>;

export const unitStatusSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  kind: z.string(),
  status: unitStatusValueSchema,
  latestVersion: z.int().nullable(),
  submittedAt: z.string().nullable(),
  versions: z.int().min(0),
  rows: z.int().min(0),
  validRows: z.int().min(0),
  errorRows: z.int().min(0),
  errors: z.int().min(0),
  warnings: z.int().min(0),
  /** First version stored by the deadline; null when nothing was submitted. */
  onTime: z.boolean().nullable(),
  /** Entries of the unit in the current master version, and how many of them the board has reviewed. */
  masterEntries: z.int().min(0).optional(),
  reviewedEntries: z.int().min(0).optional(),
  /** Nominees returned to the unit for completion (review state needsInfo). */
  returned: z.array(returnedNomineeSchema).optional(),
});

export type UnitStatus = z.infer<typeof unitStatusSchema>;

export const campaignStatusResponseSchema = z.object({
  campaignId: z.string(),
  title: z.string(),
  deadline: z.string(),
  timeZone: z.string(),
  /** Calendar days from today to the deadline day in the campaign time zone; negative once passed. */
  daysToDeadline: z.int(),
  open: z.boolean(),
  units: z.array(unitStatusSchema),
  totals: z.object({
    units: z.int(),
    notSubmitted: z.int(),
    withErrors: z.int(),
    clean: z.int(),
    reviewed: z.int(),
    onTime: z.int(),
    /** onTime / units, 0..1 (0 when there are no units). */
    onTimeRate: z.number(),
  }),
});

export type CampaignStatusResponse = z.infer<typeof campaignStatusResponseSchema>;
