// Evaluates the criteria of the proposed award against what the row states and the award history. A criterion
// is met, failed (an error naming what is missing and the legal source) or unverifiable (a warning asking for
// the missing input). Thresholds come from the criteria table, overridden by CampaignRules.thresholds.
import { NO_PROBLEMS, type Problem } from '../checks/problem';
import type { NominationKind } from '../grid/types';
import type { IssueParams } from '../issues';
import { awardByCode } from '../vocab/awards';
import { INITIATIVE_SCOPES, initiativeScopeRank } from '../vocab/initiative-scopes';
import { TASK_RATINGS, type TaskRating, taskRatingRank } from '../vocab/task-ratings';
import { type AwardCriteria, type Criterion, criteriaFor, EXCELLENT_YEARS } from './criteria';
import type { NomineeFacts } from './facts';
import { consecutiveYears, type TitleYears } from './history';

export interface EligibilityInput {
  kind: NominationKind;
  data: NomineeFacts;
  /** History that applies to this row (historyFor). */
  history: readonly TitleYears[];
  evaluationYear: number;
  thresholds: Readonly<Record<string, number>>;
}

type Outcome =
  | { status: 'met' }
  | { status: 'failed'; problem: Problem }
  | { status: 'unverifiable'; problem: Problem };

const MET: Outcome = { status: 'met' };

interface Scope {
  input: EligibilityInput;
  award: string;
  source: string;
}

function titleLabel(code: string): string {
  return code === EXCELLENT_YEARS ? 'Hoàn thành xuất sắc nhiệm vụ' : (awardByCode(code)?.label ?? code);
}

function ratingLabel(code: TaskRating): string {
  return TASK_RATINGS.find((r) => r.code === code)?.label ?? code;
}

function scopeLabel(code: string): string {
  return (INITIATIVE_SCOPES.find((s) => s.code === code)?.label ?? code).toLowerCase();
}

function threshold(s: Scope, c: Criterion, fallback: number): number {
  return s.input.thresholds[c.id] ?? fallback;
}

function failed(s: Scope, code: Problem['code'], params: IssueParams): Outcome {
  return { status: 'failed', problem: { code, params: { award: s.award, source: s.source, ...params } } };
}

function unverifiable(s: Scope, c: Criterion, missing: string): Outcome {
  return {
    status: 'unverifiable',
    problem: {
      code: 'eligibility.unverifiable',
      params: { award: s.award, source: s.source, criterion: describe(s, c), missing },
    },
  };
}

/** Short Vietnamese statement of a criterion (for "one of" lists and unverifiable warnings). */
export function describe(s: Scope, c: Criterion): string {
  switch (c.type) {
    case 'taskRating':
      return ratingLabel(c.atLeast);
    case 'titleThisYear':
      return `đạt "${titleLabel(c.title)}" năm ${s.input.evaluationYear}`;
    case 'consecutiveYears':
      return `${threshold(s, c, c.years)} năm liên tục "${titleLabel(c.title)}"`;
    case 'initiatives':
      return `${threshold(s, c, c.min)} sáng kiến, đề tài phạm vi ${scopeLabel(c.scope)}`;
    case 'memberShare':
      return `${c.strict ? 'trên' : 'ít nhất'} ${threshold(s, c, c.percent)}% thành viên đạt Lao động tiên tiến`;
    case 'emulationFighters':
      return `ít nhất ${threshold(s, c, c.min)} Chiến sĩ thi đua cơ sở`;
    case 'noDisciplinedMembers':
      return 'không có thành viên bị kỷ luật';
    case 'anyOf':
      return c.options.map((o) => describe(s, o)).join(' hoặc ');
    case 'allOf':
      return c.all.map((o) => describe(s, o)).join(' và ');
  }
}

function taskRating(s: Scope, c: Extract<Criterion, { type: 'taskRating' }>): Outcome {
  const actual = s.input.data.taskRating;
  if (actual === undefined) return unverifiable(s, c, 'Xếp loại');
  if (taskRatingRank(actual) >= taskRatingRank(c.atLeast)) return MET;
  return failed(s, 'eligibility.taskRating', {
    required: ratingLabel(c.atLeast),
    actual: ratingLabel(actual),
  });
}

function titleThisYear(s: Scope, c: Extract<Criterion, { type: 'titleThisYear' }>): Outcome {
  const { history, evaluationYear } = s.input;
  if (history.some((e) => e.awardCode === c.title && e.year === evaluationYear)) return MET;
  if (history.length === 0) return unverifiable(s, c, 'Khen thưởng đã đạt');
  return failed(s, 'eligibility.titleThisYear', { title: titleLabel(c.title), year: evaluationYear });
}

function consecutive(s: Scope, c: Extract<Criterion, { type: 'consecutiveYears' }>): Outcome {
  const required = threshold(s, c, c.years);
  const fromHistory = consecutiveYears(s.input.history, c.title, s.input.evaluationYear);
  const stated = s.input.data.consecutiveYears;
  const actual = Math.max(fromHistory, stated ?? 0);
  if (actual >= required) return MET;
  if (stated === undefined && s.input.history.length === 0) return unverifiable(s, c, 'Số năm liên tục');
  return failed(s, 'eligibility.consecutiveYears', { required, title: titleLabel(c.title), actual });
}

function initiatives(s: Scope, c: Extract<Criterion, { type: 'initiatives' }>): Outcome {
  const data = s.input.data;
  const count = data.initiatives;
  const scope = data.initiativeScope;
  const required = threshold(s, c, c.min);
  if (count === undefined) return unverifiable(s, c, 'Số sáng kiến, đề tài');
  const wideEnough =
    scope === undefined
      ? c.scope === 'grassroots'
      : initiativeScopeRank(scope) >= initiativeScopeRank(c.scope);
  if (count >= required && wideEnough) return MET;
  if (count >= required && scope === undefined) return unverifiable(s, c, 'Phạm vi ảnh hưởng');
  const actual =
    scope === undefined || count === 0 ? String(count) : `${count} (phạm vi ${scopeLabel(scope)})`;
  return failed(s, 'eligibility.initiatives', { required, scope: scopeLabel(c.scope), actual });
}

function memberShare(s: Scope, c: Extract<Criterion, { type: 'memberShare' }>): Outcome {
  const data = s.input.data;
  const total = data.memberCount;
  const advanced = data.advancedMembers;
  if (total === undefined || advanced === undefined || total === 0)
    return unverifiable(s, c, 'Tổng số thành viên, Số đạt Lao động tiên tiến');
  const required = threshold(s, c, c.percent);
  const share = (advanced / total) * 100;
  if (c.strict ? share > required : share >= required) return MET;
  const comparison = c.strict ? 'trên' : 'ít nhất';
  return failed(s, 'eligibility.memberShare', { comparison, required, actual: Math.round(share * 10) / 10 });
}

function emulationFighters(s: Scope, c: Extract<Criterion, { type: 'emulationFighters' }>): Outcome {
  const data = s.input.data;
  const actual = data.emulationFighters;
  if (actual === undefined) return unverifiable(s, c, 'Số đạt Chiến sĩ thi đua cơ sở');
  const required = threshold(s, c, c.min);
  return actual >= required ? MET : failed(s, 'eligibility.emulationFighters', { required, actual });
}

/** Not stated = none declared (the row's own "Bị kỷ luật" mark holds the nomination separately). */
function noDisciplined(s: Scope): Outcome {
  const data = s.input.data;
  const actual = data.disciplinedMembers ?? 0;
  return actual === 0 ? MET : failed(s, 'eligibility.discipline', { actual });
}

function anyOf(s: Scope, c: Extract<Criterion, { type: 'anyOf' }>): Outcome {
  let open: Outcome | undefined;
  for (const option of c.options) {
    const outcome = evaluateCriterion(s, option);
    if (outcome.status === 'met') return MET;
    if (outcome.status === 'unverifiable') open ??= outcome;
  }
  return (
    open ?? failed(s, 'eligibility.noneMet', { options: c.options.map((o) => describe(s, o)).join('; ') })
  );
}

function allOf(s: Scope, c: Extract<Criterion, { type: 'allOf' }>): Outcome {
  let open: Outcome | undefined;
  for (const part of c.all) {
    const outcome = evaluateCriterion(s, part);
    if (outcome.status === 'failed') return outcome;
    if (outcome.status === 'unverifiable') open ??= outcome;
  }
  return open ?? MET;
}

function evaluateCriterion(s: Scope, c: Criterion): Outcome {
  switch (c.type) {
    case 'taskRating':
      return taskRating(s, c);
    case 'titleThisYear':
      return titleThisYear(s, c);
    case 'consecutiveYears':
      return consecutive(s, c);
    case 'initiatives':
      return initiatives(s, c);
    case 'memberShare':
      return memberShare(s, c);
    case 'emulationFighters':
      return emulationFighters(s, c);
    case 'noDisciplinedMembers':
      return noDisciplined(s);
    case 'anyOf':
      return anyOf(s, c);
    case 'allOf':
      return allOf(s, c);
  }
}

/** Problems for the proposed award's criteria (none when the award has no modelled criteria). */
export function evaluateEligibility(rule: AwardCriteria, input: EligibilityInput): readonly Problem[] {
  const s: Scope = { input, award: awardByCode(rule.award)?.label ?? rule.award, source: rule.source };
  let problems: readonly Problem[] = NO_PROBLEMS;
  for (const c of rule.criteria) {
    const outcome = evaluateCriterion(s, c);
    if (outcome.status !== 'met') problems = [...problems, outcome.problem];
  }
  return problems;
}

/** Criteria of an award for a row kind, evaluated; [] when none are modelled. */
export function checkEligibility(award: string, input: EligibilityInput): readonly Problem[] {
  const rule = criteriaFor(award, input.kind);
  return rule === undefined ? NO_PROBLEMS : evaluateEligibility(rule, input);
}
