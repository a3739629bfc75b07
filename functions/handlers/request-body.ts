// The checks every HTTP function runs before parsing: method, content type, size, UTF-8 and JSON syntax.
// They work on the raw bytes (the framework's body parser silently replaces broken UTF-8).
import type { z } from 'zod';
import { fieldErrorsOf } from '../../shared/api/field-errors';
import { AppError, InvalidFieldsError } from '../app/errors';

export interface RawRequest {
  method: string;
  contentType: string | undefined;
  contentLength: string | undefined;
  raw: Uint8Array | undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function checkMethod(method: string): void {
  if (method !== 'POST') throw new AppError('METHOD_NOT_ALLOWED');
}

export function checkContentType(contentType: string | undefined): void {
  const [type = '', ...params] = (contentType ?? '').toLowerCase().split(';');
  if (type.trim() !== 'application/json') throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const charset = params.map((p) => p.trim()).find((p) => p.startsWith('charset='));
  if (charset && charset.replace(/^charset=/, '').replace(/"/g, '') !== 'utf-8') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'charset is not utf-8');
  }
}

export function checkDeclaredSize(contentLength: string | undefined, maxBytes: number): void {
  if (contentLength !== undefined && Number(contentLength) > maxBytes) throw new AppError('BODY_TOO_LARGE');
}

export function parseJson(raw: Uint8Array, maxBytes: number): unknown {
  if (raw.byteLength > maxBytes) throw new AppError('BODY_TOO_LARGE');
  try {
    return JSON.parse(decoder.decode(raw));
  } catch {
    throw new AppError('MALFORMED_JSON');
  }
}

/** All pre-parse checks, then the JSON value. */
export function readJson(request: RawRequest, maxBytes: number): unknown {
  checkMethod(request.method);
  checkContentType(request.contentType);
  checkDeclaredSize(request.contentLength, maxBytes);
  return parseJson(request.raw ?? new Uint8Array(), maxBytes);
}

/**
 * Parses a JSON value with a request schema; size-limit violations of the grid get their own code, every other
 * violation is INVALID_REQUEST with `detail.fields` naming the offending fields.
 */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const tooBig = parsed.error.issues.some((issue) => issue.code === 'too_big' && issue.path[0] === 'grid');
  if (tooBig) throw new AppError('GRID_TOO_LARGE', 'request schema mismatch');
  throw new InvalidFieldsError(fieldErrorsOf(parsed.error));
}
