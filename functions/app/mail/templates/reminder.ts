// Reminder to a unit that has not submitted or whose list still has errors, N days before the deadline and once
// after it has passed.

import { outwardMail } from '../format';
import { COLORS, heading, list, paragraph, paragraphHtml, shell, strong } from '../layout';
import type { RenderedMail } from '../ports';
import { deadlinePhrase, issueText, limitIssues, subject, textBody, textSection } from '../text';
import type { ReminderView } from '../views';

export function renderReminder(view: ReminderView): RenderedMail {
  const lead = view.daysLeft < 0 ? 'Quá hạn nộp danh sách' : 'Nhắc hạn nộp danh sách';
  const title = subject([
    lead,
    view.unitName,
    `${view.campaignName} (${deadlinePhrase(view.deadline, view.daysLeft)})`,
  ]);
  return outwardMail({ subject: title, html: reminderHtml(view, lead), text: reminderText(view) });
}

function situation(view: ReminderView): string {
  if (view.state === 'missing') return 'Ban chưa nhận được danh sách đề nghị của đơn vị.';
  return `Danh sách đơn vị đã gửi còn ${view.errors} lỗi cần sửa.`;
}

function reminderHtml(view: ReminderView, lead: string): string {
  const { shown, more } = limitIssues(view.issues, 20);
  const color = view.daysLeft < 0 ? COLORS.bad : COLORS.brand;
  const body = [
    paragraphHtml(`Kính gửi ${strong(view.unitName)},`),
    paragraph(situation(view)),
    paragraphHtml(`Hạn chót: ${strong(deadlinePhrase(view.deadline, view.daysLeft), color)}.`),
    ...(shown.length > 0
      ? [
          heading('Các ô cần sửa'),
          list([...shown.map(issueText), ...(more > 0 ? [`… và ${more} mục khác`] : [])]),
        ]
      : []),
    paragraph(
      'Đơn vị mở trang tính, sửa các ô được đánh dấu rồi chọn “Nộp danh sách” trong menu “Thi đua – Khen thưởng”.',
    ),
  ];
  return shell(`${lead} – ${view.campaignName}`, situation(view), body.join(''));
}

function reminderText(view: ReminderView): string {
  const { shown, more } = limitIssues(view.issues, 20);
  return textBody([
    `Kính gửi ${view.unitName},`,
    `${situation(view)} ${view.campaignName}: ${deadlinePhrase(view.deadline, view.daysLeft)}.`,
    shown.length > 0
      ? textSection('Các ô cần sửa', [
          ...shown.map(issueText),
          ...(more > 0 ? [`… và ${more} mục khác`] : []),
        ])
      : '',
    'Đơn vị mở trang tính, sửa các ô được đánh dấu rồi chọn “Nộp danh sách” trong menu “Thi đua – Khen thưởng”.',
  ]);
}
