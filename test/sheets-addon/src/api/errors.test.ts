import { describe, expect, it } from 'vitest';
import { API_ERRORS } from '../../../../shared/api/errors';
import { readAnswer } from '../../../../sheets-addon/src/api/errors';

describe('readAnswer', () => {
  it('returns the JSON body of a 2xx answer', () => {
    expect(readAnswer({ status: 200, text: '{"a":1}' })).toEqual({ a: 1 });
  });

  it('maps a known server code through the shared table: its Vietnamese message and retryability', () => {
    const text = JSON.stringify({
      error: { code: 'CAMPAIGN_CLOSED', message: API_ERRORS.CAMPAIGN_CLOSED.message },
    });
    expect(() => readAnswer({ status: 409, text })).toThrow(
      expect.objectContaining({
        code: 'CAMPAIGN_CLOSED',
        message: API_ERRORS.CAMPAIGN_CLOSED.message,
        status: 409,
        retryable: false,
      }),
    );
    const busy = JSON.stringify({ error: { code: 'SUBMISSION_IN_PROGRESS', message: 'older wording' } });
    expect(() => readAnswer({ status: 409, text: busy })).toThrow(
      expect.objectContaining({ message: API_ERRORS.SUBMISSION_IN_PROGRESS.message, retryable: true }),
    );
  });

  it('maps the export and import codes too (one table), and keeps the message of a code it does not know', () => {
    const sheet = JSON.stringify({ error: { code: 'SHEET_FORBIDDEN', message: 'x' } });
    expect(() => readAnswer({ status: 403, text: sheet })).toThrow(
      expect.objectContaining({ code: 'SHEET_FORBIDDEN', message: API_ERRORS.SHEET_FORBIDDEN.message }),
    );
    const newer = JSON.stringify({
      error: { code: 'SOME_NEWER_CODE', message: 'Thông báo mới của máy chủ.' },
    });
    expect(() => readAnswer({ status: 409, text: newer })).toThrow(
      expect.objectContaining({ code: 'SOME_NEWER_CODE', message: 'Thông báo mới của máy chủ.' }),
    );
  });

  it('prefixes a 5xx coded answer with the server notice and marks it retryable per the table', () => {
    const text = JSON.stringify({ error: { code: 'STORE_UNAVAILABLE', message: 'x' } });
    expect(() => readAnswer({ status: 503, text })).toThrow(
      expect.objectContaining({ code: 'STORE_UNAVAILABLE', retryable: true, status: 503 }),
    );
  });

  it('maps bare statuses to coded Vietnamese messages', () => {
    const codeOf = (status: number) => {
      try {
        readAnswer({ status, text: 'x' });
      } catch (error) {
        return (error as { code: string }).code;
      }
      return 'none';
    };
    expect([401, 403, 404, 500, 503, 418].map(codeOf)).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'SERVER',
      'SERVER',
      'HTTP',
    ]);
  });
});
