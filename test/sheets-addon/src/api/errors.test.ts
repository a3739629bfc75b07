import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../../sheets-addon/src/api/errors';

describe('readAnswer', () => {
  it('returns the JSON body of a 2xx answer', () => {
    expect(readAnswer({ status: 200, text: '{"a":1}' })).toEqual({ a: 1 });
  });

  it('uses the server code and Vietnamese message when there is one', () => {
    const text = JSON.stringify({
      error: { code: 'CAMPAIGN_CLOSED', message: 'Đợt thi đua, khen thưởng đã khóa.' },
    });
    expect(() => readAnswer({ status: 409, text })).toThrow(
      expect.objectContaining({
        code: 'CAMPAIGN_CLOSED',
        message: 'Đợt thi đua, khen thưởng đã khóa.',
        status: 409,
      }),
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
