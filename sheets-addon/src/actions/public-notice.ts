// The board's "Công khai danh sách" items (issue 15): "Mở trang công khai" shows the public page's address and the
// notice period stored for the campaign; "Tải ý kiến góp ý" downloads the comments sent on the page (noticeComments)
// into the "Ý kiến công khai" tab, newest first, the tab rewritten whole each time.

import { campaignNotice, noticeComments } from '../api/notice-api';
import { COMMENTS_TAB, commentRows, noticePageUrl, noticePeriodText } from '../core/notice-view';
import { readSettings, requireConnection } from '../settings/document-settings';
import { writeCommentsTab } from '../sheet/notice-tab';
import { toast } from '../sheet/spreadsheet';
import { showDialog } from '../ui/sidebar';

export const NOTICE_TITLES = {
  page: 'Mở trang công khai',
  comments: 'Tải ý kiến góp ý',
} as const;

export interface NoticePagePayload {
  title: string;
  intro: string;
  folderUrl: string;
  links: Array<{ label: string; url: string; note: string }>;
}

export function showNoticePage(): NoticePagePayload {
  const current = requireConnection(readSettings());
  const campaign = campaignNotice(current);
  const url = noticePageUrl(current.functionsUrl, current.campaignId);
  const payload: NoticePagePayload = {
    title: `Trang công khai – ${campaign.title}`,
    intro: noticePeriodText(campaign.notice, new Date()),
    folderUrl: '',
    links: [{ label: url, url, note: 'gửi địa chỉ này cho cơ quan, đơn vị và nhân dân' }],
  };
  showDialog('SidebarLinks', NOTICE_TITLES.page, payload);
  return payload;
}

export interface CommentsResult {
  tab: string;
  comments: number;
}

export function downloadNoticeComments(): CommentsResult {
  const current = requireConnection(readSettings());
  const answer = noticeComments(current);
  writeCommentsTab(commentRows(answer.comments));
  const count = answer.comments.length;
  toast(
    count === 0 ? 'Chưa có ý kiến nào.' : `Đã tải ${count} ý kiến vào trang “${COMMENTS_TAB}”.`,
    NOTICE_TITLES.comments,
  );
  return { tab: COMMENTS_TAB, comments: count };
}
