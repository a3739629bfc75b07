import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../../../functions/app/mail/templates/digest';
import { digestView, XSS_NAME } from '../support/views';
import { expectMailSafe } from './templates.helpers';

describe('weekly digest', () => {
  const view = digestView();
  const mail = renderDigest(view);

  it('puts missing units first, then units with errors, then clean ones', () => {
    const missing = mail.html.indexOf('Chưa nộp (2)');
    const errors = mail.html.indexOf('Còn lỗi (2)');
    const clean = mail.html.indexOf('Hợp lệ (4)');
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(errors);
    expect(errors).toBeLessThan(clean);
  });

  it('shows on-time rate, changes, duplicates, over-quota units and days to deadline', () => {
    expect(mail.subject).toBe('Bản tin tuần 2026-W47 – Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI');
    expect(mail.html).toContain('62,5%');
    expect(mail.html).toContain('Thêm 12, bớt 2, sửa 4.');
    expect(mail.html).toContain('Trùng lặp chờ xem xét (2 nhóm)');
    expect(mail.html).toContain('Đơn vị vượt chỉ tiêu');
    expect(mail.html).toContain('còn 29 ngày (hạn 15/12/2026)');
    expect(mail.text).toContain('Nộp đúng hạn: 62,5%');
  });

  it('draws bars as table cells with percentage widths proportional to the figures', () => {
    expect(mail.html).toContain('width="54%"');
    expect(mail.html).toContain('width="74%"');
    expect(mail.html).toContain('width="25%" height="22"');
    expect(mail.html).toContain('38 (54,3%)');
  });

  it('says so in the first week and escapes unit names', () => {
    expect(renderDigest({ ...view, changes: null }).html).toContain('Tuần đầu tiên');
    expect(mail.html).not.toContain(XSS_NAME);
    expectMailSafe(mail);
  });
});
