// The state of one data row while validateGrid reads it: the data object being filled, the issues found and a
// few facts the cross-field checks need. One object per row, reused shapes for speed.

import type { Problem } from '../checks/problem';
import { type IssueCode, type IssueParams, makeIssue } from '../issues';
import type { DateParse } from '../text/dates';
import type { Issue } from './types';

export interface RowState {
  sheetRow: number;
  data: Record<string, unknown>;
  issues: Issue[];
  /** Year from the birth-date column. */
  dateYear: number | undefined;
  splitMale: (DateParse & { ok: true }) | undefined;
  splitFemale: (DateParse & { ok: true }) | undefined;
  splitColumn: number;
}

export function newRowState(sheetRow: number): RowState {
  return {
    sheetRow,
    data: {},
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

/** A field whose cell held something: every non-empty cell either stores a value or raises an issue on it. */
export function touched(state: RowState, key: string): boolean {
  return state.data[key] !== undefined || state.issues.some((i) => i.field === key);
}
