// Schemas of the consolidated master list as it travels over HTTP and is stored in Firestore: entries, duplicate
// groups, the change set, totals and statistics (types in shared/consolidation/types.ts). Entries and statistics
// are checked on their identifying fields and passed through otherwise (looseObject), so a field added to the
// consolidation core does not break older readers.
import { z } from 'zod';
import { kindSchema } from './ids';

export const NOMINEE_REVIEW_STATES = ['valid', 'needsInfo', 'approved', 'ineligible', 'awarded'] as const;

/** hợp lệ · cần bổ sung · đã duyệt · không đủ điều kiện · đã khen thưởng. */
export const nomineeReviewStateSchema = z.enum(NOMINEE_REVIEW_STATES);

export type NomineeReviewState = z.infer<typeof nomineeReviewStateSchema>;

/** Vietnamese labels of the review states (NFC). */
export const NOMINEE_REVIEW_LABELS: Record<NomineeReviewState, string> = {
  valid: 'Hợp lệ',
  needsInfo: 'Cần bổ sung',
  approved: 'Đã duyệt',
  ineligible: 'Không đủ điều kiện',
  awarded: 'Đã khen thưởng',
};

/**
 * The review state shown on a master entry: the board's states plus needsReReview ("Cần duyệt lại"), which the
 * server derives (never sent by the board) when the entry's content differs from the content the review was made on.
 */
export const ENTRY_REVIEW_STATES = [...NOMINEE_REVIEW_STATES, 'needsReReview'] as const;

export const entryReviewStateSchema = z.enum(ENTRY_REVIEW_STATES);

export type EntryReviewState = z.infer<typeof entryReviewStateSchema>;

export const ENTRY_REVIEW_LABELS: Record<EntryReviewState, string> = {
  ...NOMINEE_REVIEW_LABELS,
  needsReReview: 'Cần duyệt lại',
};

/** A reviewed field whose value changed since the review: the value reviewed and the current one. */
export const reviewedFieldChangeSchema = z.object({
  /** Nominee field key (shared/consolidation/types.ts NOMINEE_FIELD_KEYS, or proposedAwards). */
  field: z.string(),
  /** Vietnamese column label of the field. */
  label: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export type ReviewedFieldChange = z.infer<typeof reviewedFieldChangeSchema>;

/** The board's review of a nominee as attached to a master entry (`MasterEntry.review`). */
export const entryReviewSchema = z.object({
  state: entryReviewStateSchema,
  /** For needsReReview: the state the board gave to the earlier content. */
  reviewedState: nomineeReviewStateSchema.optional(),
  /** For needsReReview: the reviewed fields that changed, old (reviewed) and new (current) values. */
  changedFields: z.array(reviewedFieldChangeSchema).optional(),
  /** Hash of the reviewed fields' values the review applies to. */
  contentHash: z.string().optional(),
  note: z.string().optional(),
  decisionNumber: z.string().optional(),
  decisionDate: z.string().optional(),
  reviewedBy: z.string(),
  reviewedAt: z.string(),
});

export type EntryReview = z.infer<typeof entryReviewSchema>;

export const entrySourceSchema = z.looseObject({
  unitId: z.string(),
  kind: kindSchema,
  sheetRow: z.int(),
  submissionVersion: z.int(),
  submittedAt: z.string(),
  rowId: z.string(),
  memberKey: z.string(),
});

export const masterEntrySchema = z.looseObject({
  nomineeId: z.string(),
  kind: kindSchema,
  displayName: z.string(),
  proposedAwards: z.array(z.string()),
  sources: z.array(entrySourceSchema).min(1),
  issues: z.array(z.looseObject({ code: z.string(), message: z.string() })),
  reviewState: z.string(),
  duplicateGroupIds: z.array(z.string()),
  review: entryReviewSchema.optional(),
});

export const duplicateGroupSchema = z.looseObject({
  groupId: z.string(),
  kind: z.enum(['exact', 'probable']),
  score: z.number(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  memberRowIds: z.array(z.string()),
  memberKeys: z.array(z.string()),
  nomineeIds: z.array(z.string()),
  decision: z.enum(['same', 'different']).optional(),
});

const changeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const changeSetSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(
    z.object({
      nomineeId: z.string(),
      displayName: z.string(),
      fields: z.array(z.object({ field: z.string(), before: changeValueSchema, after: changeValueSchema })),
    }),
  ),
  newDuplicateGroups: z.array(z.string()),
});

export const masterTotalsSchema = z.object({
  entries: z.int(),
  individuals: z.int(),
  collectives: z.int(),
  sourceRows: z.int(),
  invalidRows: z.int(),
  invalidEntries: z.int().optional(),
  units: z.int(),
  duplicateGroups: z.int(),
  exactGroups: z.int(),
  probableGroups: z.int(),
  undecidedGroups: z.int(),
  multiSourceEntries: z.int(),
  multipleAwardEntries: z.int(),
});

export const campaignStatsSchema = z.looseObject({
  referenceDate: z.string(),
  baseSalary: z.number(),
  campaign: z.looseObject({ entries: z.int() }),
  units: z.array(z.looseObject({ unitId: z.string() })),
  overQuotaUnits: z.array(z.string()),
  awardsWithoutCoefficient: z.array(z.string()),
});

/** Per-unit figures of a master version (what each unit contributed). */
export const unitConsolidationSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** Submission version taken; null when the unit has not submitted. */
  submissionVersion: z.int().nullable(),
  rows: z.int().min(0),
  validRows: z.int().min(0),
  invalidRows: z.int().min(0),
  /** Master entries with a source row from this unit. */
  entries: z.int().min(0),
  /** Of those, entries also nominated by another unit. */
  sharedEntries: z.int().min(0),
  overQuota: z.boolean(),
  /** nomineeIds of the unit's entries (used to derive the unit's review status). */
  nomineeIds: z.array(z.string()),
});

export type UnitConsolidation = z.infer<typeof unitConsolidationSchema>;
