// Rules in force: the province profile's rules under the campaign's own (pure).
import { describe, expect, it } from 'vitest';
import { rulesInForce, withRulesInForce } from '../../../../functions/app/campaigns/rules-in-force';
import type { CampaignRecord } from '../../../../functions/app/ports';
import type { ProvinceProfile } from '../../../../shared/api/province';

const campaign: CampaignRecord = {
  id: 'c1',
  title: 'Thử',
  eventKind: 'khac',
  deadline: '2026-07-01T17:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  graceMinutes: 0,
  open: true,
  awards: [],
  quotas: {},
  rules: { thresholds: { 'A.x': 5 }, achievementLength: { min: 50 } },
  provinceId: 'p1',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const province: ProvinceProfile = {
  id: 'p1',
  name: 'Tỉnh Thử',
  rules: {
    thresholds: { 'A.x': 3, 'B.y': 2 },
    requiredFields: ['phone'],
    achievementLength: { min: 10, max: 900 },
  },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'b@x.example',
};

describe('rulesInForce', () => {
  it('merges thresholds per criterion and replaces other rules as a whole', () => {
    const merged = rulesInForce(campaign, province);
    expect(merged.rules).toEqual({
      thresholds: { 'A.x': 5, 'B.y': 2 },
      requiredFields: ['phone'],
      achievementLength: { min: 50 },
    });
    expect(merged.sources).toMatchObject({
      'thresholds.A.x': 'campaign',
      'thresholds.B.y': 'province',
      requiredFields: 'province',
      achievementLength: 'campaign',
      allowedAwards: 'default',
    });
  });

  it('is the campaign alone without a province, and the campaign award subset counts as its allowed awards', () => {
    const alone = rulesInForce({ ...campaign, awards: ['LDTT'] }, null);
    expect(alone.provinceId).toBeNull();
    expect(alone.rules.allowedAwards).toEqual(['LDTT']);
    expect(alone.sources.allowedAwards).toBe('campaign');
    expect(withRulesInForce(campaign, null)).toBe(campaign);
    expect(withRulesInForce(campaign, province).rules.requiredFields).toEqual(['phone']);
  });
});
