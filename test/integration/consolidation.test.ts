// consolidate, consolidationStatus and masterList end to end through HTTP (local stack, embedded emulator, real
// firebase-admin): a 20-unit campaign with planted cross-unit duplicates → master version 1 with duplicates and
// statistics; what a unit user sees; paging; roles; the access log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { ConsolidateResponse, ConsolidationStatusResponse } from '../../shared/api/consolidation';
import type { ErrorBody } from '../../shared/api/error-body';
import type { MasterListResponse } from '../../shared/api/master-list';
import { post } from '../support/http';
import { BOARD, docCount, setUpCampaign, submitAll, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-tonghop-e2e';
let stack: Stack;
let first: ConsolidateResponse;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  await setUpCampaign(stack, CAMPAIGN, 20);
  await submitAll(stack, CAMPAIGN, 20, 30);
  const response = await post<ConsolidateResponse>(
    stack.url,
    'consolidate',
    { campaignId: CAMPAIGN, runId: 'run-e2e-00000001' },
    { user: BOARD },
  );
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  first = response.body;
});

afterAll(async () => {
  await stack.close();
});

const list = (user: string, body: Record<string, unknown> = {}) =>
  post<MasterListResponse>(stack.url, 'masterList', { campaignId: CAMPAIGN, ...body }, { user });

describe('consolidate', () => {
  it('stores master version 1 from the 20 units with totals, per-unit figures and statistics', async () => {
    expect(first).toMatchObject({
      runId: 'run-e2e-00000001',
      state: 'done',
      masterVersion: 1,
      reused: false,
    });
    expect(first.totals).toMatchObject({ units: 20, sourceRows: 603, invalidRows: 0, entries: 601 });
    expect(first.byUnit).toHaveLength(20);
    expect(first.byUnit.find((u) => u.unitId === 'dv-02')).toMatchObject({
      rows: 31,
      entries: 31,
      sharedEntries: 1,
    });
    expect(first.stats.campaign.entries).toBe(601);
    expect(first.stats.campaign.women).toBe(300);
    expect(first.stats.overQuotaUnits).toEqual(['dv-01']);
    expect(first.changes.added).toHaveLength(601);
    expect(first.message).toBe(first.message.normalize('NFC'));
    expect(await docCount(stack, CAMPAIGN, 'masterVersions')).toBe(1);
  });

  it('finds the same CCCD in two units and the accent-only variant, but not the namesake of another year', () => {
    const reasons = (row: string) =>
      first.duplicates.find((g) => g.memberRowIds.includes(row))?.reasons.map((r) => r.code) ?? [];
    expect(reasons('dv-02:individual:32')).toEqual(['DUP_SAME_CCCD']);
    expect(reasons('dv-03:individual:32')).toContain('DUP_NAME_ACCENTS');
    expect(reasons('dv-04:individual:32')).toEqual([]);
    const cccd = first.duplicates.find((g) => g.memberRowIds.includes('dv-02:individual:32'));
    expect(cccd).toMatchObject({
      kind: 'exact',
      memberRowIds: ['dv-01:individual:2', 'dv-02:individual:32'],
    });
    expect(cccd?.nomineeIds).toHaveLength(1);
  });

  it('reports the finished run through consolidationStatus', async () => {
    const status = await post<ConsolidationStatusResponse>(
      stack.url,
      'consolidationStatus',
      { campaignId: CAMPAIGN, runId: 'run-e2e-00000001' },
      { user: BOARD },
    );
    expect(status.body).toMatchObject({ state: 'done', stage: 'done', progress: 1, masterVersion: 1 });
    expect(status.body.result?.totals.entries).toBe(601);
    const missing = await post<ErrorBody>(
      stack.url,
      'consolidationStatus',
      { campaignId: CAMPAIGN, runId: 'run-unknown-000' },
      { user: BOARD },
    );
    expect([missing.status, missing.body.error.code]).toEqual([404, 'RUN_NOT_FOUND']);
  });

  it('answers a retried runId with the stored result, and a dry run stores nothing', async () => {
    const again = await post<ConsolidateResponse>(
      stack.url,
      'consolidate',
      { campaignId: CAMPAIGN, runId: 'run-e2e-00000001' },
      { user: BOARD },
    );
    expect(again.body).toMatchObject({ masterVersion: 1, reused: false, totals: first.totals });
    const dry = await post<ConsolidateResponse>(
      stack.url,
      'consolidate',
      { campaignId: CAMPAIGN, dryRun: true, runId: 'run-e2e-dry-0001' },
      { user: BOARD },
    );
    expect(dry.body).toMatchObject({ masterVersion: 1, reused: true, dryRun: true });
    expect(await docCount(stack, CAMPAIGN, 'masterVersions')).toBe(1);
    expect((await stack.services.runs.getRun(CAMPAIGN, 'run-e2e-dry-0001')) ?? null).toBeNull();
  });
});

describe('masterList', () => {
  it('pages the board through every entry of the version, pinned by the page token', async () => {
    const seen: string[] = [];
    let token: string | null | undefined;
    do {
      const page = await list(BOARD, { pageSize: 250, ...(token ? { pageToken: token } : {}) });
      expect(page.status).toBe(200);
      expect(page.body.master.version).toBe(1);
      seen.push(...page.body.master.entries.map((e) => e.nomineeId));
      token = page.body.page.nextPageToken;
    } while (token);
    expect(seen).toHaveLength(601);
    expect(new Set(seen).size).toBe(601);
    const whole = await list(BOARD, { pageSize: 5000 });
    expect(whole.body.master.entries.map((e) => e.nomineeId)).toEqual(seen);
    expect(whole.body.master.duplicates).toHaveLength(2);
  });

  it('shows a unit user only the entries their unit nominated, with only their own rows', async () => {
    const response = await list(unitEmail('dv-02'));
    const entries = response.body.master.entries;
    expect(entries).toHaveLength(31);
    expect(entries.every((e) => e.sources.length === 1 && e.sources[0]?.unitId === 'dv-02')).toBe(true);
    // An entry dv-01 nominated too may carry dv-01's personal data: the unit does not see it there.
    const board = await list(BOARD, { pageSize: 5000 });
    const shared = board.body.master.entries.filter((e) => e.sources.length > 1).map((e) => e.nomineeId);
    const sharedSeen = entries.filter((e) => shared.includes(e.nomineeId));
    expect(sharedSeen.length).toBeGreaterThan(0);
    for (const e of sharedSeen)
      expect([e.cccd, e.phone, e.email, e.birthDate]).toEqual([undefined, undefined, undefined, undefined]);
    expect(
      entries.filter((e) => !shared.includes(e.nomineeId)).every((e) => typeof e.cccd === 'string'),
    ).toBe(true);
    expect(response.body.master.duplicates).toEqual([]);
    expect(response.body.master.stats.units.map((u) => u.unitId)).toEqual(['dv-02']);
    const other = await list(unitEmail('dv-02'), { unitId: 'dv-01' });
    expect([other.status, (other.body as unknown as ErrorBody).error.code]).toEqual([403, 'FORBIDDEN_UNIT']);
  });

  it('refuses a forged page token and an unknown version', async () => {
    const forged = await list(BOARD, { pageToken: 'abc' });
    expect([forged.status, (forged.body as unknown as ErrorBody).error.code]).toEqual([
      400,
      'INVALID_PAGE_TOKEN',
    ]);
    const unknown = await list(BOARD, { version: 7 });
    expect([unknown.status, (unknown.body as unknown as ErrorBody).error.code]).toEqual([
      404,
      'MASTER_NOT_FOUND',
    ]);
  });

  it('records who read which part of which version in the access log', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const entries = await stack.services.db
      .collection('accessLog')
      .doc(day)
      .collection('entries')
      .where('actor', '==', unitEmail('dv-02'))
      .get();
    const details = entries.docs.filter((d) => d.get('action') === 'masterList').map((d) => d.get('detail'));
    expect(details).toContain('master v1, entries 0-31 of 31');
  });
});

describe('roles', () => {
  const calls: Array<[string, Record<string, unknown>]> = [
    ['consolidate', {}],
    ['consolidationStatus', { runId: 'run-e2e-00000001' }],
    ['reviewDuplicates', { memberKeys: ['a|b', 'c|d'], decision: 'same' }],
    ['reviewNominee', { nomineeId: 'i-0000', state: 'approved' }],
  ];
  it.each(calls)('refuses %s to a unit user with 403 FORBIDDEN_ROLE', async (fn, body) => {
    const response = await post<ErrorBody>(
      stack.url,
      fn,
      { campaignId: CAMPAIGN, ...body },
      { user: unitEmail('dv-01') },
    );
    expect([response.status, response.body.error.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    expect(response.body.error.message).toBe('Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.');
  });

  it('refuses a campaign the board holds no role in (an unknown one too) with 403 FORBIDDEN_CAMPAIGN', async () => {
    const response = await post<ErrorBody>(
      stack.url,
      'consolidate',
      { campaignId: 'khong-co' },
      { user: BOARD },
    );
    expect([response.status, response.body.error.code]).toEqual([403, 'FORBIDDEN_CAMPAIGN']);
  });
});
