// publicNotice and noticeComments on in-memory fakes with an injected clock (no sleeps): the notice period, the
// review states listed, the public fields only, paging, the comment form, the rate limits and the daily cap.
import { beforeEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../functions/app/mail/format';
import { noticeComments } from '../../../../functions/app/notice/notice-comments';
import {
  type NoticeLimits,
  PublicNotice,
  type PublicNoticeDeps,
} from '../../../../functions/app/notice/public-notice';
import type { NomineeReview, Principal, StoredEntry } from '../../../../functions/app/ports';
import type { NomineeReviewState } from '../../../../shared/api/master-entries';
import type { PublicNoticeConfig } from '../../../../shared/api/public-notice';
import { campaignRecord } from '../../../support/contracts/campaigns';
import { masterRecord } from '../../../support/contracts/masters';
import { MemoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryReviews } from '../../../support/memory/consolidation';
import { MemoryMasters } from '../../../support/memory/masters';
import { MemoryNoticeComments } from '../../../support/memory/notice-comments';

const C = 'thi-dua-2026';
const FROM = '2026-12-01T00:00:00+07:00';
const TO = '2026-12-11T00:00:00+07:00';
const XSS = `<script>alert("x")</script> Lê Thị "Hoa" & 'Mai'`;
const PRIVATE = {
  cccd: '020184001234',
  birthDate: '1984-03-17',
  phone: '0912 345 678',
  email: 'hoa.private@mail.example',
  ethnicity: 'Tày-riêng-tư',
};
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let now: number;
let campaigns: MemoryCampaigns;
let masters: MemoryMasters;
let reviews: MemoryReviews;
let comments: MemoryNoticeComments;
let entries: StoredEntry[];
let xssEntry: StoredEntry;
let validEntry: StoredEntry;
let awardedEntry: StoredEntry;

function review(entry: StoredEntry, state: NomineeReviewState): NomineeReview {
  return {
    nomineeId: entry.nomineeId,
    state,
    displayName: entry.displayName,
    sources: entry.sources.map((s) => ({ unitId: s.unitId, sheetRow: s.sheetRow })),
    masterVersion: 1,
    reviewedBy: 'board@x.example',
    reviewedAt: '2026-11-30T00:00:00.000Z',
  };
}

async function setUp(notice: Partial<PublicNoticeConfig> | null, individuals = 30): Promise<void> {
  const publicNotice =
    notice === null ? {} : { publicNotice: { from: FROM, to: TO, states: ['approved'], ...notice } };
  await campaigns.saveCampaign(
    campaignRecord(C, { title: 'Hội nghị điển hình tiên tiến 2026', ...publicNotice } as never),
  );
  await campaigns.saveUnits(C, [
    { id: 'so-y-te', name: 'Sở Y tế & <Dân số>', kind: 'department', status: 'current', legacyIds: [] },
  ]);
  const record = masterRecord(C, 1, {
    individuals,
    collectives: 2,
    edit: (e, i) => (i === 0 ? { ...e, ...PRIVATE, displayName: XSS, fullName: XSS } : e),
  });
  await masters.save(record);
  entries = (await masters.read(C, 1))?.entries ?? [];
  const others = entries.filter((e) => e.displayName !== XSS && e.kind === 'individual');
  const found = (e: StoredEntry | undefined): StoredEntry => {
    if (!e) throw new Error('sample master too small');
    return e;
  };
  xssEntry = found(entries.find((e) => e.displayName === XSS));
  validEntry = found(others[0]);
  awardedEntry = found(others[1]);
  const stateOf = (e: StoredEntry) =>
    e === validEntry ? 'valid' : e === awardedEntry ? 'awarded' : 'approved';
  for (const entry of entries) await reviews.saveNomineeReview(C, review(entry, stateOf(entry)));
}

function service(limits: Partial<NoticeLimits> = {}): PublicNotice {
  const deps: PublicNoticeDeps = {
    campaigns,
    masters,
    reviews,
    comments,
    clock: { now: () => new Date(now) },
    logger: quiet,
    salt: 'test-salt-0123456789',
    limits,
  };
  return new PublicNotice(deps);
}

const at = (iso: string) => Date.parse(iso);
const req = (client = '203.0.113.7', page?: string) => ({ campaignId: C, client, page });
const rowsIn = (html: string) => (html.match(/<tr><td class="n">/g) ?? []).length;

beforeEach(() => {
  now = at('2026-12-05T09:00:00+07:00');
  campaigns = new MemoryCampaigns();
  masters = new MemoryMasters();
  reviews = new MemoryReviews();
  comments = new MemoryNoticeComments();
});

describe('publicNotice: the period', () => {
  it('is 404 before the period, 200 during it (from inclusive), 410 from its end on', async () => {
    await setUp({});
    const notice = service();
    now = at(FROM) - 1;
    expect(await notice.view(req())).toMatchObject({ status: 404, code: 'NOTICE_NOT_PUBLISHED' });
    now = at(FROM);
    expect((await notice.view(req())).status).toBe(200);
    now = at(TO) - 1;
    expect((await notice.view(req())).status).toBe(200);
    now = at(TO);
    const ended = await notice.view(req());
    expect(ended).toMatchObject({ status: 410, code: 'NOTICE_ENDED' });
    expect(ended.html).toContain('Danh sách không còn trong thời gian công khai');
    const late = await notice.comment(req(), { text: 'Muộn' });
    expect(late.status).toBe(410);
    expect(comments.comments).toEqual([]);
  });

  it('is 404 (Vietnamese page) for a campaign without a notice and for an unknown campaign', async () => {
    await setUp(null);
    const none = await service().view(req());
    expect(none).toMatchObject({ status: 404, code: 'NOTICE_NOT_PUBLISHED' });
    expect(none.html).toContain('Danh sách chưa trong thời gian công khai');
    expect((await service().view({ campaignId: 'khong-co', client: 'a' })).status).toBe(404);
  });
});

describe('publicNotice: the list', () => {
  it('lists the entries in the notice states with name, position, unit, award and kind — never private fields', async () => {
    await setUp({});
    const { status, html } = await service().view(req());
    expect(status).toBe(200);
    const approved = entries.length - 2;
    expect(rowsIn(html)).toBe(approved);
    expect(html).toContain(`Danh sách đề nghị (${approved})`);
    expect(html).not.toContain(escapeHtml(validEntry.displayName));
    expect(html).not.toContain(escapeHtml(awardedEntry.displayName));
    expect(html).toContain('Sở Y tế &amp; &lt;Dân số&gt;');
    expect(html).toContain('Tập thể');
    expect(html).toContain('Cá nhân');
    expect(html).toContain('Bác sĩ');
    expect(html).toMatch(/Chiến sĩ thi đua|Bằng khen|Giấy khen|Lao động tiên tiến/);
    for (const value of Object.values(PRIVATE)) expect(html).not.toContain(value);
    for (const entry of entries) {
      const cccd = (entry as { cccd?: string }).cccd;
      if (cccd) expect(html).not.toContain(cccd);
    }
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Lê Thị &quot;Hoa&quot; &amp; &#39;Mai&#39;',
    );
  });

  it('lists the states the board chose (approved and awarded)', async () => {
    await setUp({ states: ['approved', 'awarded'] });
    const { html } = await service().view(req());
    expect(rowsIn(html)).toBe(entries.length - 1);
    expect(html).toContain(escapeHtml(awardedEntry.displayName));
  });

  it('pages the list by 200 (?page=N; anything else is page 1)', async () => {
    await setUp({}, 450);
    const notice = service();
    const approved = entries.length - 2;
    expect(approved).toBe(450);
    expect(rowsIn((await notice.view(req('a', '1'))).html)).toBe(200);
    const third = (await notice.view(req('a', '3'))).html;
    expect(rowsIn(third)).toBe(50);
    expect(third).toContain('<td class="n">401</td>');
    expect(third).toContain('href="?campaignId=thi-dua-2026&amp;page=2"');
    expect(rowsIn((await notice.view(req('a', '9'))).html)).toBe(200);
    expect(rowsIn((await notice.view(req('a', '"><x'))).html)).toBe(200);
  });

  it('reuses the rows for cacheMs, then reads the reviews again', async () => {
    await setUp({});
    const notice = service({ cacheMs: 30_000 });
    const before = rowsIn((await notice.view(req())).html);
    await reviews.saveNomineeReview(C, review(xssEntry, 'needsInfo'));
    now += 29_000;
    expect(rowsIn((await notice.view(req())).html)).toBe(before);
    now += 1_000;
    expect(rowsIn((await notice.view(req())).html)).toBe(before - 1);
  });
});

describe('publicNotice: comments', () => {
  it('stores a comment with the nominee’s listed name and a salted client hash (never the address)', async () => {
    await setUp({});
    const nominee = xssEntry;
    const sent = await service().comment(req('198.51.100.4'), {
      name: '  Nguyễn Văn Bình ',
      contact: '',
      nomineeId: nominee.nomineeId,
      text: 'Ông ấy <b>rất</b> xứng đáng & "gương mẫu".',
      website: '',
    });
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('Ý kiến đã được gửi tới Ban Thi đua – Khen thưởng');
    expect(comments.comments).toHaveLength(1);
    const stored = comments.comments[0];
    expect(stored).toMatchObject({
      campaignId: C,
      name: 'Nguyễn Văn Bình',
      nomineeId: nominee.nomineeId,
      nomineeName: XSS,
      text: 'Ông ấy <b>rất</b> xứng đáng & "gương mẫu".',
      day: '2026-12-05',
      receivedAt: '2026-12-05T02:00:00.000Z',
    });
    expect(stored).not.toHaveProperty('contact');
    expect(JSON.stringify(stored)).not.toContain('198.51.100.4');
    expect(stored?.clientHash).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses an empty or too long text, a too long name, an unknown nominee: 400, the form shown again, escaped', async () => {
    await setUp({});
    const notice = service({ commentPerClient: { capacity: 100, perSecond: 1 } });
    const cases = [
      { text: '   ' },
      { text: 'x'.repeat(4001) },
      { text: 'ok', name: 'n'.repeat(201) },
      { text: 'ok', nomineeId: 'khong-co-trong-danh-sach' },
    ];
    for (const fields of cases) {
      const refused = await notice.comment(req(), fields);
      expect(refused).toMatchObject({ status: 400, code: 'NOTICE_COMMENT_INVALID' });
    }
    const echoed = await notice.comment(req(), { text: '', name: '"><script>x</script>' });
    expect(echoed.html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(echoed.html).not.toContain('<script>x');
    expect(comments.comments).toEqual([]);
  });

  it('tells the board (notify) about each stored comment, not about a refused one', async () => {
    await setUp({});
    const told: string[] = [];
    const notice = new PublicNotice({
      campaigns,
      masters,
      reviews,
      comments,
      clock: { now: () => new Date(now) },
      logger: quiet,
      salt: 'test-salt-0123456789',
      notify: async (comment, timeZone) => told.push(`${comment.text}|${timeZone}`),
    });
    await notice.comment(req(), { text: 'Được' });
    await notice.comment(req(), { text: '' });
    await notice.comment(req(), { text: 'Bot', website: 'x' });
    expect(told).toEqual(['Được|Asia/Ho_Chi_Minh']);
  });

  it('answers a filled honeypot as sent and stores nothing', async () => {
    await setUp({});
    const bot = await service().comment(req(), { text: 'mua ngay', website: 'http://spam.example' });
    expect(bot.status).toBe(200);
    expect(bot.html).toContain('Ý kiến đã được gửi');
    expect(comments.comments).toEqual([]);
  });

  it('lets the board (only) read the comments, newest first, without the client hash', async () => {
    await setUp({});
    const notice = service();
    await notice.comment(req(), { text: 'Thứ nhất' });
    now += 60_000;
    await notice.comment(req(), { text: 'Thứ hai' });
    const board: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };
    const listed = await noticeComments({ campaignId: C }, board, { comments });
    expect(listed.comments.map((c) => c.text)).toEqual(['Thứ hai', 'Thứ nhất']);
    expect(listed.comments[0]).not.toHaveProperty('clientHash');
    const unit: Principal = { email: 'u@x.example', role: 'unit', unitIds: ['so-y-te'] };
    await expect(noticeComments({ campaignId: C }, unit, { comments })).rejects.toMatchObject({
      code: 'FORBIDDEN_ROLE',
    });
  });
});

describe('publicNotice: rate limits (injected clock)', () => {
  it('lets 3 comments from one address through, refuses the 4th with Retry-After, refills with time', async () => {
    await setUp({});
    const notice = service();
    for (let i = 0; i < 3; i++)
      expect((await notice.comment(req(), { text: `Ý kiến ${i}` })).status).toBe(200);
    const limited = await notice.comment(req(), { text: 'Thêm' });
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 120 });
    expect(limited.html).toContain('Quá nhiều yêu cầu');
    expect((await notice.comment(req('203.0.113.8'), { text: 'Người khác' })).status).toBe(200);
    now += 119_000;
    expect((await notice.comment(req(), { text: 'Sớm' })).status).toBe(429);
    now += 1_000;
    expect((await notice.comment(req(), { text: 'Đúng lúc' })).status).toBe(200);
    expect(comments.comments).toHaveLength(5);
  });

  it('caps page views per address and per campaign', async () => {
    await setUp({});
    const perClient = service({ viewPerClient: { capacity: 2, perSecond: 0.5 } });
    expect((await perClient.view(req())).status).toBe(200);
    expect((await perClient.view(req())).status).toBe(200);
    expect(await perClient.view(req())).toMatchObject({ status: 429, retryAfterSeconds: 2 });
    const perCampaign = service({ viewPerCampaign: { capacity: 1, perSecond: 0.1 } });
    expect((await perCampaign.view(req('a'))).status).toBe(200);
    expect(await perCampaign.view(req('b'))).toMatchObject({ status: 429, retryAfterSeconds: 10 });
  });

  it('caps comments per address per local day from the stored counts (across instances), until local midnight', async () => {
    await setUp({});
    const limits = { commentPerClient: { capacity: 100, perSecond: 1 }, dailyCommentsPerClient: 2 };
    const first = service(limits);
    expect((await first.comment(req(), { text: '1' })).status).toBe(200);
    const second = service(limits);
    expect((await second.comment(req(), { text: '2' })).status).toBe(200);
    const capped = await second.comment(req(), { text: '3' });
    // 09:00 in Asia/Ho_Chi_Minh: 15 hours to midnight.
    expect(capped).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 15 * 3600 });
    expect((await second.comment(req('203.0.113.99'), { text: 'khác' })).status).toBe(200);
    now = at('2026-12-06T00:00:00+07:00');
    expect((await second.comment(req(), { text: 'hôm sau' })).status).toBe(200);
    expect(comments.comments).toHaveLength(4);
  });
});
