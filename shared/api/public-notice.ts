// Public notice ("công khai danh sách đề nghị khen thưởng"): the campaign's notice period and what the public page
// shows, the comment form the public sends, and noticeComments (board only), which lists what was sent.
// The length of the notice period the law asks for is NOT stated in our domain reference: it is the board's setting.
import { z } from 'zod';
import { campaignIdSchema } from './ids';
import { nomineeReviewStateSchema } from './master-entries';

/** The campaign's public notice (adminCampaign `campaign.publicNotice`). */
export const publicNoticeSchema = z
  .object({
    /** ISO 8601 instants with offset: the page is public from `from` (inclusive) to `to` (exclusive). */
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    /** Review states of the entries listed; default ["approved"] (đã duyệt). */
    states: z.array(nomineeReviewStateSchema).min(1).max(5).default(['approved']),
    /** Heading of the page; default "Công khai danh sách đề nghị khen thưởng". */
    title: z.string().trim().min(1).max(300).optional(),
    /** A paragraph under the heading (plain text; line breaks kept). */
    intro: z.string().trim().min(1).max(3000).optional(),
  })
  .refine((n) => Date.parse(n.from) < Date.parse(n.to), {
    message: 'Thời điểm kết thúc công khai phải sau thời điểm bắt đầu.',
    path: ['to'],
  });

export type PublicNoticeConfig = z.output<typeof publicNoticeSchema>;

/** Bounds of the public comment form (characters, after trimming). */
export const NOTICE_COMMENT_LIMITS = {
  name: 200,
  contact: 200,
  text: 4000,
  /** The form body as sent (bytes); a larger body is refused before it is parsed. */
  bodyBytes: 32 * 1024,
} as const;

/** Entries per page of the public list (?page=N, 1-based). */
export const NOTICE_PAGE_SIZE = 200;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : value));

/** The public comment form, as its fields arrive (application/x-www-form-urlencoded). */
export const noticeCommentFormSchema = z.object({
  name: optionalText(NOTICE_COMMENT_LIMITS.name),
  contact: optionalText(NOTICE_COMMENT_LIMITS.contact),
  /** A nomineeId of the listed entries; empty: a comment on the list as a whole. */
  nomineeId: optionalText(100),
  text: z.string().trim().min(1).max(NOTICE_COMMENT_LIMITS.text),
  /** Honeypot: hidden from people; a filled value marks a robot (accepted silently, never stored). */
  website: z.string().max(500).optional(),
});

export type NoticeCommentForm = z.output<typeof noticeCommentFormSchema>;

/** A stored public comment. The sender's address is never stored, only its salted hash (for the daily cap). */
export const noticeCommentSchema = z.object({
  commentId: z.string(),
  campaignId: z.string(),
  receivedAt: z.string(),
  /** The local day (YYYY-MM-DD, campaign time zone) the daily cap counts on. */
  day: z.string(),
  /** HMAC-SHA-256 of the client address with the configured salt (hex, shortened). */
  clientHash: z.string(),
  name: z.string().optional(),
  contact: z.string().optional(),
  nomineeId: z.string().optional(),
  /** The nominee's name as listed when the comment was sent. */
  nomineeName: z.string().optional(),
  text: z.string(),
});

export type NoticeComment = z.infer<typeof noticeCommentSchema>;

export const noticeCommentsRequestSchema = z.object({ campaignId: campaignIdSchema });

export type NoticeCommentsRequest = z.input<typeof noticeCommentsRequestSchema>;

export const noticeCommentsResponseSchema = z.object({
  campaignId: z.string(),
  /** Newest first; without clientHash. */
  comments: z.array(noticeCommentSchema.omit({ clientHash: true })),
});

export type NoticeCommentsResponse = z.infer<typeof noticeCommentsResponseSchema>;
