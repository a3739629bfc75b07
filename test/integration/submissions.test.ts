// submitNominations through the local stack (functions-framework in process, embedded emulator, firebase-admin):
// idempotency, versions, concurrency, deadline and closing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type { ErrorBody } from '../../shared/api/error-body';
import type { SubmitNominationsResponse } from '../../shared/api/nominations';
import { BOARD, CAMPAIGN, individualGrid, submitBody, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
});

afterAll(async () => {
  await stack.close();
});

const submit = (unitId: string, rows: number, key: string, salt = '') =>
  post<SubmitNominationsResponse>(
    stack.url,
    'submitNominations',
    submitBody(unitId, individualGrid(rows, salt), key),
    {
      user: userOf(unitId),
    },
  );

/** Submits, and again with the same key while the server answers SUBMISSION_IN_PROGRESS (409), as that answer
 *  asks: a waiter gives up after the server's 10 s wait, which a loaded machine can exceed while the first
 *  writer is still storing the version. What is stored and answered is the same however long it took. */
async function submitSettled(unitId: string, rows: number, key: string) {
  for (let attempt = 1; ; attempt++) {
    const response = await submit(unitId, rows, key);
    const code = (response.body as unknown as Partial<ErrorBody>).error?.code;
    if (code !== 'SUBMISSION_IN_PROGRESS' || attempt === 10) return response;
  }
}

describe('submitNominations', () => {
  it('stores a version and replays it for the same key and for identical content', async () => {
    const first = await submit('so-y-te', 3, 'key-first-0001');
    const again = await submit('so-y-te', 3, 'key-first-0001');
    const sameContent = await submit('so-y-te', 3, 'key-other-0002');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, replayed: false, status: 'clean', late: false });
    expect(again.body).toMatchObject({ version: 1, replayed: true, versionId: first.body.versionId });
    expect(sameContent.body).toMatchObject({ version: 1, replayed: true });
    const commits = await stack.services.submissions.unit(CAMPAIGN, 'so-y-te').listCommits();
    expect(commits.map((c) => c.version)).toEqual([1]);
    const rows = await stack.services.submissions.unit(CAMPAIGN, 'so-y-te').readRows(first.body.versionId);
    expect(rows.map((r) => r.cells[1])).toEqual(['Nguyễn Văn b', 'Nguyễn Thị c', 'Nguyễn Văn d']);
    expect(rows.every((r) => r.valid && r.data.fullName !== undefined)).toBe(true);
  });

  it('makes A → B → A three versions, and refuses a key reused for other content', async () => {
    const a = await submit('so-tai-chinh', 2, 'key-aba-a-001', 'A');
    const b = await submit('so-tai-chinh', 2, 'key-aba-b-002', 'B');
    const a2 = await submit('so-tai-chinh', 2, 'key-aba-a-003', 'A');
    expect([a.body.version, b.body.version, a2.body.version]).toEqual([1, 2, 3]);
    const reused = await submit('so-tai-chinh', 2, 'key-aba-a-001', 'C');
    expect(reused.status).toBe(409);
    expect((reused.body as unknown as ErrorBody).error.code).toBe('SUBMISSION_KEY_REUSED');
    expect((await stack.services.submissions.unit(CAMPAIGN, 'so-tai-chinh').listCommits()).length).toBe(3);
  });

  // Bounded work, about 11 s on a quiet 2-core machine: a limit many times that.
  it('stores 50 concurrent different submits of one unit as 50 distinct versions', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        submit('so-giao-duc', 2, `key-conc-${String(i).padStart(4, '0')}`, `c${i}-`),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const versions = responses.map((r) => r.body.version).sort((x, y) => x - y);
    expect(new Set(versions).size).toBe(50);
    const commits = await stack.services.submissions.unit(CAMPAIGN, 'so-giao-duc').listCommits();
    expect(commits.length).toBe(50);
    expect(new Set(commits.map((c) => c.contentHash)).size).toBe(50);
  }, 180_000);

  // Bounded work, about 5 s on a quiet 2-core machine: a limit many times that.
  it('stores 50 concurrent identical submits (same key) once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => submitSettled('ldld-tinh', 4, 'key-same-000001')),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(new Set(responses.map((r) => r.body.versionId)).size).toBe(1);
    expect(responses.filter((r) => !r.body.replayed).length).toBe(1);
    expect((await stack.services.submissions.unit(CAMPAIGN, 'ldld-tinh').listCommits()).length).toBe(1);
  }, 180_000);

  // Bounded work, about 3 s on a quiet 2-core machine: a limit many times that.
  it('stores concurrent submits of 50 units, one version each', async () => {
    await stack.services.campaigns.saveUnits(
      CAMPAIGN,
      Array.from({ length: 50 }, (_, i) => ({
        id: `load-${i}`,
        name: `Đơn vị thử ${i}`,
        kind: 'commune' as const,
        status: 'current' as const,
        legacyIds: [],
      })),
    );
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post<SubmitNominationsResponse>(
          stack.url,
          'submitNominations',
          submitBody(`load-${i}`, individualGrid(5), `key-unit-${i}-x`),
          {
            user: BOARD,
          },
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const counts = await Promise.all(
      Array.from(
        { length: 50 },
        async (_, i) => (await stack.services.submissions.unit(CAMPAIGN, `load-${i}`).listCommits()).length,
      ),
    );
    expect(counts).toEqual(Array(50).fill(1));
  }, 120_000);

  it('keeps rows over several chunk documents and reads them back in order', async () => {
    const response = await submit('tinh-doan', 650, 'key-big-000001');
    expect(response.body.summary.rows).toBe(650);
    const rows = await stack.services.submissions
      .unit(CAMPAIGN, 'tinh-doan')
      .readRows(response.body.versionId);
    expect(rows.map((r) => r.sheetRow)).toEqual(Array.from({ length: 650 }, (_, i) => i + 2));
  });

  it('refuses unknown and legacy units with their codes', async () => {
    const unknown = await post<ErrorBody>(
      stack.url,
      'submitNominations',
      submitBody('khong-co', individualGrid(1), 'key-unknown-1'),
      { user: BOARD },
    );
    const legacy = await post<ErrorBody>(
      stack.url,
      'submitNominations',
      submitBody('tt-dong-dang-cu', individualGrid(1), 'key-legacy-1'),
      { user: BOARD },
    );
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'UNIT_NOT_IN_CAMPAIGN']);
    expect([legacy.status, legacy.body.error.code]).toEqual([409, 'UNIT_LEGACY']);
  });
});

describe('rows with errors', () => {
  it('stores invalid rows with their issues and reports the unit as with_errors', async () => {
    const grid = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../examples/grids/p-tam-thanh.json'), 'utf8'),
    );
    const response = await post<SubmitNominationsResponse>(
      stack.url,
      'submitNominations',
      submitBody('p-tam-thanh', grid, 'key-errors-0001'),
      {
        user: userOf('p-tam-thanh'),
      },
    );
    expect(response.body.status).toBe('with_errors');
    expect(response.body.summary).toMatchObject({ rows: 3, errorRows: 1 });
    const rows = await stack.services.submissions
      .unit(CAMPAIGN, 'p-tam-thanh')
      .readRows(response.body.versionId);
    expect(rows).toHaveLength(3);
    const bad = rows.find((r) => !r.valid);
    expect(bad?.issues.map((i) => i.code)).toContain('required.missing');
    const status = await post<CampaignStatusResponse>(
      stack.url,
      'campaignStatus',
      { campaignId: CAMPAIGN, unitId: 'p-tam-thanh' },
      { user: BOARD },
    );
    expect(status.body.units[0]).toMatchObject({
      unitId: 'p-tam-thanh',
      status: 'with_errors',
      latestVersion: 1,
      errorRows: 1,
    });
  });
});

describe('deadline and closing', () => {
  const campaign = (deadline: string, graceMinutes: number, open = true) => ({
    title: 'Đợt thử hạn nộp',
    eventKind: 'khac',
    deadline,
    graceMinutes,
    open,
  });
  const units = [{ id: 'x-a', name: 'Xã A', kind: 'commune' }];
  const body = (campaignId: string, key: string, salt = '') => ({
    campaignId,
    unitId: 'x-a',
    kind: 'individual',
    grid: individualGrid(2, salt),
    submissionKey: key,
  });

  it('refuses after deadline + grace, accepts late within grace, refuses when closed, still replays', async () => {
    const past = new Date(Date.now() - 3_600_000).toISOString();
    await post(
      stack.url,
      'adminCampaign',
      { campaignId: 'dl-past', campaign: campaign(past, 30), units },
      { user: BOARD },
    );
    await post(
      stack.url,
      'adminCampaign',
      { campaignId: 'dl-grace', campaign: campaign(past, 120), units },
      { user: BOARD },
    );
    const refused = await post<ErrorBody>(stack.url, 'submitNominations', body('dl-past', 'key-dl-00001'), {
      user: BOARD,
    });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'DEADLINE_PASSED']);
    const late = await post<SubmitNominationsResponse>(
      stack.url,
      'submitNominations',
      body('dl-grace', 'key-dl-00002'),
      { user: BOARD },
    );
    expect(late.body).toMatchObject({ version: 1, late: true });
    await post(
      stack.url,
      'adminCampaign',
      { campaignId: 'dl-grace', campaign: campaign(past, 120, false) },
      { user: BOARD },
    );
    const closed = await post<ErrorBody>(
      stack.url,
      'submitNominations',
      body('dl-grace', 'key-dl-00003', 'new'),
      { user: BOARD },
    );
    expect([closed.status, closed.body.error.code]).toEqual([409, 'CAMPAIGN_CLOSED']);
    const replay = await post<SubmitNominationsResponse>(
      stack.url,
      'submitNominations',
      body('dl-grace', 'key-dl-00002'),
      { user: BOARD },
    );
    expect(replay.body).toMatchObject({ version: 1, replayed: true });
    expect((await stack.services.submissions.unit('dl-past', 'x-a').listCommits()).length).toBe(0);
  });
});
