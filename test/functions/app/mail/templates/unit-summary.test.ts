import { describe, expect, it } from 'vitest';
import { renderUnitSummary } from '../../../../../functions/app/mail/templates/unit-summary';
import { unitSummaryView, XSS_NAME } from '../support/views';
import { expectMailSafe } from './templates.helpers';

describe('unit summary', () => {
  const mail = renderUnitSummary(unitSummaryView());

  it('shows nominees with status, duplicates, returned notes and what to fix', () => {
    expect(mail.subject).toBe(
      'Kết quả tổng hợp lần 2 – Sở Giáo dục và Đào tạo – Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    );
    expect(mail.html).toContain('Đã đưa vào danh sách');
    expect(mail.html).toContain('UBND phường Kỳ Lừa');
    expect(mail.html).toContain('Thiếu quyết định công nhận sáng kiến cấp cơ sở');
    expect(mail.html).toContain('Cá nhân!F9: Số CCCD thiếu số 0 ở đầu');
    expect(mail.text).toContain('Hà Văn Đức: Thiếu quyết định công nhận sáng kiến cấp cơ sở');
  });

  it('masks CCCD and escapes names', () => {
    expect(mail.html).toContain('0201******45');
    expect(mail.html).not.toContain(XSS_NAME);
    expectMailSafe(mail);
  });
});
