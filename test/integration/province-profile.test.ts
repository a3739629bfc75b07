// Province rule profile over HTTP (local stack, embedded emulator): the board sets a profile once, campaigns naming
// the province inherit its rules and override what they set, validation applies the merged rules, and
// campaignStatus shows the rules in force with where each came from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { AdminCampaignResponse } from '../../shared/api/admin-campaign';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type { ErrorBody } from '../../shared/api/error-body';
import type { ValidateRowsResponse } from '../../shared/api/nominations';
import type { AdminProvinceResponse } from '../../shared/api/province';
import { BOARD, individualGrid, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;
const UNIT = { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'department' };

const campaign = (extra: Record<string, unknown>) => ({
  title: 'Đợt có quy định của tỉnh',
  eventKind: 'khac',
  deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  ...extra,
});

const profile = {
  name: 'Tỉnh Lạng Sơn',
  rules: {
    requiredFields: ['phone'],
    allowedAwards: ['LDTT', 'CSTD_CS'],
    thresholds: { 'CSTD_TINH.consecutiveYears': 3, 'CSTD_CS.initiatives': 1 },
  },
};

beforeAll(async () => {
  stack = await startStack({ port: 0, env: { LOG_LEVEL: 'error' } });
}, 60_000);

afterAll(async () => {
  await stack.close();
});

const admin = <T>(fn: string, body: unknown, user = BOARD) => post<T>(stack.url, fn, body, { user });

describe('adminProvince and inherited rules', () => {
  it('stores a profile for the board only, and reads it back', async () => {
    const refused = await admin<ErrorBody>(
      'adminProvince',
      { provinceId: 'lang-son', profile },
      userOf(UNIT.id),
    );
    expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    const missing = await admin<ErrorBody>('adminProvince', { provinceId: 'lang-son' });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'PROVINCE_NOT_FOUND']);
    const created = await admin<AdminProvinceResponse>('adminProvince', { provinceId: 'lang-son', profile });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ created: true, province: { id: 'lang-son', updatedBy: BOARD } });
    const read = await admin<AdminProvinceResponse>('adminProvince', { provinceId: 'lang-son' });
    expect(read.body.province.rules).toEqual(profile.rules);
    expect(read.body.created).toBe(false);
  });

  it('refuses a campaign naming an unknown province', async () => {
    const response = await admin<ErrorBody>('adminCampaign', {
      campaignId: 'c-no-province',
      campaign: campaign({ provinceId: 'ha-giang' }),
    });
    expect([response.status, response.body.error.code]).toEqual([404, 'PROVINCE_NOT_FOUND']);
    expect(response.body.error.message).toContain('quy định chung');
  });

  it('applies the inherited rules and the campaign overrides, and shows where each came from', async () => {
    const own = { thresholds: { 'CSTD_TINH.consecutiveYears': 2 }, checkEligibility: false };
    const saved = await admin<AdminCampaignResponse>('adminCampaign', {
      campaignId: 'c-province',
      campaign: campaign({ provinceId: 'lang-son', rules: own }),
      units: [UNIT],
      members: [{ email: userOf(UNIT.id), role: 'unit', unitIds: [UNIT.id] }],
    });
    expect(saved.status).toBe(200);
    const status = await admin<CampaignStatusResponse>('campaignStatus', { campaignId: 'c-province' });
    expect(status.body.rules).toEqual({
      provinceId: 'lang-son',
      rules: {
        requiredFields: ['phone'],
        allowedAwards: ['LDTT', 'CSTD_CS'],
        checkEligibility: false,
        thresholds: { 'CSTD_CS.initiatives': 1, 'CSTD_TINH.consecutiveYears': 2 },
      },
      sources: expect.objectContaining({
        requiredFields: 'province',
        allowedAwards: 'province',
        checkEligibility: 'campaign',
        evaluationYear: 'default',
        'thresholds.CSTD_TINH.consecutiveYears': 'campaign',
        'thresholds.CSTD_CS.initiatives': 'province',
      }),
    });
    const grid = individualGrid(2);
    (grid.rows[1] as unknown[])[6] = 'Chiến sĩ thi đua tỉnh';
    const checked = await post<ValidateRowsResponse>(
      stack.url,
      'validateRows',
      { campaignId: 'c-province', unitId: UNIT.id, kind: 'individual', grid },
      { user: userOf(UNIT.id) },
    );
    const codes = checked.body.issues.map((i) => `${i.code}@${i.field}`);
    expect(codes).toContain('header.missingRequired@phone');
    expect(codes).toContain('award.notAllowed@award');
  });

  it('lets the campaign override a whole rule, e.g. its own award subset', async () => {
    await admin('adminCampaign', {
      campaignId: 'c-province',
      campaign: campaign({ provinceId: 'lang-son', awards: ['CSTD_TINH'] }),
    });
    const status = await admin<CampaignStatusResponse>('campaignStatus', { campaignId: 'c-province' });
    expect(status.body.rules?.rules.allowedAwards).toEqual(['CSTD_TINH']);
    expect(status.body.rules?.sources.allowedAwards).toBe('campaign');
    expect(status.body.rules?.sources.requiredFields).toBe('province');
  });
});
