// Campaign chains over HTTP on the embedded stack: two provinces' campaigns with a national parent. Each province's
// units submit, the province consolidates, approves and sends up; the national campaign consolidates both, finds
// the nominee both provinces proposed, returns one entry to a province with a note, and that province's board sees
// the return. Then phases: a closed conference's approved nominees carried forward to the congress, twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_EMAIL, SAMPLE_HEADER, samplePerson, unitEmail } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CarryForwardResponse, SendUpResponse, SendUpStatusResponse } from '../../shared/api/chains';
import type { ConsolidateResponse } from '../../shared/api/consolidation';
import type { ErrorBody } from '../../shared/api/error-body';
import type { MasterListResponse } from '../../shared/api/master-list';
import { post } from '../support/http';

const NATION = 'vn-dhtdyn-2026';
const LS = 'ls-dhtdyn-2026';
const CB = 'cb-dhtdyn-2026';
const CONFERENCE = 'ls-hnttt-2025';
const CONGRESS = 'ls-dhtd-2025';
const UNITS = [
  { id: 'dv-01', name: 'Sở Nội vụ', kind: 'department' },
  { id: 'dv-02', name: 'Xã Tân Thành', kind: 'commune' },
];
const deadline = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

let stack: Stack;

const call = async <T>(fn: string, body: unknown, user = BOARD_EMAIL) =>
  post<T>(stack.url, fn, body, { user });

async function ok<T>(fn: string, body: unknown, user = BOARD_EMAIL): Promise<T> {
  const response = await call<T>(fn, body, user);
  if (response.status !== 200) throw new Error(`${fn} ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

async function setUp(campaignId: string, eventKind: string, units: object[], extra: object = {}) {
  const members = UNITS.map((u) => ({ email: unitEmail(u.id), role: 'unit', unitIds: [u.id] }));
  const campaign = { title: `Đợt ${campaignId}`, eventKind, deadline: deadline(), ...extra };
  await ok('adminCampaign', { campaignId, campaign, units, members });
}

const ACHIEVEMENTS =
  'Hoàn thành xuất sắc nhiệm vụ được giao, dẫn đầu phong trào thi đua của đơn vị trong năm.';

/** The unit's grid of sample persons (numbers `persons`), each with its achievement summary (every proposal needs
 *  one); `delegate` adds the Đại biểu column. */
function grid(persons: number[], delegate = false) {
  const base = [...SAMPLE_HEADER, 'Tóm tắt thành tích'];
  const header = delegate ? [...base, 'Đại biểu dự hội nghị'] : base;
  const rows = persons.map((k, i) => {
    const [, ...rest] = samplePerson(k);
    const row = [i + 1, ...rest, ACHIEVEMENTS];
    return delegate ? [...row, i % 2 === 0 ? 'x' : ''] : row;
  });
  return { header, firstRow: 2, rows };
}

async function submit(campaignId: string, unitId: string, persons: number[], delegate = false) {
  const body = {
    campaignId,
    unitId,
    kind: 'individual',
    grid: grid(persons, delegate),
    submissionKey: `k-${campaignId}-${unitId}`,
  };
  return ok<{ version: number; status: string }>('submitNominations', body, unitEmail(unitId));
}

const consolidate = (campaignId: string) => ok<ConsolidateResponse>('consolidate', { campaignId });
const master = async (campaignId: string) =>
  (await ok<MasterListResponse>('masterList', { campaignId, pageSize: 5000 })).master;

async function approveAll(campaignId: string) {
  for (const entry of (await master(campaignId)).entries)
    await ok('reviewNominee', { campaignId, nomineeId: entry.nomineeId, state: 'approved' });
}

/** Đã khen thưởng, with a note: the award enters the award history (a congress delegate must hold one). */
async function awardAll(campaignId: string, note: string) {
  const decision = { state: 'awarded', decisionNumber: '15/QĐ-UBND', decisionDate: '2025-05-20', note };
  for (const entry of (await master(campaignId)).entries)
    await ok('reviewNominee', { campaignId, nomineeId: entry.nomineeId, ...decision });
}

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  const provinces = [
    { id: 'ls', name: 'Tỉnh Lạng Sơn', kind: 'province' },
    { id: 'cb', name: 'Tỉnh Cao Bằng', kind: 'province' },
  ];
  await setUp(NATION, 'dai-hoi-thi-dua-yeu-nuoc', provinces);
  await setUp(LS, 'dai-hoi-thi-dua-yeu-nuoc', UNITS, { parent: { campaignId: NATION, unitId: 'ls' } });
  await setUp(CB, 'dai-hoi-thi-dua-yeu-nuoc', UNITS, { parent: { campaignId: NATION, unitId: 'cb' } });
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('campaign chains: province → nation', () => {
  let lsSent: SendUpResponse;

  it('refuses a parent that does not exist, and sendUp before anything is approved', async () => {
    const campaign = {
      title: 'x',
      eventKind: 'khac',
      deadline: deadline(),
      parent: { campaignId: 'nope-1', unitId: 'ls' },
    };
    const bad = await call<ErrorBody>('adminCampaign', { campaignId: 'orphan-1', campaign });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('PARENT_CAMPAIGN_INVALID');
    const noMaster = await call<ErrorBody>('sendUp', { campaignId: LS });
    expect(noMaster.body.error.code).toBe('MASTER_NOT_FOUND');
  });

  it('each province consolidates its units, approves and sends its list up as one unit list', async () => {
    await submit(LS, 'dv-01', [0, 1, 2]);
    await submit(LS, 'dv-02', [3, 4, 5]);
    await submit(CB, 'dv-01', [100, 101, 0]); // person 0: proposed by both provinces
    await submit(CB, 'dv-02', [103, 104]);
    expect((await consolidate(LS)).totals.entries).toBe(6);
    expect((await consolidate(CB)).totals.entries).toBe(5);
    const empty = await call<ErrorBody>('sendUp', { campaignId: LS });
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('SEND_UP_EMPTY');
    await approveAll(LS);
    await approveAll(CB);
    lsSent = await ok<SendUpResponse>('sendUp', { campaignId: LS });
    const cbSent = await ok<SendUpResponse>('sendUp', { campaignId: CB });
    expect(lsSent.parent).toEqual({ campaignId: NATION, unitId: 'ls' });
    expect(lsSent.lists).toHaveLength(1);
    expect(lsSent.lists[0]?.rows).toBe(6);
    expect(lsSent.lists[0]?.response).toMatchObject({ version: 1, status: 'clean', replayed: false });
    expect(cbSent.lists[0]?.rows).toBe(5);
  });

  it('a retry of sendUp is a replay: no second version in the parent', async () => {
    const again = await ok<SendUpResponse>('sendUp', { campaignId: LS });
    expect(again.lists[0]?.submissionKey).toBe(lsSent.lists[0]?.submissionKey);
    expect(again.lists[0]?.response).toMatchObject({ version: 1, replayed: true });
  });

  it('the nation consolidates both provinces, finds the cross-province duplicate and traces it to unit rows', async () => {
    const result = await consolidate(NATION);
    expect(result.totals.entries).toBe(10);
    const group = result.duplicates.find((g) => g.memberRowIds.some((id) => id.startsWith('cb:')));
    expect(group?.memberRowIds.map((id) => id.split(':')[0]).sort()).toEqual(['cb', 'ls']);
    expect(group?.reasons.map((r) => r.code)).toContain('DUP_SAME_CCCD');
    const national = await master(NATION);
    const shared = national.entries.find((e) => e.nomineeId === group?.nomineeIds[0]);
    expect(shared?.sources.map((s) => s.unitId)).toEqual(['cb', 'ls']);
    const fromLs = shared?.sources.find((s) => s.unitId === 'ls');
    const provincial = (await master(LS)).entries.find((e) => e.displayName === shared?.displayName);
    expect(fromLs?.provenance).toEqual({
      campaignId: LS,
      masterVersion: 1,
      nomineeId: provincial?.nomineeId,
      rows: [{ unitId: 'dv-01', kind: 'individual', sheetRow: 2 }],
    });
  });

  it('the nation returns one entry to Lạng Sơn with a note, and Lạng Sơn board sees the return', async () => {
    const national = await master(NATION);
    const target = national.entries.find((e) => e.displayName === samplePerson(4)[1]);
    expect(target?.sources.map((s) => s.unitId)).toEqual(['ls']);
    const note = 'Bổ sung tóm tắt thành tích có xác nhận của cấp ủy.';
    await ok('reviewNominee', { campaignId: NATION, nomineeId: target?.nomineeId, state: 'needsInfo', note });
    const seen = await ok<SendUpStatusResponse>('sendUpStatus', { campaignId: LS });
    expect(seen.parentMasterVersion).toBe(1);
    expect(seen.nominees).toHaveLength(6);
    expect(seen.returned).toBe(1);
    const returned = seen.nominees.find((n) => n.parentState === 'needsInfo');
    expect(returned).toMatchObject({
      displayName: samplePerson(4)[1],
      note,
      parentStateLabel: 'Cần bổ sung',
    });
    expect(returned?.parentNomineeId).toBe(target?.nomineeId);
    const cb = await ok<SendUpStatusResponse>('sendUpStatus', { campaignId: CB });
    expect(cb.returned).toBe(0);
    expect(cb.nominees.every((n) => n.parentState === null && n.parentStateLabel === 'Chưa xét')).toBe(true);
  });

  it('the nation approves an entry: the province sees it approved', async () => {
    const national = await master(NATION);
    const target = national.entries.find((e) => e.displayName === samplePerson(3)[1]);
    await ok('reviewNominee', { campaignId: NATION, nomineeId: target?.nomineeId, state: 'approved' });
    const seen = await ok<SendUpStatusResponse>('sendUpStatus', { campaignId: LS });
    expect(seen.approved).toBe(1);
    expect(seen.nominees.find((n) => n.parentNomineeId === target?.nomineeId)?.parentStateLabel).toBe(
      'Đã duyệt',
    );
  });
  it('the parent’s rules apply: once the nation closes, a retry replays and a changed list is refused', async () => {
    const closed = {
      title: 'Toàn quốc',
      eventKind: 'dai-hoi-thi-dua-yeu-nuoc',
      deadline: deadline(),
      open: false,
    };
    await ok('adminCampaign', { campaignId: NATION, campaign: closed });
    const retry = await ok<SendUpResponse>('sendUp', { campaignId: CB });
    expect(retry.lists[0]?.response).toMatchObject({ version: 1, replayed: true });
    const first = (await master(CB)).entries[0];
    await ok('reviewNominee', { campaignId: CB, nomineeId: first?.nomineeId, state: 'ineligible' });
    const refused = await call<ErrorBody>('sendUp', { campaignId: CB });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('CAMPAIGN_CLOSED');
  });
});

describe('phases: a conference carried forward to the congress', () => {
  beforeAll(async () => {
    await setUp(CONFERENCE, 'hoi-nghi-dien-hinh-tien-tien', UNITS);
    await setUp(CONGRESS, 'dai-hoi-thi-dua-yeu-nuoc', UNITS);
    await submit(CONFERENCE, 'dv-01', [200, 201, 202], true);
    await submit(CONFERENCE, 'dv-02', [203, 204], true);
    await consolidate(CONFERENCE);
    await awardAll(CONFERENCE, 'Tiêu biểu của khối.');
  }, 120_000);

  it('refuses an open source campaign', async () => {
    const open = await call<ErrorBody>('carryForward', { campaignId: CONGRESS, fromCampaignId: CONFERENCE });
    expect(open.status).toBe(409);
    expect(open.body.error.code).toBe('CARRY_FORWARD_SOURCE_OPEN');
  });

  it('carries each unit’s awarded nominees with flags, awards and notes; twice is a replay', async () => {
    const campaign = {
      title: 'Hội nghị',
      eventKind: 'hoi-nghi-dien-hinh-tien-tien',
      deadline: deadline(),
      open: false,
    };
    await ok('adminCampaign', { campaignId: CONFERENCE, campaign });
    const request = { campaignId: CONGRESS, fromCampaignId: CONFERENCE, states: ['awarded'] };
    const none = await call<ErrorBody>('carryForward', { ...request, states: ['approved'] });
    expect(none.body.error.code).toBe('CARRY_FORWARD_EMPTY');
    const first = await ok<CarryForwardResponse>('carryForward', request);
    expect(first.units.map((u) => [u.unitId, u.lists[0]?.rows, u.lists[0]?.response.replayed])).toEqual([
      ['dv-01', 3, false],
      ['dv-02', 2, false],
    ]);
    const second = await ok<CarryForwardResponse>('carryForward', request);
    expect(second.units.map((u) => [u.lists[0]?.response.version, u.lists[0]?.response.replayed])).toEqual([
      [1, true],
      [1, true],
    ]);
    const dv01 = first.units[0]?.lists[0]?.response.versionId ?? '';
    const stored = await stack.services.submissions.unit(CONGRESS, 'dv-01').readRows(dv01);
    // The congress requires every delegate to hold an award (its event kind's default rule): the conference's
    // award, recorded in the award history, satisfies it, so every carried row is valid.
    expect(stored.map((r) => [r.valid, r.data.notes])).toEqual([
      [true, 'Tiêu biểu của khối.'],
      [true, 'Tiêu biểu của khối.'],
      [true, 'Tiêu biểu của khối.'],
    ]);
    expect((await consolidate(CONGRESS)).totals.entries).toBe(5);
    const congress = await master(CONGRESS);
    const first0 = congress.entries.find((e) => e.displayName === samplePerson(200)[1]);
    expect(first0).toMatchObject({ delegate: true, award: 'LDTT', sources: [{ unitId: 'dv-01' }] });
    const second1 = congress.entries.find((e) => e.displayName === samplePerson(201)[1]);
    expect(second1?.delegate).toBeUndefined();
    const source = first0?.sources[0];
    expect(source?.provenance).toMatchObject({ campaignId: CONFERENCE, masterVersion: 1 });
    expect(source?.provenance?.rows).toEqual([{ unitId: 'dv-01', kind: 'individual', sheetRow: 2 }]);
  });
});
