// publicNotice (no sign-in): the campaign's proposed list as a public HTML page during its notice period, and the
// comment form whose entries the board reads with noticeComments. One PublicNotice per instance holds the rate
// limiters (token buckets per client address and per campaign) and a short cache of each campaign's public rows.
// Every expected refusal is an outcome with its code (the handler answers HTML to browsers, JSON to API clients):
// NOTICE_NOT_PUBLISHED 404 (no such campaign, no notice, not yet begun), NOTICE_ENDED 410, RATE_LIMITED 429 with
// Retry-After, NOTICE_COMMENT_INVALID 400 (the form is shown again with what was typed).
import { createHmac, randomBytes } from 'node:crypto';
import type { CampaignRecord } from '../../../shared/api/admin-campaign';
import type { ErrorCode } from '../../../shared/api/errors';
import {
  NOTICE_COMMENT_LIMITS,
  NOTICE_PAGE_SIZE,
  type NoticeComment,
  noticeCommentFormSchema,
  type PublicNoticeConfig,
} from '../../../shared/api/public-notice';
import type { CampaignRepository, Clock, Logger, NoticeCommentRepository } from '../ports';
import { type NoticeListDeps, noticeRows } from './notice-list';
import { type BucketSpec, TokenBuckets } from './rate-limit';
import { type NoticeFormState, type NoticeRow, renderMessagePage, renderNoticePage } from './render-page';

export interface NoticeLimits {
  /** Page views per client address. */
  viewPerClient: BucketSpec;
  /** Page views per campaign (all clients of this instance). */
  viewPerCampaign: BucketSpec;
  /** Comments per client address and campaign. */
  commentPerClient: BucketSpec;
  /** Comments per campaign (all clients of this instance). */
  commentPerCampaign: BucketSpec;
  /** Comments per client address and campaign per local day, across instances (stored counts). */
  dailyCommentsPerClient: number;
  /** How long a campaign's public rows are reused (ms). */
  cacheMs: number;
}

export const DEFAULT_NOTICE_LIMITS: NoticeLimits = {
  viewPerClient: { capacity: 60, perSecond: 1 },
  viewPerCampaign: { capacity: 1200, perSecond: 40 },
  commentPerClient: { capacity: 3, perSecond: 1 / 120 },
  commentPerCampaign: { capacity: 60, perSecond: 0.2 },
  dailyCommentsPerClient: 20,
  cacheMs: 30_000,
};

export interface PublicNoticeDeps extends NoticeListDeps {
  campaigns: Pick<CampaignRepository, 'getCampaign' | 'listUnits'>;
  comments: NoticeCommentRepository;
  clock: Clock;
  logger: Logger;
  /** Secret of the client-address hash (NOTICE_IP_SALT). */
  salt: string;
  limits?: Partial<NoticeLimits>;
  /** After a comment is stored (the board's mail); must not throw. */
  notify?: (comment: NoticeComment, timeZone: string) => Promise<unknown>;
}

export interface NoticeOutcome {
  status: number;
  html: string;
  /** Set on every refusal. */
  code?: ErrorCode;
  retryAfterSeconds?: number;
}

export interface NoticeRequest {
  campaignId: string;
  /** The client address (first trusted X-Forwarded-For entry, else the socket's). */
  client: string;
  /** 1-based page of the list; anything unusable is page 1. */
  page?: string | undefined;
}

interface Open {
  campaign: CampaignRecord;
  notice: PublicNoticeConfig;
}

const DEFAULT_TITLE = 'Công khai danh sách đề nghị khen thưởng';

function refusal(code: ErrorCode, status: number, heading: string, message: string): NoticeOutcome {
  return { status, code, html: renderMessagePage(heading, message) };
}

const NOT_PUBLISHED = () =>
  refusal(
    'NOTICE_NOT_PUBLISHED',
    404,
    'Danh sách chưa trong thời gian công khai',
    'Danh sách chưa trong thời gian công khai hoặc không tồn tại. Vui lòng xem thông báo của Ban Thi đua – Khen thưởng.',
  );
const ENDED = () =>
  refusal(
    'NOTICE_ENDED',
    410,
    'Danh sách không còn trong thời gian công khai',
    'Thời gian công khai danh sách đã kết thúc; không nhận thêm ý kiến qua trang này.',
  );

function rateLimited(retryAfterSeconds: number): NoticeOutcome {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return {
    ...refusal(
      'RATE_LIMITED',
      429,
      'Quá nhiều yêu cầu',
      `Có quá nhiều yêu cầu từ địa chỉ của bạn. Vui lòng thử lại sau khoảng ${minutes} phút.`,
    ),
    retryAfterSeconds,
  };
}

/** "2026-12-07" in `timeZone`, and the seconds left until that day ends there. */
function localDay(now: Date, timeZone: string): { day: string; secondsLeft: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const elapsed = Number(get('hour')) * 3600 + Number(get('minute')) * 60 + Number(get('second'));
  return { day: `${get('year')}-${get('month')}-${get('day')}`, secondsLeft: Math.max(1, 86_400 - elapsed) };
}

function pageNumber(raw: string | undefined, pages: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= pages ? n : 1;
}

export class PublicNotice {
  private readonly limits: NoticeLimits;
  private readonly viewClients: TokenBuckets;
  private readonly viewCampaigns: TokenBuckets;
  private readonly commentClients: TokenBuckets;
  private readonly commentCampaigns: TokenBuckets;
  private readonly cache = new Map<string, { at: number; rows: Promise<NoticeRow[]> }>();

  constructor(private readonly deps: PublicNoticeDeps) {
    this.limits = { ...DEFAULT_NOTICE_LIMITS, ...deps.limits };
    this.viewClients = new TokenBuckets(this.limits.viewPerClient);
    this.viewCampaigns = new TokenBuckets(this.limits.viewPerCampaign, 1000);
    this.commentClients = new TokenBuckets(this.limits.commentPerClient);
    this.commentCampaigns = new TokenBuckets(this.limits.commentPerCampaign, 1000);
  }

  /** GET: the list (one page) with a blank form. */
  async view(request: NoticeRequest): Promise<NoticeOutcome> {
    const limited = this.take(this.viewClients, this.viewCampaigns, request);
    if (limited) return limited;
    const open = await this.open(request.campaignId);
    if ('status' in open) return open;
    return this.page(open, request, { status: 'blank' }, 200);
  }

  /** POST: stores a comment (or refuses it) and answers the list with the form's outcome. */
  async comment(request: NoticeRequest, fields: Record<string, string>): Promise<NoticeOutcome> {
    const open = await this.open(request.campaignId);
    if ('status' in open) return open;
    const limited = this.take(this.commentClients, this.commentCampaigns, request);
    if (limited) return limited;
    const parsed = noticeCommentFormSchema.safeParse(fields);
    const rows = await this.rows(open);
    const nominee = parsed.success ? rows.find((r) => r.nomineeId === parsed.data.nomineeId) : undefined;
    if (!parsed.success || (parsed.data.nomineeId !== undefined && !nominee)) {
      const values = {
        name: fields.name,
        contact: fields.contact,
        nomineeId: fields.nomineeId,
        text: fields.text,
      };
      const invalid = await this.page(open, request, { status: 'invalid', values }, 400);
      return { ...invalid, code: 'NOTICE_COMMENT_INVALID' };
    }
    const form = parsed.data;
    if (form.website !== undefined && form.website.trim() !== '') {
      this.deps.logger.info('notice honeypot', { campaignId: request.campaignId });
      return this.page(open, request, { status: 'sent' }, 200);
    }
    const now = this.deps.clock.now();
    const { day, secondsLeft } = localDay(now, open.campaign.timeZone);
    const clientHash = this.hash(request.client);
    const sent = await this.deps.comments.countComments(request.campaignId, clientHash, day);
    if (sent >= this.limits.dailyCommentsPerClient) return rateLimited(secondsLeft);
    const comment: NoticeComment = {
      commentId: `${now.getTime().toString(36)}-${randomBytes(6).toString('hex')}`,
      campaignId: request.campaignId,
      receivedAt: now.toISOString(),
      day,
      clientHash,
      text: form.text.normalize('NFC'),
      ...(form.name === undefined ? {} : { name: form.name.normalize('NFC') }),
      ...(form.contact === undefined ? {} : { contact: form.contact.normalize('NFC') }),
      ...(nominee ? { nomineeId: nominee.nomineeId, nomineeName: nominee.name } : {}),
    };
    await this.deps.comments.addComment(comment);
    await this.deps.notify?.(comment, open.campaign.timeZone);
    return this.page(open, request, { status: 'sent' }, 200);
  }

  private take(clients: TokenBuckets, campaigns: TokenBuckets, request: NoticeRequest): NoticeOutcome | null {
    const now = this.deps.clock.now().getTime();
    const perClient = clients.take(`${request.campaignId}|${this.hash(request.client)}`, now);
    if (!perClient.ok) return rateLimited(perClient.retryAfterSeconds);
    const perCampaign = campaigns.take(request.campaignId, now);
    return perCampaign.ok ? null : rateLimited(perCampaign.retryAfterSeconds);
  }

  private hash(client: string): string {
    return createHmac('sha256', this.deps.salt).update(client, 'utf8').digest('hex').slice(0, 32);
  }

  private async open(campaignId: string): Promise<Open | NoticeOutcome> {
    const campaign = await this.deps.campaigns.getCampaign(campaignId);
    const notice = campaign?.publicNotice;
    if (!campaign || !notice) return NOT_PUBLISHED();
    const now = this.deps.clock.now().getTime();
    if (now < Date.parse(notice.from)) return NOT_PUBLISHED();
    if (now >= Date.parse(notice.to)) return ENDED();
    return { campaign, notice };
  }

  private rows({ campaign, notice }: Open): Promise<NoticeRow[]> {
    const now = this.deps.clock.now().getTime();
    const key = `${campaign.id}|${notice.states.join(',')}`;
    const cached = this.cache.get(key);
    if (cached && now - cached.at < this.limits.cacheMs) return cached.rows;
    const rows = noticeRows(this.deps, campaign.id, notice.states);
    this.cache.set(key, { at: now, rows });
    rows.catch(() => this.cache.delete(key));
    return rows;
  }

  private async page(
    open: Open,
    request: NoticeRequest,
    form: NoticeFormState,
    status: number,
  ): Promise<NoticeOutcome> {
    const all = await this.rows(open);
    const pages = Math.max(1, Math.ceil(all.length / NOTICE_PAGE_SIZE));
    const page = pageNumber(request.page, pages);
    const { campaign, notice } = open;
    const html = renderNoticePage({
      campaignTitle: campaign.title,
      title: notice.title ?? DEFAULT_TITLE,
      ...(notice.intro === undefined ? {} : { intro: notice.intro }),
      from: notice.from,
      to: notice.to,
      timeZone: campaign.timeZone,
      rows: all.slice((page - 1) * NOTICE_PAGE_SIZE, page * NOTICE_PAGE_SIZE),
      total: all.length,
      page,
      pages,
      selfPath: `?campaignId=${encodeURIComponent(campaign.id)}`,
      form,
      limits: NOTICE_COMMENT_LIMITS,
    });
    return { status, html };
  }
}
