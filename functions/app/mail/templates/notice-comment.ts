// "Ý kiến về danh sách công khai": a comment a visitor sent on the campaign's public notice page, to the board.
// Everything in it was typed by an anonymous visitor: it is escaped (layout helpers) and kept on single lines
// where a header needs it (subject()).
import { formatDateTime, outwardMail } from '../format';
import { paragraph, paragraphHtml, shell, strong } from '../layout';
import type { RenderedMail } from '../ports';
import { subject, textBody, textSection } from '../text';

export interface NoticeCommentView {
  campaignName: string;
  /** The nominee the comment is about, as listed; absent: the list as a whole. */
  nomineeName?: string;
  name?: string;
  contact?: string;
  text: string;
  receivedAt: string;
  timeZone: string;
}

export function renderNoticeComment(view: NoticeCommentView): RenderedMail {
  const about = view.nomineeName ?? 'cả danh sách';
  const title = subject([`Ý kiến công khai về ${about}`, view.campaignName]);
  return outwardMail({ subject: title, html: commentHtml(view, about), text: commentText(view, about) });
}

function sender(view: NoticeCommentView): string {
  const who = view.name ?? 'Người gửi không ghi tên';
  return view.contact ? `${who} (liên hệ: ${view.contact})` : who;
}

function commentHtml(view: NoticeCommentView, about: string): string {
  const body = [
    paragraphHtml(
      `Một ý kiến về ${strong(about)} vừa được gửi qua trang công khai danh sách lúc ${strong(formatDateTime(view.receivedAt, view.timeZone))}.`,
    ),
    paragraphHtml(`Người gửi: ${strong(sender(view))}`),
    ...view.text.split(/\r?\n/).map((line) => paragraph(line)),
    paragraph('Danh sách mọi ý kiến: chức năng noticeComments của đợt.'),
  ];
  return shell(`Ý kiến công khai – ${view.campaignName}`, about, body.join(''));
}

function commentText(view: NoticeCommentView, about: string): string {
  return textBody([
    `Một ý kiến về ${about} vừa được gửi qua trang công khai danh sách lúc ${formatDateTime(view.receivedAt, view.timeZone)} (${view.campaignName}).`,
    `Người gửi: ${sender(view)}`,
    textSection('Nội dung', view.text.split(/\r?\n/)),
    'Danh sách mọi ý kiến: chức năng noticeComments của đợt.',
  ]);
}
