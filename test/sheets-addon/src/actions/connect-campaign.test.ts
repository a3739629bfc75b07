import { describe, expect, it } from 'vitest';
import { readRecording, replayRoutes } from '../../support/recordings';
import { addon } from '../../support/world';

const recorded = readRecording('campaignStatus', 'unit').body as {
  daysToDeadline: number;
  units: Array<{ name: string }>;
};

describe('Kết nối chiến dịch…', () => {
  it('asks campaign, unit and URL, stores them in document properties and confirms with the server', async () => {
    const a = await addon({ fetch: replayRoutes({ campaignStatus: 'unit' }) });
    a.ui.promptAnswers.push(['OK', 'ls-dhtt-2026'], ['OK', ' so-y-te '], ['OK', 'https://fn.example.test/']);
    a.call('menuConnectCampaign');
    expect(a.properties.document.getProperties()).toMatchObject({
      'tonvinh.campaignId': 'ls-dhtt-2026',
      'tonvinh.unitId': 'so-y-te',
      'tonvinh.functionsUrl': 'https://fn.example.test',
    });
    expect(a.urlFetch.requests[0]?.url).toBe('https://fn.example.test/campaignStatus');
    expect(a.ui._alerts().at(-1)).toContain(`Đơn vị: ${recorded.units[0]?.name}`);
    expect(a.ui._alerts().at(-1)).toContain(`Còn ${recorded.daysToDeadline} ngày đến hạn nộp.`);
  });

  it('keeps current values on empty answers, stops on cancel, rejects bad ids and plain-http hosts', async () => {
    const a = await addon({ fetch: replayRoutes({ campaignStatus: 'unit' }) });
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
    const a = await addon({ fetch: replayRoutes({ campaignStatus: 'unknown-campaign' }) });
    a.ui.promptAnswers.push(['OK', 'khong-co-2026'], ['OK', 'so-y-te'], ['OK', 'https://fn.example.test']);
    a.call('menuConnectCampaign');
    expect(a.properties.document.getProperty('tonvinh.campaignId')).toBe('khong-co-2026');
    expect(a.ui._alerts().at(-1)).toContain('máy chủ chưa xác nhận được');
    const refused = readRecording('campaignStatus', 'unknown-campaign').body as {
      error: { message: string };
    };
    expect(a.ui._alerts().at(-1)).toContain(refused.error.message);
  });
});
