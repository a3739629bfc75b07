import { describe, expect, it } from 'vitest';
import { renderReceipt } from '../../../../../functions/app/mail/templates/receipt';
import { receiptView, XSS_NAME } from '../support/views';
import { expectMailSafe } from './templates.helpers';

describe('receipt', () => {
  const mail = renderReceipt(receiptView());

  it('gives version, counts, cell-referenced errors and the deadline', () => {
    expect(mail.subject).toBe(
      'Biên nhận phiên bản 3 – UBND xã Đồng Đăng – Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    );
    expect(mail.html).toContain('Cá nhân!F12: Số CCCD thiếu số 0 ở đầu');
    expect(mail.html).toContain('15/12/2026');
    expect(mail.text).toContain('Đã nhận 4 dòng: 2 hợp lệ, 2 lỗi, 1 cảnh báo. Hạn chót: 15/12/2026.');
    expect(mail.text).toContain('Cá nhân!D13: Năm sinh không khớp với số CCCD');
  });

  it('lists errors before warnings', () => {
    expect(mail.text.indexOf('Cá nhân!D13')).toBeLessThan(mail.text.indexOf('Cá nhân!H14'));
  });

  it('masks every CCCD and escapes user values', () => {
    expect(mail.html).toContain('0201******45');
    expect(mail.html).not.toContain('020186004545');
    expect(mail.text).not.toContain('020186004545');
    expect(mail.html).not.toContain(XSS_NAME);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expectMailSafe(mail);
  });

  it('caps the number of issues listed and says how many more', () => {
    const issues = Array.from({ length: 60 }, (_, i) => ({
      ref: `Cá nhân!F${i + 10}`,
      message: 'Thiếu họ tên',
      severity: 'error' as const,
    }));
    const long = renderReceipt(receiptView({ issues, maxIssues: 50 }));
    expect(long.html).toContain('… và 10 mục khác');
    expect(long.html).not.toContain('Cá nhân!F60');
  });

  it('thanks the unit when there is nothing to fix', () => {
    expect(renderReceipt(receiptView({ issues: [] })).html).toContain(
      'Danh sách không có lỗi. Cảm ơn đơn vị!',
    );
  });
});
