// adminCampaign over HTTP: partial updates keep the other fields, and every refusal names its field by path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { AdminCampaignResponse } from '../../shared/api/admin-campaign';
import type { ErrorBody } from '../../shared/api/error-body';
import { BOARD, CAMPAIGN } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
});

afterAll(async () => {
  await stack.close();
});

const admin = <T>(body: unknown) => post<T>(stack.url, 'adminCampaign', body, { user: BOARD });

describe('adminCampaign partial updates', () => {
  it('updates only the field sent and keeps the rest', async () => {
    const before = await stack.services.campaigns.getCampaign(CAMPAIGN);
    const response = await admin<AdminCampaignResponse>({
      campaignId: CAMPAIGN,
      campaign: { graceMinutes: 90 },
    });
    expect(response.status).toBe(200);
    expect(response.body.updatedFields).toEqual(['graceMinutes']);
    const after = await stack.services.campaigns.getCampaign(CAMPAIGN);
    expect(after?.graceMinutes).toBe(90);
    expect({ ...after, graceMinutes: before?.graceMinutes, updatedAt: '' }).toEqual({
      ...before,
      updatedAt: '',
    });
  });

  it('sets and clears an optional field (null removes it)', async () => {
    await admin({ campaignId: CAMPAIGN, campaign: { masterSpreadsheetId: 'abcdefghij_12345' } });
    expect((await stack.services.campaigns.getCampaign(CAMPAIGN))?.masterSpreadsheetId).toBe(
      'abcdefghij_12345',
    );
    const cleared = await admin<AdminCampaignResponse>({
      campaignId: CAMPAIGN,
      campaign: { masterSpreadsheetId: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.campaign.masterSpreadsheetId).toBeUndefined();
  });

  it('refuses an unknown award code, naming the field', async () => {
    const response = await admin<ErrorBody>({
      campaignId: CAMPAIGN,
      campaign: { awards: ['LDTT', 'KHONG-CO'] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_REQUEST');
    expect(response.body.error.detail?.fields).toEqual([
      { path: ['campaign', 'awards', 1], message: 'Mã hình thức khen thưởng không có trong danh mục.' },
    ]);
  });

  it('names every offending field of units and unknown campaign fields', async () => {
    const response = await admin<ErrorBody>({
      campaignId: CAMPAIGN,
      campaign: { titel: 'x', deadline: '30/06/2026' },
      units: [
        { id: 'so-y-te', name: 'Sở Y tế', kind: 'department' },
        { id: 'x-moi', name: '', kind: 'xa' },
      ],
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.detail?.fields?.map((f) => f.path.join('.'));
    const kind = response.body.error.detail?.fields?.find((f) => f.path.join('.') === 'units.1.kind');
    expect(kind?.message).toContain('chọn một trong: department');
    expect(paths).toEqual(
      expect.arrayContaining(['campaign.titel', 'campaign.deadline', 'units.1.name', 'units.1.kind']),
    );
    for (const field of response.body.error.detail?.fields ?? [])
      expect(field.message).toBe(field.message.normalize('NFC'));
  });

  it('names the required fields missing when creating a campaign', async () => {
    const response = await admin<ErrorBody>({ campaignId: 'dot-moi-2026', campaign: { title: 'Đợt mới' } });
    expect(response.status).toBe(400);
    expect(response.body.error.detail?.fields).toEqual([
      { path: ['campaign', 'eventKind'], message: 'Thiếu thông tin bắt buộc.' },
      { path: ['campaign', 'deadline'], message: 'Thiếu thông tin bắt buộc.' },
    ]);
    expect(await stack.services.campaigns.getCampaign('dot-moi-2026')).toBeNull();
  });
});
