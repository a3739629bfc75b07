// Province rule profile (adminProvince, board only): thresholds, required fields, allowed awards and the other
// validation rules set once per province. A campaign names its province (`provinceId`) and inherits the profile's
// rules; whatever the campaign sets itself overrides them (thresholds criterion by criterion, every other rule as a
// whole). campaignStatus shows the rules in force with where each came from.
import { z } from 'zod';
import { campaignRulesSchema } from '../schema/campaign-rules';
import { campaignIdSchema } from './ids';

/** A province id is a document id like a campaign id ("lang-son"). */
export const provinceIdSchema = campaignIdSchema;

export const provinceProfileInputSchema = z.object({
  /** "Tỉnh Lạng Sơn". */
  name: z.string().trim().min(1).max(200),
  rules: campaignRulesSchema.default({}),
});

export const adminProvinceRequestSchema = z.object({
  provinceId: provinceIdSchema,
  /** Creates or replaces the profile; without it the stored profile is returned. */
  profile: provinceProfileInputSchema.optional(),
});

export type AdminProvinceRequest = z.infer<typeof adminProvinceRequestSchema>;

export const provinceProfileSchema = provinceProfileInputSchema.extend({
  id: provinceIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export type ProvinceProfile = z.infer<typeof provinceProfileSchema>;

export const adminProvinceResponseSchema = z.object({
  province: provinceProfileSchema,
  created: z.boolean(),
});

export type AdminProvinceResponse = z.infer<typeof adminProvinceResponseSchema>;

/** Where a rule in force comes from. */
export type RuleSource = 'campaign' | 'province' | 'default';

/** The rules in force for a campaign: the merged rules and, per rule (thresholds per criterion), their origin. */
export interface RulesInForce {
  provinceId: string | null;
  rules: z.infer<typeof campaignRulesSchema>;
  /** Keyed by rule name; thresholds by `thresholds.<criterion id>`. Rules set nowhere are absent from `rules`. */
  sources: Record<string, RuleSource>;
}

export const rulesInForceSchema = z.object({
  provinceId: z.string().nullable(),
  rules: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), z.enum(['campaign', 'province', 'default'])),
});
