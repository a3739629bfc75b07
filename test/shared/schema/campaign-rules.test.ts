import { describe, expect, it } from 'vitest';
import { awardHistoryEntrySchema, campaignRulesSchema } from '../../../shared/schema/campaign-rules';

describe('campaign rules schema', () => {
  it('accepts a full configuration and fills movement aliases', () => {
    const rules = campaignRulesSchema.parse({
      allowedAwards: ['BK_TINH'],
      movements: [{ code: 'LS', label: 'Lạng Sơn xanh' }],
      thresholds: { 'CSTD_TINH.consecutiveYears': 2 },
      requiredFields: ['cccd', 'ethnicity'],
      achievementLength: { min: 50 },
      defaultProposal: 'delegate',
      delegateMustHoldAward: true,
      evaluationYear: 2025,
    });
    expect(rules.movements?.[0]?.aliases).toEqual([]);
  });

  it('rejects unknown fields and bad values', () => {
    expect(campaignRulesSchema.safeParse({ requiredFields: ['khongCo'] }).success).toBe(false);
    expect(campaignRulesSchema.safeParse({ defaultProposal: 'award' }).success).toBe(false);
    expect(campaignRulesSchema.safeParse({ thresholds: { x: 'ba' } }).success).toBe(false);
    expect(awardHistoryEntrySchema.safeParse({ awardCode: 'LDTT', year: 2025 }).success).toBe(true);
    expect(awardHistoryEntrySchema.safeParse({ awardCode: 'LDTT', year: '2025' }).success).toBe(false);
  });
});
