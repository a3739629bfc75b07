// Vietnamese labels of the codes a master version holds (awards, ethnic groups, levels, states…), for the master
// sheet and the official xlsx layouts. Unknown codes are shown as they are, never dropped.
import type { MasterEntry, ReviewState } from '../../../shared/consolidation/types';
import { AWARDS } from '../../../shared/vocab/awards';
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS } from '../../../shared/vocab/education-levels';
import { ETHNIC_GROUPS } from '../../../shared/vocab/ethnic-groups';
import { GENDERS } from '../../../shared/vocab/genders';
import { labelOf } from '../../../shared/vocab/lookup';
import { SECTORS } from '../../../shared/vocab/sectors';
import { SOCIAL_COMPOSITIONS } from '../../../shared/vocab/social-compositions';
import { TASK_RATINGS } from '../../../shared/vocab/task-ratings';

export function awardLabel(code: string | undefined): string {
  return code === undefined ? '' : labelOf(AWARDS, code);
}

export function ethnicityLabel(code: string | undefined): string {
  return code === undefined ? '' : labelOf(ETHNIC_GROUPS, code);
}

export function genderLabel(code: string | undefined): string {
  return code === undefined ? '' : labelOf(GENDERS, code);
}

export function educationLabel(code: string | undefined): string {
  return code === undefined ? '' : labelOf(EDUCATION_LEVELS, code);
}

export function politicalTheoryLabel(code: string | undefined): string {
  return code === undefined ? '' : labelOf(POLITICAL_THEORY_LEVELS, code);
}

export function sectorLabel(code: string | undefined): string {
  return code === undefined ? '' : labelOf(SECTORS, code);
}

export function compositionLabel(code: string | undefined): string {
  return code === undefined ? '' : labelOf(SOCIAL_COMPOSITIONS, code);
}

export function taskRatingLabel(code: string | undefined): string {
  return code === undefined ? '' : labelOf(TASK_RATINGS, code);
}

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  pending: 'Chờ xét',
  approved: 'Đồng ý',
  rejected: 'Không đồng ý',
  needsInfo: 'Cần bổ sung',
};

export const KIND_LABELS = { individual: 'Cá nhân', collective: 'Tập thể' } as const;

export function yesNo(value: boolean | undefined): string {
  return value === true ? 'Có' : '';
}

export const ELIGIBILITY_LABELS = {
  yes: 'Đủ điều kiện',
  no: 'Chưa đủ điều kiện',
  unknown: 'Chưa đủ dữ liệu',
} as const;

export function eligibilityLabel(entry: Pick<MasterEntry, 'eligibility'>): string {
  const eligible = entry.eligibility?.eligible;
  if (eligible === undefined) return '';
  if (eligible === null) return ELIGIBILITY_LABELS.unknown;
  return eligible ? ELIGIBILITY_LABELS.yes : ELIGIBILITY_LABELS.no;
}

/** Birth date as dd/mm/yyyy, else the birth year. */
export function birthLabel(entry: Pick<MasterEntry, 'birthDate' | 'birthYear'>): string | number {
  if (entry.birthDate !== undefined) return entry.birthDate.split('-').reverse().join('/');
  return entry.birthYear ?? '';
}

/** The award the board decided on, else the units' proposal. */
export function finalAward(entry: Pick<MasterEntry, 'awardDecision' | 'award'>): string | undefined {
  return entry.awardDecision ?? entry.award;
}
