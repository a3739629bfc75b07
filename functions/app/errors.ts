// The one coded error. Use cases and adapters throw `new AppError(code, detail)` for every failure on purpose
// (request, sign-in, storage, outputs, import, mail); adapters translate SDK errors into it. Its status,
// retryability and Vietnamese message come from the one table, API_ERRORS in shared/api/errors.ts. The HTTP layer
// answers `{ error: { code, message, detail? } }` with `status`; mail delivery records
// `{ code, message, detail, retryable }`; any other thrown value becomes INTERNAL (logged, never sent).
import { API_ERRORS, type ErrorCode } from '../../shared/api/errors';
import type { FieldError } from '../../shared/api/field-errors';
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
  /** Sent to the client as `error.detail` (e.g. the offending fields); absent for most errors. */
  readonly clientDetail?: Record<string, unknown>;

  /** `message` is the table's Vietnamese message; `detail` is the technical English cause. */
  constructor(code: ErrorCode, detail = '') {
    super(API_ERRORS[code].message);
    this.code = code;
    this.status = API_ERRORS[code].status;
    this.retryable = API_ERRORS[code].retryable;
    this.detail = maskPersonalIds(detail.slice(0, DETAIL_LIMIT));
  }
}

/** A request refused for its content: `detail.fields` names every offending field by its path in the body. */
export class InvalidFieldsError extends AppError {
  override name = 'InvalidFieldsError';
  override readonly clientDetail: { fields: FieldError[] };

  constructor(fields: FieldError[], code: ErrorCode = 'INVALID_REQUEST') {
    super(code, `invalid fields: ${fields.map((f) => f.path.join('.')).join(', ')}`);
    this.clientDetail = { fields };
  }
}

/** Any thrown value as an AppError: itself if coded, otherwise `fallback` with the value's text as detail. */
export function asAppError(error: unknown, fallback: ErrorCode = 'INTERNAL'): AppError {
  if (error instanceof AppError) return error;
  return new AppError(fallback, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

export interface CodedFailure {
  status: number;
  code: ErrorCode;
  message: string;
  detail?: Record<string, unknown>;
}

/** What a client is told about any thrown value: its code if it is coded, INTERNAL otherwise. */
export function codedFailure(error: unknown): CodedFailure {
  const coded = error instanceof AppError ? error : new AppError('INTERNAL');
  const failure = { status: coded.status, code: coded.code, message: coded.message };
  return coded.clientDetail ? { ...failure, detail: coded.clientDetail } : failure;
}

export function errorBody(code: ErrorCode): { error: { code: string; message: string } } {
  return { error: { code, message: API_ERRORS[code].message } };
}
