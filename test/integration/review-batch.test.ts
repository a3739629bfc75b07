// reviewNominees over HTTP: every changed row in one request with a result per row, idempotent on retry; a returned
// nominee reaches its unit (campaignStatus and one mail per review decision); a review applies to the content
// reviewed, so a unit's change to a reviewed row makes it "cần duyệt lại" with the old and new values.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMailSettings } from '../../functions/composition';
import { type Stack, startStack } from '../../functions/local/stack';
import { listOutbox } from '../../scripts/outbox';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type { ErrorBody } from '../../shared/api/error-body';
import type { MasterListResponse } from '../../shared/api/master-list';
import type { ReviewNomineesResponse } from '../../shared/api/reviews';
import { post } from '../support/http';
import { BOARD, setUpCampaign, submitAll, submitUnit, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-duyet-hang-loat';
const ROWS = 10;
let stack: Stack;
let outbox: string;

beforeAll(async () => {
  outbox = await mkdtemp(join(tmpdir(), 'tonvinh-returned-'));
  const mailConfig = parseMailSettings({ MAIL_OUTBOX_DIR: outbox });
  stack = await startStack({ port: 0, overrides: { mailConfig } });
  await setUpCampaign(stack, CAMPAIGN, 4);
  await submitAll(stack, CAMPAIGN, 4, ROWS);
  await consolidate();
});

afterAll(async () => {
  await stack.close();
  await rm(outbox, { recursive: true, force: true });
});

async function consolidate(): Promise<number> {
  const response = await post<{ masterVersion: number }>(
    stack.url,
    'consolidate',
    { campaignId: CAMPAIGN },
    { user: BOARD },
  );
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body.masterVersion;
}

async function master() {
  const response = await post<MasterListResponse>(
    stack.url,
    'masterList',
    { campaignId: CAMPAIGN, pageSize: 1000 },
    { user: BOARD },
  );
  return response.body.master;
}

/** Entries nominated by this unit alone, with their sheet row. */
async function ownEntries(unitId: string) {
  const entries = (await master()).entries.filter(
    (e) => e.sources.length === 1 && e.sources[0]?.unitId === unitId,
  );
  return entries.map((e) => ({ nomineeId: e.nomineeId, sheetRow: e.sources[0]?.sheetRow ?? 0, entry: e }));
}

const reviewBatch = (body: Record<string, unknown>, user = BOARD) =>
  post<ReviewNomineesResponse>(stack.url, 'reviewNominees', { campaignId: CAMPAIGN, ...body }, { user });

async function unitStatus(unitId: string) {
  const response = await post<CampaignStatusResponse>(
    stack.url,
    'campaignStatus',
    { campaignId: CAMPAIGN, unitId },
    { user: unitEmail(unitId) },
  );
  return response.body.units[0];
}

async function returnedMails() {
  return (await listOutbox(outbox, 1000)).filter((m) => m.subject.startsWith('Cần bổ sung'));
}

let approved: string[] = [];
let returnedId = '';

describe('reviewNominees', () => {
  it('stores every valid row and answers each row, refused rows included', async () => {
    const [a, b, c] = await ownEntries('dv-01');
    const [d] = await ownEntries('dv-02');
    approved = [a, b, c].map((e) => e?.nomineeId ?? '');
    returnedId = d?.nomineeId ?? '';
    const reviews = [
      ...approved.map((nomineeId) => ({ nomineeId, state: 'approved' })),
      { nomineeId: returnedId, state: 'needsInfo', note: 'Bổ sung tóm tắt thành tích.' },
      { nomineeId: 'i-khong-co-ai', state: 'approved' },
      { nomineeId: (await ownEntries('dv-03'))[0]?.nomineeId, state: 'needsInfo' },
    ];
    const version = (await master()).version;
    const response = await reviewBatch({ version, reviews });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ campaignId: CAMPAIGN, version, saved: 4, unchanged: 0, failed: 2 });
    expect(response.body.results.map((r) => [r.ok, r.state ?? r.error?.code, r.changed])).toEqual([
      [true, 'approved', true],
      [true, 'approved', true],
      [true, 'approved', true],
      [true, 'needsInfo', true],
      [false, 'NOMINEE_NOT_FOUND', undefined],
      [false, 'REVIEW_NOTE_REQUIRED', undefined],
    ]);
    expect(response.body.results[4]?.error?.message).toBe(
      'Không tìm thấy trường hợp này trong danh sách tổng hợp hiện hành. Hãy tải lại danh sách.',
    );
  });

  it('is idempotent: the same request again writes nothing and mails nothing twice', async () => {
    const reviews = [
      ...approved.map((nomineeId) => ({ nomineeId, state: 'approved' })),
      { nomineeId: returnedId, state: 'needsInfo', note: 'Bổ sung tóm tắt thành tích.' },
    ];
    const first = await reviewBatch({ reviews });
    expect(first.body).toMatchObject({ saved: 0, unchanged: 4, failed: 0 });
    expect(first.body.results.every((r) => r.ok && r.changed === false)).toBe(true);
    const mails = await returnedMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual([unitEmail('dv-02')]);
    const log = await stack.services.db.collection(`campaigns/${CAMPAIGN}/reviewLog`).get();
    expect(log.size).toBe(4);
  });

  it('shows the returned nominee and the note to its unit in campaignStatus', async () => {
    const unit = await unitStatus('dv-02');
    expect(unit?.returned).toEqual([
      expect.objectContaining({ nomineeId: returnedId, note: 'Bổ sung tóm tắt thành tích.' }),
    ]);
  });

  it('refuses a stale master version, a repeated row (by path) and a unit user', async () => {
    const stale = await reviewBatch({ version: 99, reviews: [{ nomineeId: approved[0], state: 'valid' }] });
    expect([stale.status, (stale.body as unknown as ErrorBody).error.code]).toEqual([
      409,
      'MASTER_VERSION_CHANGED',
    ]);
    const twice = await reviewBatch({
      reviews: [
        { nomineeId: approved[0], state: 'valid' },
        { nomineeId: approved[0], state: 'approved' },
      ],
    });
    const error = (twice.body as unknown as ErrorBody).error;
    expect([twice.status, error.code]).toEqual([400, 'INVALID_REQUEST']);
    expect(error.detail?.fields?.map((f) => f.path)).toEqual([['reviews', 1, 'nomineeId']]);
    const unit = await reviewBatch(
      { reviews: [{ nomineeId: approved[0], state: 'valid' }] },
      unitEmail('dv-01'),
    );
    expect([unit.status, (unit.body as unknown as ErrorBody).error.code]).toEqual([403, 'FORBIDDEN_ROLE']);
  });
});

describe('approval of content', () => {
  it('turns an approved row the unit changed into "cần duyệt lại" with old and new values', async () => {
    await consolidate();
    const [target, untouched] = await ownEntries('dv-01');
    expect(target?.entry.review?.state).toBe('approved');
    const index = (target?.sheetRow ?? 0) - 2;
    await submitUnit(stack, CAMPAIGN, 0, ROWS, (row, i) =>
      i === index ? ([...row.slice(0, 6), 'Chiến sĩ thi đua cơ sở'] as typeof row) : row,
    );
    await consolidate();
    const after = new Map((await master()).entries.map((e) => [e.nomineeId, e]));
    const changed = after.get(target?.nomineeId ?? '');
    expect(changed?.reviewState).toBe('pending');
    expect(changed?.review).toMatchObject({ state: 'needsReReview', reviewedState: 'approved' });
    expect(changed?.review?.changedFields).toEqual([
      { field: 'award', label: 'Hình thức đề nghị', before: 'LDTT', after: 'CSTD_CS' },
      {
        field: 'proposedAwards',
        label: 'Các hình thức đề nghị (mọi đơn vị)',
        before: ['LDTT'],
        after: ['CSTD_CS'],
      },
    ]);
    expect(after.get(untouched?.nomineeId ?? '')?.review?.state).toBe('approved');
    const again = await reviewBatch({ reviews: [{ nomineeId: target?.nomineeId, state: 'approved' }] });
    expect(again.body).toMatchObject({ saved: 1, unchanged: 0 });
    await consolidate();
    const reapproved = (await master()).entries.find((e) => e.nomineeId === target?.nomineeId);
    expect(reapproved?.review?.state).toBe('approved');
    expect(reapproved?.reviewState).toBe('approved');
  });

  it("takes a returned nominee off the unit's returned list once the unit changed it", async () => {
    const returned = (await ownEntries('dv-02')).find((e) => e.nomineeId === returnedId);
    expect(returned?.entry.review?.state).toBe('needsInfo');
    const index = returned?.sheetRow ?? 0;
    await submitUnit(stack, CAMPAIGN, 1, ROWS, (row, i) =>
      i === index - 2 ? ([...row.slice(0, 6), 'Chiến sĩ thi đua cơ sở'] as typeof row) : row,
    );
    await consolidate();
    expect((await unitStatus('dv-02'))?.returned).toEqual([]);
    const entry = (await master()).entries.find((e) => e.nomineeId === returnedId);
    expect(entry?.review).toMatchObject({ state: 'needsReReview', reviewedState: 'needsInfo' });
  });
});
