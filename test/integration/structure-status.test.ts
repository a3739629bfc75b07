// Delegate structure against targets over HTTP on the local stack (real firebase-admin on the embedded emulator):
// the board sets target shares and seat quotas with adminCampaign, two units submit rows with delegates, the board
// consolidates, and campaignStatus shows each unit's and the whole list's structure against the targets.
// Expected figures are worked out by hand in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePerson, sampleUnits } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse, StructureScopeStatus } from '../../shared/api/campaign-status';
import { post } from '../support/http';
import { BOARD, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-co-cau-dai-bieu';
let stack: Stack;

const HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Số CCCD',
  'Thành phần',
  'Đại biểu dự hội nghị',
  'Hình thức khen thưởng',
  'Khen thưởng đã đạt',
  'Tóm tắt thành tích',
];

const ACHIEVEMENTS =
  'Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia các phong trào thi đua của đơn vị.';

/**
 * Sample person k (even: male, odd: female; born 1962 + k) with ethnicity, composition and delegate mark. A delegate
 * of this campaign kind must hold a prior award: without one (prior = '') the row has an error ("chưa hợp lệ").
 */
function row(
  k: number,
  ethnicity: string,
  composition: string,
  delegate: boolean,
  prior = 'Giấy khen',
): unknown[] {
  const [, name, gender, year, , cccd, award] = samplePerson(k);
  const mark = delegate ? 'x' : '';
  return [k + 1, name, gender, year, ethnicity, cccd, composition, mark, award, prior, ACHIEVEMENTS];
}

async function submit(unitId: string, rows: unknown[][]): Promise<void> {
  const body = {
    campaignId: CAMPAIGN,
    unitId,
    kind: 'individual',
    grid: { header: HEADER, firstRow: 2, rows },
    submissionKey: `key-structure-${unitId}`,
  };
  const response = await post(stack.url, 'submitNominations', body, { user: unitEmail(unitId) });
  if (response.status !== 200) throw new Error(`submit ${response.status}: ${JSON.stringify(response.body)}`);
}

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  const units = sampleUnits(2);
  const members = units.map((u) => ({ email: unitEmail(u.id), role: 'unit', unitIds: [u.id] }));
  const campaign = {
    title: 'Đại hội thi đua yêu nước thử nghiệm',
    eventKind: 'dai-hoi-thi-dua-yeu-nuoc',
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    evaluationYear: 2026,
    quotas: { 'dv-01': { seats: 1 }, 'dv-02': { seats: 3 } },
    structureTargets: {
      women: { min: 0.5 },
      ethnicMinority: { min: 0.3 },
      workers: { min: 0.5 },
      youth: { min: 0.2 },
    },
  };
  const created = await post(
    stack.url,
    'adminCampaign',
    { campaignId: CAMPAIGN, campaign, units, members },
    {
      user: BOARD,
    },
  );
  if (created.status !== 200)
    throw new Error(`adminCampaign ${created.status}: ${JSON.stringify(created.body)}`);
  // dv-01: p0 (nam, Kinh, công nhân, đại biểu), p1 (nữ, Tày, nông dân, đại biểu), p2 (nam, CBCCVC, not a delegate),
  // p7 (nữ, Tày, công nhân, đại biểu without a prior award: "chưa hợp lệ", counted nowhere).
  await submit('dv-01', [
    row(0, 'Kinh', 'Công nhân', true),
    row(1, 'Tày', 'Nông dân', true),
    row(2, 'Kinh', 'Cán bộ, công chức, viên chức', false),
    row(7, 'Tày', 'Công nhân', true, ''),
  ]);
  // dv-02: p3 (nữ, Kinh, trí thức), p4 (nam, Tày, công nhân), p5 (nữ, Kinh, CBCCVC), all delegates.
  await submit('dv-02', [
    row(3, 'Kinh', 'Trí thức', true),
    row(4, 'Tày', 'Công nhân', true),
    row(5, 'Kinh', 'Cán bộ, công chức, viên chức', true),
  ]);
}, 120_000);

afterAll(async () => {
  await stack.close();
});

async function status(user: string, unitId?: string): Promise<CampaignStatusResponse> {
  const body = unitId === undefined ? { campaignId: CAMPAIGN } : { campaignId: CAMPAIGN, unitId };
  const response = await post<CampaignStatusResponse>(stack.url, 'campaignStatus', body, { user });
  if (response.status !== 200) throw new Error(`status ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

function lines(scope: StructureScopeStatus | undefined) {
  return Object.fromEntries((scope?.lines ?? []).map((l) => [l.key, [l.count, l.status, l.needed]] as const));
}

describe('campaignStatus: delegate structure against targets', () => {
  it('has no structure before the first consolidation', async () => {
    expect((await status(BOARD)).structure).toBeUndefined();
  });

  it('shows the whole list and each unit against the targets and seat quotas once consolidated', async () => {
    const consolidated = await post(stack.url, 'consolidate', { campaignId: CAMPAIGN }, { user: BOARD });
    expect(consolidated.status).toBe(200);
    const structure = (await status(BOARD)).structure;
    expect(structure).toMatchObject({
      masterVersion: 1,
      basis: 'delegates',
      youthMaxAge: 30,
      referenceYear: 2026,
    });
    // Whole: delegates p0, p1, p3, p4, p5 = 5 individuals. Women p1, p3, p5 = 3 (⌈2.5⌉ = 3, met); minorities p1, p4
    // = 2 (⌈1.5⌉ = 2, met); direct labourers (công nhân, nông dân by default) p0, p1, p4 = 3; workers p0, p4 = 2 (⌈2.5⌉ = 3, short 1); youth (born ≥ 1996): none (⌈1⌉ = 1, short 1).
    expect(structure?.whole).toMatchObject({
      population: 5,
      persons: 5,
      seats: { limit: 4, used: 5, over: true },
    });
    expect(lines(structure?.whole)).toEqual({
      women: [3, 'met', 0],
      ethnicMinority: [2, 'met', 0],
      directLabourers: [3, 'noTarget', 0],
      workers: [2, 'short', 1],
      farmers: [1, 'noTarget', 0],
      intellectuals: [1, 'noTarget', 0],
      youth: [0, 'short', 1],
    });
    expect(structure?.whole.missed).toBe(2);
    const [one, two] = structure?.units ?? [];
    // dv-01: p0, p1. Women 1 (⌈1⌉ met), minorities 1 (⌈0.6⌉ met), workers 1 (⌈1⌉ met), youth 0 (⌈0.4⌉ = 1, short 1).
    expect(one).toMatchObject({ unitId: 'dv-01', unitName: 'Đơn vị mẫu số 1', persons: 2, missed: 1 });
    expect(one?.seats).toEqual({ limit: 1, used: 2, over: true });
    expect(lines(one)).toMatchObject({
      women: [1, 'met', 0],
      workers: [1, 'met', 0],
      youth: [0, 'short', 1],
    });
    // dv-02: p3, p4, p5. Women 2 (⌈1.5⌉ met), minorities 1 (⌈0.9⌉ met), workers 1 (⌈1.5⌉ = 2, short 1).
    expect(two).toMatchObject({
      unitId: 'dv-02',
      persons: 3,
      missed: 2,
      seats: { limit: 3, used: 3, over: false },
    });
    expect(lines(two)).toMatchObject({
      women: [2, 'met', 0],
      ethnicMinority: [1, 'met', 0],
      workers: [1, 'short', 1],
    });
  }, 120_000);

  it('shows a unit user the whole list and only their own unit', async () => {
    const structure = (await status(unitEmail('dv-02'), 'dv-02')).structure;
    expect(structure?.units.map((u) => u.unitId)).toEqual(['dv-02']);
    expect(structure?.whole.persons).toBe(5);
  });

  it('follows a change of targets on the next consolidation (a new master version)', async () => {
    const patch = { campaign: { structureTargets: { workers: { min: 0.4 }, youthMaxAge: 60 } } };
    expect(
      (await post(stack.url, 'adminCampaign', { campaignId: CAMPAIGN, ...patch }, { user: BOARD })).status,
    ).toBe(200);
    expect((await post(stack.url, 'consolidate', { campaignId: CAMPAIGN }, { user: BOARD })).status).toBe(
      200,
    );
    const structure = (await status(BOARD)).structure;
    // Workers 2 of 5 ≥ ⌈2⌉: met. Youth ≤ 60 in 2026 (born ≥ 1966): p4, p5; no target now.
    expect(structure).toMatchObject({ masterVersion: 2, youthMaxAge: 60 });
    expect(lines(structure?.whole)).toMatchObject({
      workers: [2, 'met', 0],
      youth: [2, 'noTarget', 0],
      women: [3, 'noTarget', 0],
    });
  }, 120_000);

  it('refuses a target outside 0..1 or a max below its min, by path', async () => {
    const bad = { campaign: { structureTargets: { women: { min: 30 }, youth: { min: 0.3, max: 0.1 } } } };
    const response = await post<{ error: { code: string; fields?: Array<{ path: string }> } }>(
      stack.url,
      'adminCampaign',
      { campaignId: CAMPAIGN, ...bad },
      { user: BOARD },
    );
    expect(response.status).toBe(400);
    const detail = (response.body.error as { detail?: { fields?: Array<{ path: string[] }> } }).detail;
    expect(response.body.error.code).toBe('INVALID_REQUEST');
    expect(detail?.fields?.map((f) => f.path.join('.')).sort()).toEqual([
      'campaign.structureTargets.women.min',
      'campaign.structureTargets.youth.max',
    ]);
  });
});
