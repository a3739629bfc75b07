// The board's "Công khai danh sách" items against recorded answers of the real functions: the public page's address
// and period (adminCampaign read back), and the comments (noticeComments) written into "Ý kiến công khai".
import { describe, expect, it } from 'vitest';
import type { PublicNoticeConfig } from '../../../../shared/api/public-notice';
import { readRecording, replayRoutes } from '../../support/recordings';
import { addon, CAMPAIGN, connect } from '../../support/world';

interface LinksPayload {
  title: string;
  intro: string;
  links: Array<{ label: string; url: string }>;
}

interface Comment {
  receivedAt: string;
  name?: string;
  contact?: string;
  nomineeName?: string;
  text: string;
}

/** dd/mm/yyyy hh:mm in Asia/Ho_Chi_Minh, computed with Intl (independent of the add-on's arithmetic). */
function vietnam(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

describe('Công khai danh sách (board)', () => {
  it('"Mở trang công khai" shows the page address from the connection and the period stored for the campaign', async () => {
    const recorded = readRecording('adminCampaign', 'read');
    const notice = (recorded.body as { campaign: { publicNotice: PublicNoticeConfig } }).campaign
      .publicNotice;
    const a = await addon({ fetch: replayRoutes({ adminCampaign: 'read' }) });
    connect(a, 'https://asia-southeast1-demo.cloudfunctions.net');
    a.call('menuOpenPublicNotice');
    expect(a.urlFetch._posted('adminCampaign')).toEqual([recorded.request.body]);
    const [modal] = a.ui.modals;
    expect(modal?.title).toBe('Mở trang công khai');
    const payload = modal?.output._payload<LinksPayload>();
    expect(payload?.links.map((l) => l.url)).toEqual([
      `https://asia-southeast1-demo.cloudfunctions.net/publicNotice?campaignId=${CAMPAIGN}`,
    ]);
    expect(payload?.intro).toContain(
      `Thời gian công khai: từ ${vietnam(notice.from)} đến ${vietnam(notice.to)} (giờ Việt Nam).`,
    );
    expect(a.ui._alerts()).toEqual([]);
  });

  it('"Tải ý kiến góp ý" rewrites the tab whole: newest first, Việt Nam time, every value plain text', async () => {
    const recorded = readRecording('noticeComments', 'comments');
    const comments = (recorded.body as { comments: Comment[] }).comments;
    expect(comments.length).toBeGreaterThanOrEqual(2);
    const a = await addon({ fetch: replayRoutes({ noticeComments: 'comments' }) });
    connect(a);
    const old = a.spreadsheet.insertSheet('Ý kiến công khai');
    old._fill(Array.from({ length: 6 }, (_, i) => [`cũ ${i}`, 'x', 'x', 'x', 'x', 'thừa']));
    a.call('menuDownloadNoticeComments');
    expect(a.urlFetch._posted('noticeComments')).toEqual([recorded.request.body]);
    const tab = a.spreadsheet._sheet('Ý kiến công khai');
    const newest = [...comments].sort((x, y) => Date.parse(y.receivedAt) - Date.parse(x.receivedAt));
    expect(tab._values).toEqual([
      ['Thời gian', 'Về trường hợp', 'Người gửi', 'Liên hệ', 'Nội dung'],
      ...newest.map((c) => [
        vietnam(c.receivedAt),
        c.nomineeName ?? 'Cả danh sách',
        c.name ?? '',
        c.contact ?? '',
        c.text,
      ]),
    ]);
    const formula = newest.findIndex((c) => c.text.startsWith('='));
    expect(formula).toBeGreaterThanOrEqual(0);
    expect(tab._formats[formula + 1]?.[4]).toBe('@');
    expect(tab._formulas).toEqual([]);
    expect(tab._values.flat().every((v) => typeof v === 'string')).toBe(true);
    expect(tab._frozenRows).toBe(1);
    expect(a.spreadsheet._toasts.at(-1)?.message).toBe(
      `Đã tải ${comments.length} ý kiến vào trang “Ý kiến công khai”.`,
    );
  });
});
