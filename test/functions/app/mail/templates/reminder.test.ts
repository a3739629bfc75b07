import { describe, expect, it } from 'vitest';
import { renderReminder } from '../../../../../functions/app/mail/templates/reminder';
import { reminderView } from '../support/views';
import { expectMailSafe } from './templates.helpers';

describe('reminder', () => {
  it('reminds a unit that has not submitted, with days left', () => {
    const mail = renderReminder(reminderView());
    expect(mail.subject).toContain('Nhắc hạn nộp danh sách – UBND xã Bắc Sơn');
    expect(mail.html).toContain('Ban chưa nhận được danh sách đề nghị của đơn vị.');
    expect(mail.text).toContain('còn 3 ngày (hạn 15/12/2026)');
    expectMailSafe(mail);
  });

  it('lists the cells to fix for a unit with errors', () => {
    const issues = [{ ref: 'Cá nhân!F12', message: 'Số CCCD thiếu số 0 ở đầu', severity: 'error' as const }];
    const mail = renderReminder(reminderView({ state: 'errors', errors: 1, issues, daysLeft: 1 }));
    expect(mail.html).toContain('Danh sách đơn vị đã gửi còn 1 lỗi cần sửa.');
    expect(mail.text).toContain('Cá nhân!F12: Số CCCD thiếu số 0 ở đầu');
  });

  it('after the deadline says it is overdue', () => {
    const mail = renderReminder(reminderView({ daysLeft: -2 }));
    expect(mail.subject).toMatch(/^Quá hạn nộp danh sách/);
    expect(mail.text).toContain('đã quá hạn 2 ngày (hạn 15/12/2026)');
  });
});
