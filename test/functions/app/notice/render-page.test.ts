// The public notice page as a string: every campaign, unit, nominee and visitor value escaped in text and in
// attributes, no script of any kind, a Content-Security-Policy that allows none, and only the public columns.
import { describe, expect, it } from 'vitest';
import {
  NOTICE_CSP,
  type NoticeView,
  renderMessagePage,
  renderNoticePage,
} from '../../../../functions/app/notice/render-page';
import { clientAddress } from '../../../../functions/handlers/public-notice';

const EVIL = `<script>alert(1)</script>"'&<img src=x onerror=alert(2)>`;
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;&lt;img src=x onerror=alert(2)&gt;';

function view(over: Partial<NoticeView> = {}): NoticeView {
  return {
    campaignTitle: `Hội nghị ${EVIL}`,
    title: `Công khai ${EVIL}`,
    intro: `Dòng 1\nDòng 2 ${EVIL}`,
    from: '2026-12-01T00:00:00+07:00',
    to: '2026-12-11T00:00:00+07:00',
    timeZone: 'Asia/Ho_Chi_Minh',
    rows: [
      {
        index: 1,
        nomineeId: `n-1"><x ${EVIL}`,
        kindLabel: 'Cá nhân',
        name: `Nguyễn ${EVIL}`,
        position: `Trưởng phòng ${EVIL}`,
        unitName: `Sở ${EVIL}`,
        awardLabel: `Bằng khen ${EVIL}`,
      },
      {
        index: 2,
        nomineeId: 'n-2',
        kindLabel: 'Tập thể',
        name: 'Phòng Y tế',
        unitName: 'UBND xã',
        awardLabel: 'Giấy khen',
      },
    ],
    total: 2,
    page: 1,
    pages: 1,
    selfPath: '?campaignId=c-1',
    form: {
      status: 'invalid',
      values: { name: EVIL, contact: EVIL, nomineeId: 'n-2', text: `</textarea>${EVIL}` },
    },
    limits: { name: 200, contact: 200, text: 4000 },
    ...over,
  };
}

describe('renderNoticePage', () => {
  it('escapes every value in text, attributes, options and the refused form; no script or handler survives', () => {
    const html = renderNoticePage(view());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<x /);
    expect(html).not.toContain('</textarea><');
    expect(html.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(10);
    expect(html).toContain(`value="n-1&quot;&gt;&lt;x ${ESCAPED}"`);
    expect(html).toContain('<option value="n-2" selected>');
    expect(html).toContain(`&lt;/textarea&gt;${ESCAPED}</textarea>`);
    expect(html).toContain('Thời gian công khai: từ 01/12/2026 00:00 đến 11/12/2026 00:00');
  });

  it('is a Vietnamese, phone-ready page with the public columns only', () => {
    const html = renderNoticePage(view({ form: { status: 'blank' } }));
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    for (const column of ['STT', 'Họ tên / tập thể', 'Chức vụ', 'Đơn vị', 'Hình thức khen thưởng', 'Loại'])
      expect(html).toContain(`<th>${column}</th>`);
    expect(html).not.toMatch(/CCCD|Ngày sinh|Điện thoại<\/th>|Dân tộc/);
    expect(html).toContain('name="website"');
    expect(html).toContain('required maxlength="4000"');
    expect(html).not.toContain('role="alert"');
  });

  it('shows the confirmation after a comment, and pages with links', () => {
    const html = renderNoticePage(view({ form: { status: 'sent' }, page: 2, pages: 3 }));
    expect(html).toContain('Ý kiến đã được gửi tới Ban Thi đua – Khen thưởng');
    expect(html).toContain('<a href="?campaignId=c-1&amp;page=1">1</a> <span>[2]</span>');
  });

  it('renders a message page escaped, and the policy allows no script, no resource, no framing', () => {
    const html = renderMessagePage(`Tiêu đề ${EVIL}`, `Nội dung ${EVIL}`);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain(`Nội dung ${ESCAPED}`);
    expect(NOTICE_CSP).toContain("default-src 'none'");
    expect(NOTICE_CSP).not.toContain('script-src');
    expect(NOTICE_CSP).toContain("frame-ancestors 'none'");
    expect(NOTICE_CSP).toContain("form-action 'self'");
  });
});

describe('clientAddress', () => {
  it('takes the X-Forwarded-For entry the front end appended (the last, or before trusted proxies)', () => {
    expect(clientAddress('203.0.113.7', '10.0.0.1')).toBe('203.0.113.7');
    expect(clientAddress('1.1.1.1, 203.0.113.7', '10.0.0.1')).toBe('203.0.113.7');
    expect(clientAddress('1.1.1.1, 203.0.113.7, 35.191.0.1', undefined, 1)).toBe('203.0.113.7');
    expect(clientAddress('', '127.0.0.1')).toBe('127.0.0.1');
    expect(clientAddress(' , ', undefined)).toBe('unknown');
  });
});
