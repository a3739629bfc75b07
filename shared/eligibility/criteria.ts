// Eligibility criteria as data: for each award, what a program can check (domain.md "Checkable criteria"),
// with the legal source and a default threshold. Every numeric threshold has an id ("CSTD_TINH.consecutiveYears")
// that CampaignRules.thresholds can override. Lower awards are not formal prerequisites (Law 2022); only the
// criteria below are modelled.
import type { NominationKind } from '../grid/types';
import type { InitiativeScope } from '../vocab/initiative-scopes';
import type { TaskRating } from '../vocab/task-ratings';

interface Base {
  /** Threshold id, "<AWARD>.<name>". */
  readonly id: string;
}

export type Criterion =
  | (Base & { readonly type: 'taskRating'; readonly atLeast: TaskRating })
  | (Base & { readonly type: 'titleThisYear'; readonly title: string })
  | (Base & { readonly type: 'consecutiveYears'; readonly title: string; readonly years: number })
  | (Base & { readonly type: 'initiatives'; readonly min: number; readonly scope: InitiativeScope })
  | (Base & { readonly type: 'memberShare'; readonly percent: number; readonly strict: boolean })
  | (Base & { readonly type: 'emulationFighters'; readonly min: number })
  | (Base & { readonly type: 'noDisciplinedMembers' })
  | (Base & { readonly type: 'anyOf'; readonly options: readonly Criterion[] })
  | (Base & { readonly type: 'allOf'; readonly all: readonly Criterion[] });

export interface AwardCriteria {
  readonly award: string;
  readonly kind: NominationKind;
  /** Legal source, cited in messages. */
  readonly source: string;
  /** True where domain.md marks the rule unverified for the 2022 Law (kept, but configurable). */
  readonly unverified?: boolean;
  readonly criteria: readonly Criterion[];
}

/** Pseudo title for "hoàn thành xuất sắc nhiệm vụ" years (counted from the row's statement). */
export const EXCELLENT_YEARS = 'HTXSNV';

export const AWARD_CRITERIA: readonly AwardCriteria[] = [
  {
    award: 'LDTT',
    kind: 'individual',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 24',
    criteria: [{ id: 'LDTT.taskRating', type: 'taskRating', atLeast: 'good' }],
  },
  {
    award: 'CSTD_CS',
    kind: 'individual',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 23',
    criteria: [
      { id: 'CSTD_CS.holdsLDTT', type: 'titleThisYear', title: 'LDTT' },
      {
        id: 'CSTD_CS.merit',
        type: 'anyOf',
        options: [
          { id: 'CSTD_CS.excellent', type: 'taskRating', atLeast: 'excellent' },
          { id: 'CSTD_CS.initiatives', type: 'initiatives', min: 1, scope: 'grassroots' },
        ],
      },
    ],
  },
  {
    award: 'CSTD_TINH',
    kind: 'individual',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 22',
    criteria: [
      { id: 'CSTD_TINH.consecutiveYears', type: 'consecutiveYears', title: 'CSTD_CS', years: 3 },
      { id: 'CSTD_TINH.initiatives', type: 'initiatives', min: 1, scope: 'provincial' },
    ],
  },
  {
    award: 'CSTD_TQ',
    kind: 'individual',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 21',
    criteria: [
      { id: 'CSTD_TQ.consecutiveYears', type: 'consecutiveYears', title: 'CSTD_TINH', years: 2 },
      { id: 'CSTD_TQ.initiatives', type: 'initiatives', min: 1, scope: 'national' },
    ],
  },
  {
    award: 'BK_TINH',
    kind: 'individual',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 74.1.d',
    criteria: [
      {
        id: 'BK_TINH.path',
        type: 'anyOf',
        options: [
          { id: 'BK_TINH.consecutiveCSTDCS', type: 'consecutiveYears', title: 'CSTD_CS', years: 2 },
          {
            id: 'BK_TINH.excellentPath',
            type: 'allOf',
            all: [
              { id: 'BK_TINH.excellentYears', type: 'consecutiveYears', title: EXCELLENT_YEARS, years: 2 },
              { id: 'BK_TINH.initiatives', type: 'initiatives', min: 2, scope: 'grassroots' },
            ],
          },
        ],
      },
    ],
  },
  {
    award: 'TTLDXS',
    kind: 'collective',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 27',
    criteria: [
      { id: 'TTLDXS.taskRating', type: 'taskRating', atLeast: 'excellent' },
      { id: 'TTLDXS.advancedShare', type: 'memberShare', percent: 70, strict: false },
      { id: 'TTLDXS.emulationFighters', type: 'emulationFighters', min: 1 },
      { id: 'TTLDXS.noDiscipline', type: 'noDisciplinedMembers' },
    ],
  },
  {
    award: 'TTLDTT',
    kind: 'collective',
    source: 'Luật Thi đua, khen thưởng 2003, Điều 28 (chưa đối chiếu Luật 2022)',
    unverified: true,
    criteria: [
      { id: 'TTLDTT.advancedShare', type: 'memberShare', percent: 50, strict: true },
      { id: 'TTLDTT.noDiscipline', type: 'noDisciplinedMembers' },
    ],
  },
  {
    award: 'CO_TINH',
    kind: 'collective',
    source: 'Thông tư 22/2023/TT-BCT (tương tự cấp bộ, chưa đối chiếu cấp tỉnh)',
    unverified: true,
    criteria: [{ id: 'CO_TINH.holdsTTLDXS', type: 'titleThisYear', title: 'TTLDXS' }],
  },
];

/** Every threshold id with its default value (for docs and campaign editors). */
export function defaultThresholds(): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (c: Criterion): void => {
    if (c.type === 'consecutiveYears') out[c.id] = c.years;
    else if (c.type === 'initiatives' || c.type === 'emulationFighters') out[c.id] = c.min;
    else if (c.type === 'memberShare') out[c.id] = c.percent;
    else if (c.type === 'anyOf') c.options.forEach(visit);
    else if (c.type === 'allOf') c.all.forEach(visit);
  };
  for (const a of AWARD_CRITERIA) a.criteria.forEach(visit);
  return out;
}

const BY_KIND: Record<NominationKind, Map<string, AwardCriteria>> = {
  individual: new Map(AWARD_CRITERIA.filter((a) => a.kind === 'individual').map((a) => [a.award, a])),
  collective: new Map(AWARD_CRITERIA.filter((a) => a.kind === 'collective').map((a) => [a.award, a])),
};

export function criteriaFor(award: string, kind: NominationKind): AwardCriteria | undefined {
  return BY_KIND[kind].get(award);
}
