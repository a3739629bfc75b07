import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../functions/app/errors';
import { parseBody, readJson } from '../../../functions/handlers/request-body';

const codeOf = (run: () => unknown): string => {
  try {
    run();
    return 'none';
  } catch (error) {
    return error instanceof AppError ? error.code : 'not-app-error';
  }
};

const base = { method: 'POST', contentType: 'application/json', contentLength: undefined };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readJson', () => {
  it('parses UTF-8 JSON', () => {
    expect(readJson({ ...base, raw: bytes('{"tên":"Lạng Sơn"}') }, 100)).toEqual({ tên: 'Lạng Sơn' });
    expect(
      readJson({ ...base, contentType: 'Application/JSON; charset="UTF-8"', raw: bytes('1') }, 100),
    ).toBe(1);
  });

  it.each([
    ['GET', { ...base, method: 'GET', raw: bytes('{}') }, 'METHOD_NOT_ALLOWED'],
    ['text/plain', { ...base, contentType: 'text/plain', raw: bytes('{}') }, 'UNSUPPORTED_MEDIA_TYPE'],
    ['no content type', { ...base, contentType: undefined, raw: bytes('{}') }, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'utf-16',
      { ...base, contentType: 'application/json; charset=utf-16', raw: bytes('{}') },
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['declared too large', { ...base, contentLength: '101', raw: bytes('{}') }, 'BODY_TOO_LARGE'],
    ['actually too large', { ...base, raw: bytes(`"${'x'.repeat(100)}"`) }, 'BODY_TOO_LARGE'],
    ['broken UTF-8', { ...base, raw: Uint8Array.from([0x22, 0xff, 0x22]) }, 'MALFORMED_JSON'],
    ['bad JSON', { ...base, raw: bytes('{') }, 'MALFORMED_JSON'],
  ])('refuses %s', (_label, request, code) => {
    expect(codeOf(() => readJson(request, 100))).toBe(code);
  });
});

describe('parseBody', () => {
  const schema = z.object({ grid: z.object({ rows: z.array(z.int()).max(2) }), name: z.string() });
  it('returns parsed data, INVALID_REQUEST for wrong types, GRID_TOO_LARGE for grid limits', () => {
    expect(parseBody(schema, { grid: { rows: [1] }, name: 'a' })).toEqual({ grid: { rows: [1] }, name: 'a' });
    expect(codeOf(() => parseBody(schema, { grid: { rows: [1] }, name: 3 }))).toBe('INVALID_REQUEST');
    expect(codeOf(() => parseBody(schema, { grid: { rows: [1, 2, 3] }, name: 'a' }))).toBe('GRID_TOO_LARGE');
  });
});
