// Pure: what the board's "Công khai danh sách" items show and write. The public page's address (the functions URL
// + /publicNotice?campaignId=…), the notice period in Việt Nam time, and the rows of the "Ý kiến công khai" tab
// (newest first). Việt Nam keeps UTC+7 all year (no daylight saving), so times are shifted, not looked up.
import type { NoticeCommentsResponse, PublicNoticeConfig } from '../../../shared/api/public-notice';

export const COMMENTS_TAB = 'Ý kiến công khai';

export const COMMENT_HEADER = ['Thời gian', 'Về trường hợp', 'Người gửi', 'Liên hệ', 'Nội dung'] as const;

/** "Về trường hợp" of a comment on the list as a whole. */
export const WHOLE_LIST = 'Cả danh sách';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

export type NoticeComment = NoticeCommentsResponse['comments'][number];

export function noticePageUrl(functionsUrl: string, campaignId: string): string {
  return `${functionsUrl.replace(/\/+$/, '')}/publicNotice?campaignId=${encodeURIComponent(campaignId)}`;
}

/** "dd/mm/yyyy hh:mm" in Việt Nam time; the text as given when it is not an instant. */
export function vietnamTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const iso = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** The period and where it stands at `now`: not begun, open, ended, or not set. */
export function noticePeriodText(notice: PublicNoticeConfig | undefined, now: Date): string {
  if (!notice)
    return 'Đợt chưa đặt thời gian công khai: điền “Công khai danh sách từ” và “Công khai đến” ở trang thiết lập rồi chọn “Lưu thiết lập”.';
  const period = `Thời gian công khai: từ ${vietnamTime(notice.from)} đến ${vietnamTime(notice.to)} (giờ Việt Nam).`;
  const at = now.getTime();
  if (at < Date.parse(notice.from))
    return `${period} Trang chưa mở: người xem sẽ thấy thông báo chưa đến thời gian công khai.`;
  if (at >= Date.parse(notice.to))
    return `${period} Thời gian công khai đã kết thúc: trang không còn hiện danh sách.`;
  return `${period} Trang đang mở cho mọi người, không cần đăng nhập.`;
}

/** The tab's rows (header first), newest comment first; every cell a string. */
export function commentRows(comments: readonly NoticeComment[]): string[][] {
  const sorted = [...comments].sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
  return [
    [...COMMENT_HEADER],
    ...sorted.map((c) => [
      vietnamTime(c.receivedAt),
      c.nomineeName ?? (c.nomineeId ? c.nomineeId : WHOLE_LIST),
      c.name ?? '',
      c.contact ?? '',
      c.text,
    ]),
  ];
}
