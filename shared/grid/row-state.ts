// The state of one data row while validateGrid reads it: the data object being filled, the issues found and a
// few facts the cross-field checks need. One object per row, reused shapes for speed.

import type { Problem } from '../checks/problem';
import { type IssueCode, type IssueParams, makeIssue } from '../issues';
import type { DateParse } from '../text/dates';
import type { Gender } from '../vocab/genders';
import type { InitiativeScope } from '../vocab/initiative-scopes';
import type { SocialComposition } from '../vocab/social-compositions';
import type { TaskRating } from '../vocab/task-ratings';
import type { Issue } from './types';

/**
 * The values the cross-field checks read, in one fixed-shape object per validateGrid call (reset per row): reading
 * them from the row's data object, whose shape varies with the columns filled, was megamorphic and slow.
 */
export interface RowFacts {
  fullName: string | undefined;
  collectiveName: string | undefined;
  gender: Gender | undefined;
  birthDate: string | undefined;
  birthYear: number | undefined;
  cccd: string | undefined;
  award: string | undefined;
  delegate: boolean | undefined;
  honoured: boolean | undefined;
  disciplined: boolean | undefined;
  underReview: boolean | undefined;
  socialComposition: SocialComposition | undefined;
  directLabourer: boolean | undefined;
  achievements: string | undefined;
  priorAwards: string | undefined;
  taskRating: TaskRating | undefined;
  initiatives: number | undefined;
  initiativeScope: InitiativeScope | undefined;
  consecutiveYears: number | undefined;
  memberCount: number | undefined;
  advancedMembers: number | undefined;
  emulationFighters: number | undefined;
  disciplinedMembers: number | undefined;
}

export function newFacts(): RowFacts {
  return {
    fullName: undefined,
    collectiveName: undefined,
    gender: undefined,
    birthDate: undefined,
    birthYear: undefined,
    cccd: undefined,
    award: undefined,
    delegate: undefined,
    honoured: undefined,
    disciplined: undefined,
    underReview: undefined,
    socialComposition: undefined,
    directLabourer: undefined,
    achievements: undefined,
    priorAwards: undefined,
    taskRating: undefined,
    initiatives: undefined,
    initiativeScope: undefined,
    consecutiveYears: undefined,
    memberCount: undefined,
    advancedMembers: undefined,
    emulationFighters: undefined,
    disciplinedMembers: undefined,
  };
}

function resetFacts(f: RowFacts): void {
  f.fullName = undefined;
  f.collectiveName = undefined;
  f.gender = undefined;
  f.birthDate = undefined;
  f.birthYear = undefined;
  f.cccd = undefined;
  f.award = undefined;
  f.delegate = undefined;
  f.honoured = undefined;
  f.disciplined = undefined;
  f.underReview = undefined;
  f.socialComposition = undefined;
  f.directLabourer = undefined;
  f.achievements = undefined;
  f.priorAwards = undefined;
  f.taskRating = undefined;
  f.initiatives = undefined;
  f.initiativeScope = undefined;
  f.consecutiveYears = undefined;
  f.memberCount = undefined;
  f.advancedMembers = undefined;
  f.emulationFighters = undefined;
  f.disciplinedMembers = undefined;
}

export interface RowState {
  sheetRow: number;
  data: Record<string, unknown>;
  /** The hot values of `data`, kept in step by the setters of field-setters.ts. */
  f: RowFacts;
  issues: Issue[];
  /** Year from the birth-date column. */
  dateYear: number | undefined;
  splitMale: (DateParse & { ok: true }) | undefined;
  splitFemale: (DateParse & { ok: true }) | undefined;
  splitColumn: number;
}

/** Clears a state for the next row (one state object serves a whole validateGrid call). */
export function resetRowState(state: RowState, sheetRow: number): void {
  state.sheetRow = sheetRow;
  state.data = {};
  resetFacts(state.f);
  state.issues.length = 0;
  state.dateYear = undefined;
  state.splitMale = undefined;
  state.splitFemale = undefined;
  state.splitColumn = 0;
}

export function newRowState(sheetRow: number): RowState {
  return {
    sheetRow,
    data: {},
    f: newFacts(),
    issues: [],
    dateYear: undefined,
    splitMale: undefined,
    splitFemale: undefined,
    splitColumn: 0,
  };
}

export function addIssue(
  state: RowState,
  code: IssueCode,
  column: number,
  field: string,
  params?: IssueParams,
): void {
  state.issues.push(makeIssue(code, { row: state.sheetRow, column, field }, params));
}

export function addProblems(
  state: RowState,
  problems: readonly Problem[],
  column: number,
  field: string,
): void {
  for (const p of problems) addIssue(state, p.code, column, field, p.params);
}

/** The fact of a key when the key is one (static-name reads), else the keyed value of the data object. */
function currentValue(state: RowState, key: string): unknown {
  const f = state.f;
  switch (key) {
    case 'fullName':
      return f.fullName;
    case 'collectiveName':
      return f.collectiveName;
    case 'birthYear':
      return f.birthYear;
    case 'gender':
      return f.gender;
    case 'award':
      return f.award;
    case 'cccd':
      return f.cccd;
    default:
      return state.data[key];
  }
}

/** A field whose cell held something: every non-empty cell either stores a value or raises an issue on it. */
export function touched(state: RowState, key: string): boolean {
  return (
    currentValue(state, key) !== undefined ||
    (state.issues.length > 0 && state.issues.some((i) => i.field === key))
  );
}
