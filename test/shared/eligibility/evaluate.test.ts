import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityInput } from '../../../shared/eligibility/evaluate';
import type { CollectiveNomination, IndividualNomination } from '../../../shared/schema/nomination';

function person(
  data: Partial<IndividualNomination>,
  history: EligibilityInput['history'] = [],
  thresholds = {},
): EligibilityInput {
  return {
    kind: 'individual',
    data: { fullName: 'Nguyễn Văn An', ...data },
    history,
    evaluationYear: 2026,
    thresholds,
  };
}

function unit(data: Partial<CollectiveNomination>, thresholds = {}): EligibilityInput {
  return {
    kind: 'collective',
    data: { collectiveName: 'Phòng Tổ chức cán bộ', ...data },
    history: [],
    evaluationYear: 2026,
    thresholds,
  };
}

const codes = (award: string, input: EligibilityInput): string[] =>
  checkEligibility(award, input).map((p) => p.code);

describe('eligibility', () => {
  it('Lao động tiên tiến: task rating "tốt" or better', () => {
    expect(codes('LDTT', person({ taskRating: 'good' }))).toEqual([]);
    expect(codes('LDTT', person({ taskRating: 'excellent' }))).toEqual([]);
    expect(codes('LDTT', person({ taskRating: 'complete' }))).toEqual(['eligibility.taskRating']);
    expect(codes('LDTT', person({}))).toEqual(['eligibility.unverifiable']);
  });

  it('Chiến sĩ thi đua cơ sở: LĐTT this year and (excellent or an initiative)', () => {
    const ldtt = [{ awardCode: 'LDTT', year: 2026 }];
    expect(codes('CSTD_CS', person({ taskRating: 'excellent' }, ldtt))).toEqual([]);
    expect(codes('CSTD_CS', person({ taskRating: 'good', initiatives: 1 }, ldtt))).toEqual([]);
    expect(codes('CSTD_CS', person({ taskRating: 'good', initiatives: 0 }, ldtt))).toEqual([
      'eligibility.noneMet',
    ]);
    // LĐTT of last year only: this year's may be decided at the same review: a warning, not an error.
    expect(
      codes('CSTD_CS', person({ taskRating: 'excellent' }, [{ awardCode: 'LDTT', year: 2025 }])),
    ).toEqual(['eligibility.unverifiable']);
    expect(codes('CSTD_CS', person({ taskRating: 'excellent' }))).toEqual(['eligibility.unverifiable']);
    // A task rating below what LĐTT requires is stated evidence against holding LĐTT this year.
    expect(codes('CSTD_CS', person({ taskRating: 'complete', initiatives: 0 }))).toEqual([
      'eligibility.titleThisYear',
      'eligibility.noneMet',
    ]);
  });

  it('a title of the evaluation year proposed in the same campaign satisfies "holds it this year"', () => {
    const input = { ...person({ taskRating: 'excellent' }), proposedTitles: ['LDTT'] };
    expect(codes('CSTD_CS', input)).toEqual([]);
    const other = { ...person({ taskRating: 'excellent' }), proposedTitles: ['BK_TINH'] };
    expect(codes('CSTD_CS', other)).toEqual(['eligibility.unverifiable']);
  });

  it('proposals of this campaign count as the evaluation year in consecutive runs', () => {
    const history = [{ awardCode: 'CSTD_CS', year: 2025 }];
    const input = { ...person({}, history), proposedTitles: ['CSTD_CS'] };
    expect(codes('BK_TINH', input)).toEqual([]);
  });

  it('missing input is never a failure: an any-of group with every option unverifiable is unverifiable', () => {
    const r = checkEligibility('BK_TINH', person({}));
    expect(r.map((p) => p.code)).toEqual(['eligibility.unverifiable']);
    expect(String(r[0]?.params?.missing)).toContain('Số năm liên tục');
    expect(String(r[0]?.params?.missing)).toContain('Số sáng kiến, đề tài');
    // Prior awards that do not name the title are no evidence about it.
    const unrelated = [{ awardCode: 'GIAY_KHEN', year: 2024 }];
    expect(codes('BK_TINH', person({}, unrelated))).toEqual(['eligibility.unverifiable']);
    expect(codes('CSTD_TINH', person({}, unrelated))).toEqual([
      'eligibility.unverifiable',
      'eligibility.unverifiable',
    ]);
  });

  it('stated evidence that contradicts every option fails the any-of group', () => {
    expect(codes('BK_TINH', person({ consecutiveYears: 1, initiatives: 0 }))).toEqual([
      'eligibility.noneMet',
    ]);
    const once = [{ awardCode: 'CSTD_CS', year: 2022 }];
    expect(codes('BK_TINH', person({ initiatives: 0 }, once))).toEqual(['eligibility.noneMet']);
    expect(codes('BK_TINH', person({}, once))).toEqual(['eligibility.unverifiable']);
  });

  it('Chiến sĩ thi đua tỉnh: 3 consecutive CSTĐCS (history or statement) and a province-wide initiative', () => {
    const history = [2024, 2025, 2026].map((year) => ({ awardCode: 'CSTD_CS', year }));
    expect(codes('CSTD_TINH', person({ initiatives: 1, initiativeScope: 'provincial' }, history))).toEqual(
      [],
    );
    expect(
      codes('CSTD_TINH', person({ initiatives: 1, initiativeScope: 'national', consecutiveYears: 3 })),
    ).toEqual([]);
    const gap = [2023, 2025, 2026].map((year) => ({ awardCode: 'CSTD_CS', year }));
    const r = checkEligibility('CSTD_TINH', person({ initiatives: 1, initiativeScope: 'provincial' }, gap));
    expect(r).toEqual([
      expect.objectContaining({
        code: 'eligibility.consecutiveYears',
        params: expect.objectContaining({ required: 3, actual: 2 }),
      }),
    ]);
    expect(
      codes('CSTD_TINH', person({ consecutiveYears: 3, initiatives: 1, initiativeScope: 'grassroots' })),
    ).toEqual(['eligibility.initiatives']);
    expect(codes('CSTD_TINH', person({ consecutiveYears: 3, initiatives: 1 }))).toEqual([
      'eligibility.unverifiable',
    ]);
  });

  it('counts consecutive years ending last year when this year is not decided', () => {
    const history = [2023, 2024, 2025].map((year) => ({ awardCode: 'CSTD_CS', year }));
    expect(codes('CSTD_TINH', person({ initiatives: 2, initiativeScope: 'provincial' }, history))).toEqual(
      [],
    );
  });

  it('campaign thresholds override defaults', () => {
    const input = person({ consecutiveYears: 2, initiatives: 1, initiativeScope: 'provincial' }, [], {
      'CSTD_TINH.consecutiveYears': 2,
    });
    expect(codes('CSTD_TINH', input)).toEqual([]);
    expect(codes('CSTD_TINH', { ...input, thresholds: {} })).toEqual(['eligibility.consecutiveYears']);
  });

  it('Bằng khen tỉnh (individual): 2 consecutive CSTĐCS, or 2 excellent years with 2 initiatives', () => {
    expect(codes('BK_TINH', person({ consecutiveYears: 2 }))).toEqual([]);
    expect(
      codes(
        'BK_TINH',
        person(
          {},
          [2025, 2026].map((year) => ({ awardCode: 'CSTD_CS', year })),
        ),
      ),
    ).toEqual([]);
    expect(codes('BK_TINH', person({ consecutiveYears: 1, initiatives: 0 }))).toEqual([
      'eligibility.noneMet',
    ]);
    expect(codes('BK_TINH', person({}))).toEqual(['eligibility.unverifiable']);
  });

  it('Tập thể lao động xuất sắc: excellent, ≥ 70 % LĐTT, a CSTĐ, nobody disciplined', () => {
    const ok = {
      taskRating: 'excellent',
      memberCount: 10,
      advancedMembers: 7,
      emulationFighters: 1,
    } as const;
    expect(codes('TTLDXS', unit(ok))).toEqual([]);
    expect(codes('TTLDXS', unit({ ...ok, advancedMembers: 6 }))).toEqual(['eligibility.memberShare']);
    expect(codes('TTLDXS', unit({ ...ok, emulationFighters: 0, disciplinedMembers: 1 }))).toEqual([
      'eligibility.emulationFighters',
      'eligibility.discipline',
    ]);
    expect(codes('TTLDXS', unit({ taskRating: 'excellent' }))).toEqual([
      'eligibility.unverifiable',
      'eligibility.unverifiable',
    ]);
  });

  it('Tập thể lao động tiên tiến: strictly more than 50 %', () => {
    expect(codes('TTLDTT', unit({ memberCount: 10, advancedMembers: 6 }))).toEqual([]);
    expect(codes('TTLDTT', unit({ memberCount: 10, advancedMembers: 5 }))).toEqual([
      'eligibility.memberShare',
    ]);
  });

  it('awards without modelled criteria pass', () => {
    expect(codes('GIAY_KHEN', person({}))).toEqual([]);
    expect(codes('BK_TINH', unit({}))).toEqual([]);
  });

  it('messages cite the legal source', () => {
    const [p] = checkEligibility('LDTT', person({ taskRating: 'complete' }));
    expect(p?.params?.source).toBe('Luật Thi đua, khen thưởng 2022, Điều 24');
  });
});
