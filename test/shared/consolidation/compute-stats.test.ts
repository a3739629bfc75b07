import { describe, expect, it } from 'vitest';
import { ageAt, ageBand, computeStats } from '../../../shared/consolidation/compute-stats';
import type { EntrySource, MasterEntry } from '../../../shared/consolidation/types';

function source(unitId: string, award?: string): EntrySource {
  const s: EntrySource = {
    unitId,
    kind: 'individual',
    sheetRow: 5,
    submissionVersion: 1,
    submittedAt: '2026-04-01T00:00:00Z',
    rowId: `${unitId}:individual:5`,
    memberKey: `${unitId}|x`,
  };
  if (award) s.award = award;
  return s;
}

function entry(id: string, fields: Partial<MasterEntry>, units: string[] = ['A']): MasterEntry {
  return {
    nomineeId: id,
    kind: 'individual',
    displayName: id,
    proposedAwards: [],
    sources: units.map((u) => source(u, fields.award)),
    issues: [],
    reviewState: 'pending',
    duplicateGroupIds: [],
    ...fields,
  };
}

const entries: MasterEntry[] = [
  entry('p1', {
    gender: 'female',
    ethnicity: '02',
    birthDate: '1996-05-02',
    award: 'CSTD_CS',
    directLabourer: true,
    socialComposition: 'worker',
    sector: 'economy',
  }),
  entry('p2', { gender: 'male', ethnicity: '01', birthYear: 1986, award: 'LDTT', sector: 'economy' }, [
    'A',
    'B',
  ]),
  entry('p3', { gender: 'female', ethnicity: '99', birthYear: 1966, award: 'CSTD_CS', delegate: true }, [
    'B',
  ]),
  entry('p4', { gender: 'male', award: 'CSTD_CS', reviewState: 'rejected' }),
  entry('c1', { kind: 'collective', award: 'TTLDXS', sector: 'cultureSociety' }, ['B']),
  entry('p5', { gender: 'male', ethnicity: '03', award: 'LDTT', awardDecision: 'BK_UBND_TINH' }, ['A']),
];

describe('computeStats', () => {
  const stats = computeStats(
    { entries },
    {
      referenceDate: '2026-05-01',
      baseSalary: 2_340_000,
      coefficients: { CSTD_CS: 1, LDTT: 0.3, TTLDXS: 1.5 },
      quotas: { A: { total: 3 }, B: { total: 5, byAward: { CSTD_CS: 0 } } },
    },
  );

  it('counts the campaign once per nominee, rejected apart', () => {
    expect(stats.campaign).toMatchObject({
      entries: 5,
      individuals: 4,
      collectives: 1,
      rejected: 1,
      women: 2,
      ethnicMinority: 2,
      ethnicityUnknown: 1,
      directLabourers: 1,
      delegates: 1,
      byAward: { CSTD_CS: 2, LDTT: 1, TTLDXS: 1, BK_UBND_TINH: 1 },
      bySocialComposition: { worker: 1 },
      bySector: { economy: 2, cultureSociety: 1 },
      byAgeBand: { under30: 1, '30to39': 0, '40to49': 1, '50to59': 0, '60plus': 1, unknown: 1 },
    });
  });

  it('estimates the budget from coefficients × base salary and lists awards without one', () => {
    expect(stats.campaign.coefficientSum).toBe(3.8);
    expect(stats.campaign.budget).toBe(Math.round(3.8 * 2_340_000));
    expect(stats.awardsWithoutCoefficient).toEqual(['BK_UBND_TINH']);
  });

  it('counts a nominee of two units in both units, with the award each unit proposed, and flags quotas', () => {
    expect(stats.units.map((u) => [u.unitId, u.entries, u.rejected])).toEqual([
      ['A', 3, 1],
      ['B', 3, 0],
    ]);
    expect(stats.units[0]?.byAward).toEqual({ CSTD_CS: 1, LDTT: 2 });
    expect(stats.units[0]?.quota).toEqual({ limit: 3, used: 3, over: false, byAward: [] });
    expect(stats.units[1]?.quota).toEqual({
      limit: 5,
      used: 3,
      over: true,
      byAward: [{ award: 'CSTD_CS', limit: 0, used: 1, over: true }],
    });
    expect(stats.overQuotaUnits).toEqual(['B']);
  });
});

describe('ages', () => {
  it.each([
    [{ birthDate: '1996-05-02' }, 29],
    [{ birthDate: '1996-05-01' }, 30],
    [{ birthYear: 1966 }, 60],
    [{}, null],
  ])('%o at 2026-05-01 is %s', (birth, age) => {
    expect(ageAt(birth, '2026-05-01')).toBe(age);
  });

  it.each([
    [29, 'under30'],
    [30, '30to39'],
    [49, '40to49'],
    [59, '50to59'],
    [60, '60plus'],
    [null, 'unknown'],
  ] as const)('%s → %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});
