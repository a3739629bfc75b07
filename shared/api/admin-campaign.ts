// adminCampaign (board only): create or update a campaign, its unit registry and its members in one call.
// The same schemas parse the stored documents on read (functions/adapters/firestore).
import { z } from 'zod';
import { STRUCTURE_KEYS, type StructureKey } from '../consolidation/structure';
import { campaignRulesSchema } from '../schema/campaign-rules';
import { awardByCode } from '../vocab/awards';
import { campaignIdSchema, emailSchema, unitIdSchema } from './ids';
import { publicNoticeSchema } from './public-notice';

export const EVENT_KINDS = [
  'hoi-nghi-dien-hinh-tien-tien',
  'dai-hoi-thi-dua-yeu-nuoc',
  'bieu-duong-nguoi-tot-viec-tot',
  'bieu-duong-lao-dong-gioi-sang-tao',
  'khac',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

/** department: sở/ban/ngành; mass-organisation: đoàn thể; commune: xã/phường/đặc khu; province: tỉnh/thành phố (a unit of a national campaign). */
export const UNIT_KINDS = [
  'department',
  'mass-organisation',
  'commune',
  'enterprise',
  'armed-forces',
  'province',
] as const;

const quotaSchema = z.object({
  total: z.int().min(0).optional(),
  byAward: z.record(z.string().max(64), z.int().min(0)).optional(),
  /** Delegate seats of the unit: how many of its entries may be delegates (delegate = true). */
  seats: z.int().min(0).optional(),
});

const shareSchema = z.number().min(0).max(1);

/** A target share of the delegates, as a fraction 0..1 (0.3 = 30 %): at least `min`, at most `max` when given. */
export const shareTargetSchema = z
  .strictObject({ min: shareSchema, max: shareSchema.optional() })
  .refine((t) => t.max === undefined || t.max >= t.min, {
    message: 'Tỷ lệ tối đa phải không nhỏ hơn tỷ lệ tối thiểu.',
    path: ['max'],
  });

const targetShapes = Object.fromEntries(
  STRUCTURE_KEYS.map((key) => [key, shareTargetSchema.optional()]),
) as Record<StructureKey, z.ZodOptional<typeof shareTargetSchema>>;

/**
 * Target shares of the delegate structure (shared/consolidation/structure.ts): women, ethnicMinority,
 * directLabourers, workers, farmers, intellectuals, youth — each { min, max? } as fractions 0..1 of the individual
 * delegates (of all individual entries when no entry is a delegate). youthMaxAge: a youth is at most this old in
 * the evaluation year (default 30).
 */
export const structureTargetsSchema = z.strictObject({
  ...targetShapes,
  youthMaxAge: z.int().min(14).max(60).optional(),
});

export type StructureTargets = z.infer<typeof structureTargetsSchema>;

/** A Google Sheets spreadsheet id (the part of its URL after /d/). */
export const spreadsheetIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,128}$/);

/** Who issues the official xlsx lists (exportMaster): left header block, place of the date line, signer. */
export const issuingBodySchema = z.object({
  /** e.g. ["UBND TỈNH LẠNG SƠN", "BAN THI ĐUA – KHEN THƯỞNG"]. */
  issuer: z.array(z.string().trim().min(1).max(200)).min(1).max(4),
  place: z.string().trim().min(1).max(100),
  /** Document number line; default "Số:      /DS-BTĐKT". */
  number: z.string().trim().min(1).max(100).optional(),
  signer: z
    .object({
      titles: z.array(z.string().trim().min(1).max(200)).max(4),
      name: z.string().trim().min(1).max(200).optional(),
    })
    .optional(),
  recipients: z.array(z.string().trim().min(1).max(300)).max(20).optional(),
  /** Printed under the titles as "(Kèm theo …)", e.g. "Kế hoạch số 40/KH-BTĐKT ngày 10/01/2026". */
  attachedTo: z.string().trim().min(1).max(300).optional(),
});

export type IssuingBodyConfig = z.infer<typeof issuingBodySchema>;

/** The campaign one level up (province → nation) and the unit this campaign's board is in it (sendUp). */
export const parentCampaignSchema = z.object({
  campaignId: campaignIdSchema,
  unitId: unitIdSchema,
});

export type ParentCampaign = z.infer<typeof parentCampaignSchema>;

const timeZoneSchema = z
  .string()
  .refine((zone) => isTimeZone(zone), 'Múi giờ không hợp lệ (ví dụ Asia/Ho_Chi_Minh).');

/** An award code of the awards vocabulary (shared/vocab/awards.ts); an unknown code is refused by its path. */
export const awardCodeSchema = z
  .string()
  .max(64)
  .refine((code) => awardByCode(code) !== undefined, 'Mã hình thức khen thưởng không có trong danh mục.');

/** The campaign's fields, each as sent (no defaults): the stored config and the patch are both made from them. */
const campaignFields = {
  title: z.string().trim().min(1).max(300),
  eventKind: z.enum(EVENT_KINDS),
  /** ISO 8601 instant with offset, e.g. 2026-06-30T17:00:00+07:00. */
  deadline: z.iso.datetime({ offset: true }),
  timeZone: timeZoneSchema,
  /**
   * The year the campaign assesses ("năm đánh giá"): set at creation, default defaultEvaluationYear({ deadline,
   * eventKind }) (shared/eligibility/evaluation-year.ts), stored; a later change of the deadline keeps it.
   */
  evaluationYear: z.int().min(1945).max(2200),
  /** Minutes after the deadline during which submissions are still stored (flagged late). */
  graceMinutes: z.int().min(0).max(43_200),
  open: z.boolean(),
  /** Award codes the campaign accepts (a subset of the awards vocabulary); empty = all. */
  awards: z.array(z.string().max(64)).max(200),
  quotas: z.record(z.string().max(64), quotaSchema),
  /** Validation rules and eligibility thresholds (shared/schema/campaign-rules.ts); override the province's. */
  rules: campaignRulesSchema,
  /** The province rule profile (adminProvince) whose rules the campaign inherits. */
  provinceId: campaignIdSchema,
  /** The board's master spreadsheet (writeMasterSheet); shared with the functions' service account as editor. */
  masterSpreadsheetId: spreadsheetIdSchema,
  /** Header block and signer of the official xlsx lists (exportMaster); default: blanks to fill by hand. */
  issuingBody: issuingBodySchema,
  /** The parent campaign of a chain: sendUp submits this board's list there as the list of `unitId`. */
  parent: parentCampaignSchema,
  /** The public notice of the proposed list (publicNotice function): period, review states shown, texts. */
  publicNotice: publicNoticeSchema,
  /** Target shares of the delegate structure (structureTargetsSchema); seats per unit are in quotas. */
  structureTargets: structureTargetsSchema,
};

export const campaignConfigSchema = z.object({
  ...campaignFields,
  /** Filled by adminCampaign at creation; a campaign stored before the field has none (the default applies). */
  evaluationYear: campaignFields.evaluationYear.optional(),
  timeZone: campaignFields.timeZone.default('Asia/Ho_Chi_Minh'),
  graceMinutes: campaignFields.graceMinutes.default(0),
  open: campaignFields.open.default(true),
  awards: campaignFields.awards.default([]),
  quotas: campaignFields.quotas.default({}),
  rules: campaignFields.rules.default({}),
  provinceId: campaignFields.provinceId.optional(),
  masterSpreadsheetId: campaignFields.masterSpreadsheetId.optional(),
  issuingBody: campaignFields.issuingBody.optional(),
  parent: campaignFields.parent.optional(),
  publicNotice: campaignFields.publicNotice.optional(),
  structureTargets: campaignFields.structureTargets.optional(),
});

/**
 * What adminCampaign accepts under `campaign`: any subset of the fields. A field sent replaces the stored one
 * (objects such as rules, quotas and issuingBody are replaced whole), a field left out keeps its stored value,
 * null clears an optional field (masterSpreadsheetId, issuingBody). Unknown fields and unknown award codes are
 * refused by their path. Creating a campaign needs the required fields (title, eventKind, deadline).
 */
export const campaignPatchSchema = z
  .strictObject({
    ...campaignFields,
    awards: z.array(awardCodeSchema).max(200),
    quotas: z.record(
      z.string().max(64),
      quotaSchema.extend({ byAward: z.record(awardCodeSchema, z.int().min(0)).optional() }),
    ),
    provinceId: campaignFields.provinceId.nullable(),
    /** null: back to the default of the campaign's deadline and kind. */
    evaluationYear: campaignFields.evaluationYear.nullable(),
    masterSpreadsheetId: campaignFields.masterSpreadsheetId.nullable(),
    issuingBody: campaignFields.issuingBody.nullable(),
    parent: campaignFields.parent.nullable(),
    publicNotice: campaignFields.publicNotice.nullable(),
    structureTargets: campaignFields.structureTargets.nullable(),
  })
  .partial();

export type CampaignPatch = z.infer<typeof campaignPatchSchema>;

export type CampaignConfig = z.infer<typeof campaignConfigSchema>;

export const unitInputSchema = z.object({
  id: unitIdSchema,
  name: z.string().trim().min(1).max(300),
  kind: z.enum(UNIT_KINDS),
  /** current units submit; legacy ids (before a merger) are kept for award history only. */
  status: z.enum(['current', 'legacy']).default('current'),
  /** For a legacy unit: the current unit that took it over. */
  successorId: unitIdSchema.optional(),
  /** For a current unit: the legacy ids it absorbed. */
  legacyIds: z.array(unitIdSchema).max(100).default([]),
});

export type UnitRecord = z.infer<typeof unitInputSchema>;

export const memberInputSchema = z
  .object({
    email: emailSchema,
    /** council: a member of the Hội đồng Thi đua – Khen thưởng — votes in voteRound's rounds (castBallot) only. */
    role: z.enum(['board', 'unit', 'council']),
    unitIds: z.array(unitIdSchema).max(500).default([]),
    active: z.boolean().default(true),
  })
  .refine((member) => member.role !== 'unit' || member.unitIds.length > 0, {
    message: 'Tài khoản đơn vị cần ít nhất một mã đơn vị.',
    path: ['unitIds'],
  });

/** A member of one campaign (board or unit editor): stored per campaign, grants nothing in other campaigns. */
export type MemberRecord = z.infer<typeof memberInputSchema>;

/**
 * A province-level account (members/{email}). Only role admin (super-admin) grants anything: adminCampaign on any
 * campaign, creating campaigns included. board and unit are the province-wide roles of before campaign roles; they
 * are still parsed but grant nothing (members are granted per campaign through adminCampaign).
 */
export const provinceMemberSchema = z.object({
  email: emailSchema,
  role: z.enum(['admin', 'board', 'unit']),
  unitIds: z.array(unitIdSchema).max(500).default([]),
  active: z.boolean().default(true),
});

export type ProvinceMember = z.infer<typeof provinceMemberSchema>;

export const adminCampaignRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** A partial update (campaignPatchSchema); on create, the required fields must be present. */
  campaign: campaignPatchSchema.optional(),
  units: z.array(unitInputSchema).max(5000).optional(),
  /** Members of this campaign (board or unit editors), each set whole; they act in this campaign only. */
  members: z.array(memberInputSchema).max(5000).optional(),
});

export type AdminCampaignRequest = z.infer<typeof adminCampaignRequestSchema>;

export const campaignRecordSchema = campaignConfigSchema.extend({
  id: campaignIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type CampaignRecord = z.infer<typeof campaignRecordSchema>;

export const adminCampaignResponseSchema = z.object({
  campaign: campaignRecordSchema,
  created: z.boolean(),
  unitsWritten: z.int(),
  membersWritten: z.int(),
  /** The campaign fields this request sent (sorted); empty when `campaign` was not sent. */
  updatedFields: z.array(z.string()),
});

export type AdminCampaignResponse = z.infer<typeof adminCampaignResponseSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
