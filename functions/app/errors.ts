// Coded errors: everything the use cases and adapters throw on purpose. The HTTP layer turns an AppError into
// `{ error: { code, message } }` with its status; any other thrown value becomes INTERNAL (logged, never sent).
import { API_ERRORS, type ApiErrorCode } from '../../shared/api/errors';
import type { FieldError } from './field-errors';

/** An error the HTTP layer answers as `{ error: { code, message } }` with `status`; every coded table extends it. */
export abstract class CodedError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  /** Vietnamese message for the user. */
  abstract readonly userMessage: string;
  /** Sent to the client as `error.detail` (e.g. the offending fields); absent for most errors. */
  readonly clientDetail?: Record<string, unknown>;
}

export class AppError extends CodedError {
  override name = 'AppError';
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly userMessage: string;

  /** `detail` is English, for logs only (never sent to the client). */
  constructor(code: ApiErrorCode, detail?: string) {
    super(detail ?? code);
    this.code = code;
    this.status = API_ERRORS[code].status;
    this.userMessage = API_ERRORS[code].message;
  }
}

/** A request refused for its content: `detail.fields` names every offending field by its path in the body. */
export class InvalidFieldsError extends AppError {
  override name = 'InvalidFieldsError';
  override readonly clientDetail: { fields: FieldError[] };

  constructor(fields: FieldError[], code: ApiErrorCode = 'INVALID_REQUEST') {
    super(code, `invalid fields: ${fields.map((f) => f.path.join('.')).join(', ')}`);
    this.clientDetail = { fields };
  }
}

export interface CodedFailure {
  status: number;
  code: string;
  message: string;
  detail?: Record<string, unknown>;
}

/** What a client is told about any thrown value: its code if it is coded, INTERNAL otherwise. */
export function codedFailure(error: unknown): CodedFailure {
  const coded = error instanceof CodedError ? error : new AppError('INTERNAL');
  const failure = { status: coded.status, code: coded.code, message: coded.userMessage };
  return coded.clientDetail ? { ...failure, detail: coded.clientDetail } : failure;
}

export function errorBody(code: ApiErrorCode): { error: { code: string; message: string } } {
  return { error: { code, message: API_ERRORS[code].message } };
}
