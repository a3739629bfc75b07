import { describe, expect, it } from 'vitest';
import { json, jsonRoutes } from '../../../fakes/apps-script/url-fetch';
import { addon } from '../../support/world';

const status = {
  campaignId: 'ls-dhtt-2026',
  title: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
  deadline: '2026-05-31T17:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  daysToDeadline: 12,
  open: true,
  units: [
    {
      unitId: 'so-y-te',
      name: 'Sở Y tế',
      kind: 'department',
      status: 'not_submitted',
      latestVersion: null,
      submittedAt: null,
      versions: 0,
      rows: 0,
      validRows: 0,
      errorRows: 0,
      errors: 0,
      warnings: 0,
      onTime: null,
    },
  ],
  totals: { units: 1, notSubmitted: 1, withErrors: 0, clean: 0, reviewed: 0, onTime: 0, onTimeRate: 0 },
};

describe('Kết nối chiến dịch…', () => {
  it('asks campaign, unit and URL, stores them in document properties and confirms with the server', async () => {
    const a = await addon({ fetch: jsonRoutes({ campaignStatus: () => json(200, status) }) });
    a.ui.promptAnswers.push(['OK', 'ls-dhtt-2026'], ['OK', ' so-y-te '], ['OK', 'https://fn.example.test/']);
    a.call('menuConnectCampaign');
    expect(a.properties.document.getProperties()).toMatchObject({
      'tonvinh.campaignId': 'ls-dhtt-2026',
      'tonvinh.unitId': 'so-y-te',
      'tonvinh.functionsUrl': 'https://fn.example.test',
    });
    expect(a.urlFetch.requests[0]?.url).toBe('https://fn.example.test/campaignStatus');
    expect(a.ui._alerts().at(-1)).toContain('Đơn vị: Sở Y tế');
    expect(a.ui._alerts().at(-1)).toContain('Còn 12 ngày đến hạn nộp.');
  });

  it('keeps current values on empty answers, stops on cancel, rejects bad ids and plain-http hosts', async () => {
    const a = await addon({ fetch: jsonRoutes({ campaignStatus: () => json(200, status) }) });
    a.ui.promptAnswers.push(['OK', 'ls-dhtt-2026'], ['CANCEL', '']);
    a.call('menuConnectCampaign');
    expect(a.properties.document.getKeys()).toEqual([]);
    a.ui.promptAnswers.push(['OK', 'chiến dịch 1'], ['OK', 'so-y-te'], ['OK', 'https://fn.example.test']);
    a.call('menuConnectCampaign');
    expect(a.ui._alerts().at(-1)).toContain('Mã chiến dịch không hợp lệ');
    a.ui.promptAnswers.push(['OK', 'ls-dhtt-2026'], ['OK', 'so-y-te'], ['OK', 'http://fn.example.test']);
    a.call('menuConnectCampaign');
    expect(a.ui._alerts().at(-1)).toContain('Địa chỉ máy chủ không hợp lệ');
    expect(a.properties.document.getKeys()).toEqual([]);
    a.ui.promptAnswers.push(['OK', 'ls-dhtt-2026'], ['OK', 'so-y-te'], ['OK', 'https://fn.example.test']);
    a.call('menuConnectCampaign');
    a.ui.promptAnswers.push(['OK', ''], ['OK', 'so-giao-duc'], ['OK', '']);
    a.call('menuConnectCampaign');
    expect(a.properties.document.getProperty('tonvinh.campaignId')).toBe('ls-dhtt-2026');
    expect(a.properties.document.getProperty('tonvinh.unitId')).toBe('so-giao-duc');
    expect(a.ui.dialogs.filter((d) => d.kind === 'prompt').at(-1)?.message).toContain(
      'Đang dùng: https://fn.example.test',
    );
  });

  it('saves the link even when the server cannot confirm it, and says so', async () => {
    const a = await addon({
      fetch: jsonRoutes({
        campaignStatus: () =>
          json(404, {
            error: {
              code: 'UNIT_NOT_IN_CAMPAIGN',
              message: 'Đơn vị không có trong danh sách đơn vị tham gia đợt này.',
            },
          }),
      }),
    });
    a.ui.promptAnswers.push(['OK', 'ls-dhtt-2026'], ['OK', 'so-la'], ['OK', 'https://fn.example.test']);
    a.call('menuConnectCampaign');
    expect(a.properties.document.getProperty('tonvinh.unitId')).toBe('so-la');
    expect(a.ui._alerts().at(-1)).toContain('máy chủ chưa xác nhận được');
    expect(a.ui._alerts().at(-1)).toContain('Đơn vị không có trong danh sách');
  });
});
