// Evaluates the criteria of the proposed award against what the row states and the award history. Each criterion
// has one of three outcomes, strictly:
// - met: the stated values (or the history, or a proposal of the same campaign) show it;
// - failed (an error naming the requirement and the legal source): only stated evidence that contradicts it, e.g.
//   a task rating below the requirement, a stated count too small, history that names the title but with too
//   few consecutive years;
// - unverifiable (a warning naming the missing column): the input is missing, i.e. the column is absent or the
//   cell empty. An any-of group is failed only when every option failed; otherwise, if no option is met, it is
//   unverifiable. Missing input is never a failure.
// The evaluation year is an explicit input (the campaign's year, see defaultEvaluationYear); nothing here reads
// the clock. Thresholds come from the criteria table, overridden by CampaignRules.thresholds.
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
  /** The campaign's evaluation year (explicit: never the clock). */
  evaluationYear: number;
  thresholds: Readonly<Record<string, number>>;
  /** Award codes proposed for the same nominee in the same campaign (titles of the evaluation year). */
  proposedTitles?: readonly string[] | undefined;
}

type Outcome =
  | { status: 'met' }
  | { status: 'failed'; problem: Problem }
  | { status: 'unverifiable'; criterion: Criterion; missing: readonly string[] };

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

function unverifiable(c: Criterion, ...missing: string[]): Outcome {
  return { status: 'unverifiable', criterion: c, missing };
}

function unverifiableProblem(s: Scope, c: Criterion, missing: readonly string[]): Problem {
  return {
    code: 'eligibility.unverifiable',
    params: { award: s.award, source: s.source, criterion: describe(s, c), missing: missing.join('", "') },
  };
}

/** Titles of the evaluation year: from the history, or proposed for the same nominee in this campaign. */
function heldThisYear(s: Scope, title: string): boolean {
  const { history, evaluationYear, proposedTitles } = s.input;
  return (
    history.some((e) => e.awardCode === title && e.year === evaluationYear) ||
    (proposedTitles?.includes(title) ?? false)
  );
}

/** History plus the titles proposed in this campaign, counted as titles of the evaluation year. */
function historyWithProposals(s: Scope): readonly TitleYears[] {
  const proposed = s.input.proposedTitles ?? [];
  if (proposed.length === 0) return s.input.history;
  const year = s.input.evaluationYear;
  return [...s.input.history, ...proposed.map((awardCode) => ({ awardCode, year }))];
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
  if (actual === undefined) return unverifiable(c, 'Xếp loại');
  if (taskRatingRank(actual) >= taskRatingRank(c.atLeast)) return MET;
  return failed(s, 'eligibility.taskRating', {
    required: ratingLabel(c.atLeast),
    actual: ratingLabel(actual),
  });
}

/**
 * Held this year: met when the history or a proposal of this campaign shows it; failed only when the row's own
 * values contradict the title's criteria (e.g. a task rating below what "Lao động tiên tiến" requires); else
 * unverifiable (the title is decided at the same year-end review and may simply not be listed).
 */
function titleThisYear(s: Scope, c: Extract<Criterion, { type: 'titleThisYear' }>): Outcome {
  if (heldThisYear(s, c.title)) return MET;
  const titleRule = criteriaFor(c.title, s.input.kind);
  const contradicted = titleRule?.criteria.some(
    (tc) => tc.type !== 'titleThisYear' && evaluateCriterion(s, tc).status === 'failed',
  );
  if (contradicted === true)
    return failed(s, 'eligibility.titleThisYear', {
      title: titleLabel(c.title),
      year: s.input.evaluationYear,
    });
  return unverifiable(c, 'Khen thưởng đã đạt');
}

/** Stated evidence about a title's years: the "Số năm liên tục" value, or history that names the title. */
function consecutive(s: Scope, c: Extract<Criterion, { type: 'consecutiveYears' }>): Outcome {
  const required = threshold(s, c, c.years);
  const history = historyWithProposals(s);
  const fromHistory = consecutiveYears(history, c.title, s.input.evaluationYear);
  const stated = s.input.data.consecutiveYears;
  const actual = Math.max(fromHistory, stated ?? 0);
  if (actual >= required) return MET;
  const named = history.some((e) => e.awardCode === c.title);
  if (stated === undefined && !named) return unverifiable(c, 'Số năm liên tục', 'Khen thưởng đã đạt');
  return failed(s, 'eligibility.consecutiveYears', { required, title: titleLabel(c.title), actual });
}

function initiatives(s: Scope, c: Extract<Criterion, { type: 'initiatives' }>): Outcome {
  const data = s.input.data;
  const count = data.initiatives;
  const scope = data.initiativeScope;
  const required = threshold(s, c, c.min);
  if (count === undefined) return unverifiable(c, 'Số sáng kiến, đề tài');
  const wideEnough =
    scope === undefined
      ? c.scope === 'grassroots'
      : initiativeScopeRank(scope) >= initiativeScopeRank(c.scope);
  if (count >= required && wideEnough) return MET;
  if (count >= required && scope === undefined) return unverifiable(c, 'Phạm vi ảnh hưởng');
  const actual =
    scope === undefined || count === 0 ? String(count) : `${count} (phạm vi ${scopeLabel(scope)})`;
  return failed(s, 'eligibility.initiatives', { required, scope: scopeLabel(c.scope), actual });
}

function memberShare(s: Scope, c: Extract<Criterion, { type: 'memberShare' }>): Outcome {
  const data = s.input.data;
  const total = data.memberCount;
  const advanced = data.advancedMembers;
  if (total === undefined || advanced === undefined || total === 0)
    return unverifiable(c, 'Tổng số thành viên', 'Số đạt Lao động tiên tiến');
  const required = threshold(s, c, c.percent);
  const share = (advanced / total) * 100;
  if (c.strict ? share > required : share >= required) return MET;
  const comparison = c.strict ? 'trên' : 'ít nhất';
  return failed(s, 'eligibility.memberShare', { comparison, required, actual: Math.round(share * 10) / 10 });
}

function emulationFighters(s: Scope, c: Extract<Criterion, { type: 'emulationFighters' }>): Outcome {
  const data = s.input.data;
  const actual = data.emulationFighters;
  if (actual === undefined) return unverifiable(c, 'Số đạt Chiến sĩ thi đua cơ sở');
  const required = threshold(s, c, c.min);
  return actual >= required ? MET : failed(s, 'eligibility.emulationFighters', { required, actual });
}

/** Not stated = none declared (the row's own "Bị kỷ luật" mark holds the nomination separately). */
function noDisciplined(s: Scope): Outcome {
  const data = s.input.data;
  const actual = data.disciplinedMembers ?? 0;
  return actual === 0 ? MET : failed(s, 'eligibility.discipline', { actual });
}

/** Met if one option is met; failed only if every option failed; else unverifiable (naming every missing input). */
function anyOf(s: Scope, c: Extract<Criterion, { type: 'anyOf' }>): Outcome {
  const missing = new Set<string>();
  for (const option of c.options) {
    const outcome = evaluateCriterion(s, option);
    if (outcome.status === 'met') return MET;
    if (outcome.status === 'unverifiable') for (const m of outcome.missing) missing.add(m);
  }
  if (missing.size > 0) return unverifiable(c, ...missing);
  return failed(s, 'eligibility.noneMet', { options: c.options.map((o) => describe(s, o)).join('; ') });
}

/** Failed if a part failed; else unverifiable if a part is (naming every missing input); else met. */
function allOf(s: Scope, c: Extract<Criterion, { type: 'allOf' }>): Outcome {
  const missing = new Set<string>();
  for (const part of c.all) {
    const outcome = evaluateCriterion(s, part);
    if (outcome.status === 'failed') return outcome;
    if (outcome.status === 'unverifiable') for (const m of outcome.missing) missing.add(m);
  }
  return missing.size > 0 ? unverifiable(c, ...missing) : MET;
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
    if (outcome.status === 'failed') problems = [...problems, outcome.problem];
    else if (outcome.status === 'unverifiable')
      problems = [...problems, unverifiableProblem(s, outcome.criterion, outcome.missing)];
  }
  return problems;
}

/** Criteria of an award for a row kind, evaluated; [] when none are modelled. */
export function checkEligibility(award: string, input: EligibilityInput): readonly Problem[] {
  const rule = criteriaFor(award, input.kind);
  return rule === undefined ? NO_PROBLEMS : evaluateEligibility(rule, input);
}
