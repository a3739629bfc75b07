// campaignStatus: per-unit submission status of a campaign, derived from the stored versions.
import { z } from 'zod';
import { STRUCTURE_KEYS } from '../consolidation/structure';
import { campaignIdSchema, unitIdSchema } from './ids';
import { rulesInForceSchema } from './province';

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

/**
 * Dossier completeness (shared/checks/dossier-checklist.ts): rows whose proposal requires documents, how many
 * hold every required type, and the required documents missing in all. Absent for lists without a "Hồ sơ" column.
 */
export const dossierCountsSchema = z.object({
  rows: z.int().min(0),
  complete: z.int().min(0),
  incomplete: z.int().min(0),
  missingDocs: z.int().min(0),
});

/** The state of one kind's latest list (the individual list "Cá nhân" or the collective list "Tập thể"). */
export const listStatusSchema = z.object({
  /** Version number of the kind's latest list (numbers are counted per unit, across both kinds). */
  version: z.int().min(1),
  submittedAt: z.string(),
  status: z.enum(['with_errors', 'clean']),
  /** Versions of this kind stored so far. */
  versions: z.int().min(1),
  rows: z.int().min(0),
  validRows: z.int().min(0),
  errorRows: z.int().min(0),
  errors: z.int().min(0),
  warnings: z.int().min(0),
  /** This list was stored by the deadline. */
  onTime: z.boolean(),
  dossier: dossierCountsSchema.optional(),
});

export type ListStatus = z.infer<typeof listStatusSchema>;

export const unitStatusSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  kind: z.string(),
  /**
   * The worst of the kinds' latest lists: not_submitted when neither list was submitted, with_errors when either
   * has errors, clean otherwise; reviewed when the board reviewed every entry of both lists as consolidated.
   */
  status: unitStatusValueSchema,
  /** The newest version number of the unit (either kind), and when it was stored. */
  latestVersion: z.int().nullable(),
  submittedAt: z.string().nullable(),
  /** Versions stored so far, both kinds. */
  versions: z.int().min(0),
  /** Counts summed over the kinds' latest lists. */
  rows: z.int().min(0),
  validRows: z.int().min(0),
  errorRows: z.int().min(0),
  errors: z.int().min(0),
  warnings: z.int().min(0),
  /** The latest list of every kind submitted was stored by the deadline; null when nothing was submitted. */
  onTime: z.boolean().nullable(),
  /**
   * Each kind's latest list; a kind not submitted is absent. Always sent by this server; optional in the schema
   * so that responses of servers older than the per-kind breakdown still parse.
   */
  lists: z
    .object({ individual: listStatusSchema.optional(), collective: listStatusSchema.optional() })
    .optional(),
  /** Entries of the unit in the current master version, and how many of them the board has reviewed. */
  masterEntries: z.int().min(0).optional(),
  reviewedEntries: z.int().min(0).optional(),
  /** Nominees returned to the unit for completion (review state needsInfo). */
  returned: z.array(returnedNomineeSchema).optional(),
  /** The board's lock on the unit's list (lockUnit); null when never locked. */
  lock: z
    .lazy(() => unitLockSchema)
    .nullable()
    .optional(),
  /** Dossier completeness summed over the kinds' latest lists that have a "Hồ sơ" column; absent when none has. */
  dossier: dossierCountsSchema.optional(),
});

export type UnitStatus = z.infer<typeof unitStatusSchema>;

/** One group of the delegate structure against its target (shared/consolidation/structure.ts TargetLine). */
export const targetLineSchema = z.object({
  key: z.enum(STRUCTURE_KEYS),
  /** Vietnamese label, e.g. "Nữ", "Thanh niên". */
  label: z.string(),
  count: z.int().min(0),
  /** count ÷ individuals counted, 0..1. */
  share: z.number(),
  /** Target shares 0..1; absent when the campaign sets none for the group. */
  min: z.number().optional(),
  max: z.number().optional(),
  status: z.enum(['met', 'short', 'over', 'noTarget', 'empty']),
  /** More individuals of the group needed to reach min (individuals unchanged). */
  needed: z.int().min(0),
  /** Individuals of the group above max. */
  excess: z.int().min(0),
});

/** The structure of the whole list or of one unit (StructureScope). */
export const structureScopeSchema = z.object({
  unitId: z.string().optional(),
  unitName: z.string().optional(),
  /** Entries counted (delegates, or all valid entries when none is a delegate), and the individuals of them. */
  population: z.int().min(0),
  persons: z.int().min(0),
  /** Delegate seats used against the seat quota (quotas[unit].seats; the whole list: their sum). */
  seats: z.object({ limit: z.int().min(0).optional(), used: z.int().min(0), over: z.boolean() }),
  lines: z.array(targetLineSchema),
  /** Groups short of or over their target. */
  missed: z.int().min(0),
});

export type StructureScopeStatus = z.infer<typeof structureScopeSchema>;

/** The delegate structure of the current master version against the campaign's targets. */
export const structureStatusSchema = z.object({
  masterVersion: z.int().min(1),
  /** delegates: only delegate entries were counted; entries: no entry is a delegate, all valid entries were. */
  basis: z.enum(['delegates', 'entries']),
  youthMaxAge: z.int(),
  referenceYear: z.int(),
  whole: structureScopeSchema,
  /** The units the caller sees, with entries or a seat quota. */
  units: z.array(structureScopeSchema),
});

export type StructureStatus = z.infer<typeof structureStatusSchema>;

export const campaignStatusResponseSchema = z.object({
  campaignId: z.string(),
  title: z.string(),
  deadline: z.string(),
  timeZone: z.string(),
  /** The year the campaign assesses (its stored evaluationYear, or the rules' override). */
  evaluationYear: z.int().optional(),
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
    /** Units whose list the board has locked. */
    locked: z.int().optional(),
    onTime: z.int(),
    /** onTime / units, 0..1 (0 when there are no units). */
    onTimeRate: z.number(),
  }),
  /** The validation rules in force: the campaign's over its province profile's, with each rule's origin. */
  rules: rulesInForceSchema.optional(),
  /** Delegate structure against targets, from the current master version; absent before the first consolidation. */
  structure: structureStatusSchema.optional(),
});

export type CampaignStatusResponse = z.infer<typeof campaignStatusResponseSchema>;

/**
 * "Nộp đúng hạn", defined once for campaignStatus, the weekly digest and the demo: a unit is on time when the latest
 * list of each kind it submitted arrived by the campaign's deadline (the instant, grace not included).
 */
export function listsOnTime(submittedAt: readonly string[], deadline: string | number): boolean {
  const due = typeof deadline === 'number' ? deadline : Date.parse(deadline);
  return submittedAt.length > 0 && submittedAt.every((at) => Date.parse(at) <= due);
}

/** The on-time rate: on-time units ÷ all units of the campaign (0 when it has none), 0..1. */
export function onTimeRate(onTimeUnits: number, allUnits: number): number {
  return allUnits === 0 ? 0 : onTimeUnits / allUnits;
}

/** The board's lock on a unit's accepted list (lockUnit): while locked, submitNominations refuses UNIT_LOCKED. */
export const unitLockSchema = z.object({
  unitId: z.string(),
  locked: z.boolean(),
  /** Who locked or reopened last, and when. */
  changedBy: z.string(),
  changedAt: z.string(),
  /** The board's note (e.g. why reopened). */
  note: z.string().optional(),
  /** When locked: the unit's newest submission version and the master version at the time of locking. */
  submissionVersion: z.int().nullable().optional(),
  masterVersion: z.int().nullable().optional(),
});

export type UnitLock = z.infer<typeof unitLockSchema>;

export const lockUnitRequestSchema = z.object({
  campaignId: campaignIdSchema,
  unitId: unitIdSchema,
  /** lock: refuse further submissions of the unit; reopen: accept them again. Repeating either is harmless. */
  action: z.enum(['lock', 'reopen']),
  note: z.string().trim().max(2000).optional(),
});

export type LockUnitRequest = z.infer<typeof lockUnitRequestSchema>;

/** lockUnit's answer: the unit's lock as now stored; `changed` is false when it already was in that state. */
export const lockUnitResponseSchema = z.object({
  campaignId: z.string(),
  lock: unitLockSchema,
  changed: z.boolean(),
});

export type LockUnitResponse = z.infer<typeof lockUnitResponseSchema>;
