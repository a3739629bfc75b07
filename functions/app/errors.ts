// The one coded error. Use cases and adapters throw `new AppError(code, detail)` for every failure on purpose
// (request, sign-in, storage, outputs, import, mail); adapters translate SDK errors into it. Its status,
// retryability and Vietnamese message come from the one table, API_ERRORS in shared/api/errors.ts. The HTTP layer
// answers `{ error: { code, message } }` with `status`; mail delivery records `{ code, message, detail, retryable }`;
// any other thrown value becomes INTERNAL (logged, never sent).
import { API_ERRORS, type ErrorCode } from '../../shared/api/errors';
import { maskPersonalIds } from '../../shared/text/mask';

export type { ErrorCode } from '../../shared/api/errors';

const DETAIL_LIMIT = 2000;

export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  /** English, for logs only (never sent to a client or a mail); personal ids are masked. */
  readonly detail: string;

  /** `message` is the table's Vietnamese message; `detail` is the technical English cause. */
  constructor(code: ErrorCode, detail = '') {
    super(API_ERRORS[code].message);
    this.code = code;
    this.status = API_ERRORS[code].status;
    this.retryable = API_ERRORS[code].retryable;
    this.detail = maskPersonalIds(detail.slice(0, DETAIL_LIMIT));
  }
}

/** Any thrown value as an AppError: itself if coded, otherwise `fallback` with the value's text as detail. */
export function asAppError(error: unknown, fallback: ErrorCode = 'INTERNAL'): AppError {
  if (error instanceof AppError) return error;
  return new AppError(fallback, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

/** What a client is told about any thrown value: its code if it is coded, INTERNAL otherwise. */
export function codedFailure(error: unknown): { status: number; code: ErrorCode; message: string } {
  const coded = error instanceof AppError ? error : new AppError('INTERNAL');
  return { status: coded.status, code: coded.code, message: coded.message };
}

export function errorBody(code: ErrorCode): { error: { code: string; message: string } } {
  return { error: { code, message: API_ERRORS[code].message } };
}
