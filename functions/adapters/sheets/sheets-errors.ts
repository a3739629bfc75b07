// Gaxios errors from @googleapis/sheets → coded AppErrors (SHEET_* codes), and which of them are worth retrying.
import type { ErrorCode } from '../../../shared/api/errors';
import { AppError } from '../../app/errors';
import type { RetryVerdict } from './backoff';

interface HttpishError {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; headers?: unknown };
}

/** HTTP status of a Gaxios error (0 for network errors). */
export function statusOf(error: unknown): number {
  const e = (error ?? {}) as HttpishError;
  const status = e.response?.status ?? e.status ?? (typeof e.code === 'number' ? e.code : undefined);
  return typeof status === 'number' ? status : 0;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = ((error ?? {}) as HttpishError).response?.headers;
  // gaxios 7 gives a fetch Headers object (not always this realm's class); older versions a plain object.
  const getter = (headers as { get?: unknown } | undefined)?.get;
  const raw =
    typeof getter === 'function'
      ? (getter.call(headers, 'retry-after') as string | null)
      : (headers as Record<string, string | undefined> | undefined)?.['retry-after'];
  const seconds = raw === null || raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

/** 429, 5xx and network errors are retried; Retry-After is honoured. */
export function sheetsRetryVerdict(error: unknown): RetryVerdict {
  const status = statusOf(error);
  const retry = status === 429 || status >= 500 || status === 0;
  const after = retryAfterMs(error);
  return after === undefined ? { retry } : { retry, afterMs: after };
}

export function toSheetError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError(codeOf(statusOf(error)), detail);
}

function codeOf(status: number): ErrorCode {
  if (status === 404) return 'SHEET_NOT_FOUND';
  if (status === 401 || status === 403) return 'SHEET_FORBIDDEN';
  if (status === 429) return 'SHEET_RATE_LIMITED';
  if (status === 400 || status === 413) return 'SHEET_REQUEST_INVALID';
  return 'SHEET_UNAVAILABLE';
}
