// validateRows and submitNominations: request and response bodies.
import { z } from 'zod';
import { gridSchema, issueSchema, summarySchema } from './grid';
import { campaignIdSchema, kindSchema, submissionKeySchema, unitIdSchema } from './ids';

export const validateRowsRequestSchema = z.object({
  campaignId: campaignIdSchema,
  unitId: unitIdSchema,
  kind: kindSchema,
  grid: gridSchema,
});

export type ValidateRowsRequest = z.infer<typeof validateRowsRequestSchema>;

export const validateRowsResponseSchema = z.object({
  issues: z.array(issueSchema),
  summary: summarySchema,
});

export type ValidateRowsResponse = z.infer<typeof validateRowsResponseSchema>;

export const submitNominationsRequestSchema = validateRowsRequestSchema.extend({
  submissionKey: submissionKeySchema,
});

export type SubmitNominationsRequest = z.infer<typeof submitNominationsRequestSchema>;

/** clean: no error rows; with_errors: stored, but some rows have errors the unit must fix. */
export const submissionStatusSchema = z.enum(['clean', 'with_errors']);

export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

export const submitNominationsResponseSchema = z.object({
  version: z.int().min(1),
  versionId: z.string(),
  status: submissionStatusSchema,
  summary: summarySchema,
  issues: z.array(issueSchema),
  replayed: z.boolean(),
  submittedAt: z.string(),
  late: z.boolean(),
});

export type SubmitNominationsResponse = z.infer<typeof submitNominationsResponseSchema>;
