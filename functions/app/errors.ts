// Coded errors: everything the use cases and adapters throw on purpose. The HTTP layer turns an AppError into
// `{ error: { code, message } }` with its status; any other thrown value becomes INTERNAL (logged, never sent).
import { API_ERRORS, type ApiErrorCode } from '../../shared/api/errors';

export class AppError extends Error {
  override name = 'AppError';
  readonly code: ApiErrorCode;
  readonly status: number;
  /** Vietnamese message for the user. */
  readonly userMessage: string;

  /** `detail` is English, for logs only (never sent to the client). */
  constructor(code: ApiErrorCode, detail?: string) {
    super(detail ?? code);
    this.code = code;
    this.status = API_ERRORS[code].status;
    this.userMessage = API_ERRORS[code].message;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function errorBody(code: ApiErrorCode): { error: { code: string; message: string } } {
  return { error: { code, message: API_ERRORS[code].message } };
}
