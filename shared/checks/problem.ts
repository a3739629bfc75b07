// What a field check returns: the normalised value (when there is one) and the problems found, each an issue
// code with its message parameters. validateGrid turns problems into Issues with sheet coordinates.
import type { IssueCode, IssueParams } from '../issues';

export interface Problem {
  code: IssueCode;
  params?: IssueParams;
}

export interface Checked<T> {
  value?: T;
  problems: readonly Problem[];
}

export const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

export function ok<T>(value: T): Checked<T> {
  return { value, problems: NO_PROBLEMS };
}

export function fail<T>(code: IssueCode, params?: IssueParams): Checked<T> {
  return { problems: [params === undefined ? { code } : { code, params }] };
}

/** An empty cell: no value, no problem. */
export const EMPTY: Checked<never> = Object.freeze({ problems: NO_PROBLEMS });
