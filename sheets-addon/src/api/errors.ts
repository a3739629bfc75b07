// Pure: turns an HTTP answer of the functions into a result or a coded AddonError with a Vietnamese message.
// A server code is mapped from the one error table (shared/api/errors.ts): its Vietnamese message and
// retryability; a code the add-on does not know keeps the server's message.
import { API_ERRORS, isErrorCode } from '../../../shared/api/errors';
import { AddonError } from '../core/errors';
import { MESSAGES } from '../core/messages';

export interface HttpAnswer {
  status: number;
  text: string;
}

interface ServerError {
  code: string;
  message: string;
  retryable: boolean;
}

function serverError(body: unknown, status: number): ServerError | null {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!error || typeof error.code !== 'string') return null;
  if (isErrorCode(error.code)) {
    const spec = API_ERRORS[error.code];
    return { code: error.code, message: spec.message, retryable: spec.retryable };
  }
  if (typeof error.message !== 'string') return null;
  return { code: error.code, message: error.message, retryable: status >= 500 };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function statusError(status: number): AddonError {
  if (status === 401) return new AddonError('UNAUTHENTICATED', MESSAGES.UNAUTHENTICATED, status);
  if (status === 403) return new AddonError('FORBIDDEN', MESSAGES.FORBIDDEN, status);
  if (status === 404) return new AddonError('NOT_FOUND', MESSAGES.NOT_FOUND, status);
  if (status >= 500) return new AddonError('SERVER', `${MESSAGES.SERVER} (HTTP ${status})`, status, true);
  return new AddonError('HTTP', `${MESSAGES.HTTP} (HTTP ${status}).`, status);
}

/** The server's own coded error wins (its message is Vietnamese); otherwise a message by status. */
export function readAnswer(answer: HttpAnswer): unknown {
  const body = parseJson(answer.text);
  if (answer.status >= 200 && answer.status < 300) {
    if (body === undefined) throw new AddonError('BAD_RESPONSE', MESSAGES.BAD_RESPONSE, answer.status);
    return body;
  }
  const coded = serverError(body, answer.status);
  if (coded && answer.status < 500)
    return throwCoded(coded, answer.status, (body as { error: unknown }).error);
  if (coded)
    throw new AddonError(coded.code, `${MESSAGES.SERVER} ${coded.message}`, answer.status, coded.retryable);
  throw statusError(answer.status);
}

function throwCoded(error: ServerError, status: number, details: unknown): never {
  throw new AddonError(error.code, error.message, status, error.retryable, details);
}
