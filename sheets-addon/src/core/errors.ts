// Coded errors the add-on shows to the user. `message` is Vietnamese (NFC); `code` is stable: a server code of the
// one table (shared/api/errors.ts, compiled into the add-on) or one of the add-on's own MESSAGES codes.
import type { ErrorCode } from '../../../shared/api/errors';
import type { MessageCode } from './messages';

/** A code the add-on knows; a newer server may still send another (kept as is). */
export type AddonErrorCode = ErrorCode | MessageCode;

export class AddonError extends Error {
  readonly code: string;
  readonly status: number | undefined;
  /** The same action may succeed later (from the server table, or any 5xx/network failure). */
  readonly retryable: boolean;
  /** The server's error object as sent (e.g. field paths of a refused request), when there was one. */
  readonly details: unknown;

  constructor(
    code: AddonErrorCode | (string & {}),
    message: string,
    status?: number,
    retryable = false,
    details?: unknown,
  ) {
    super(message);
    this.name = 'AddonError';
    this.code = code;
    this.status = status;
    this.retryable = retryable;
    this.details = details;
  }
}

export function isAddonError(value: unknown): value is AddonError {
  return value instanceof AddonError;
}

/** True when `value` is an AddonError carrying `code` (typed, so a misspelt code does not compile). */
export function hasCode(value: unknown, code: AddonErrorCode): value is AddonError {
  return isAddonError(value) && value.code === code;
}

/** The Vietnamese text of any thrown value, for alerts and google.script.run failure handlers. */
export function userMessage(error: unknown): string {
  if (isAddonError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi không mong muốn: ${detail}`;
}
