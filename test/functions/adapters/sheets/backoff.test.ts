import { describe, expect, it } from 'vitest';
import { delayMs, withBackoff } from '../../../../functions/adapters/sheets/backoff';
import { sheetsRetryVerdict, toSheetError } from '../../../../functions/adapters/sheets/sheets-errors';

describe('delayMs', () => {
  it('grows exponentially with jitter between 50% and 100%, capped', () => {
    expect([0, 1, 2, 3].map((n) => delayMs(n, undefined, { random: () => 0 }))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect([0, 1, 2, 3].map((n) => delayMs(n, undefined, { random: () => 1 }))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(delayMs(10, undefined, { random: () => 1 })).toBe(32_000);
    expect(delayMs(0, 90_000)).toBe(32_000);
  });
});

describe('withBackoff', () => {
  it('stops at the first non-retryable error and after the retries', async () => {
    let attempts = 0;
    const sleeps: number[] = [];
    const failing = async () => {
      attempts++;
      throw Object.assign(new Error('x'), { status: 429 });
    };
    await expect(
      withBackoff(failing, sheetsRetryVerdict, { retries: 3, sleep: async (ms) => void sleeps.push(ms) }),
    ).rejects.toThrow('x');
    expect(attempts).toBe(4);
    expect(sleeps).toHaveLength(3);
    attempts = 0;
    const forbidden = async () => {
      attempts++;
      throw Object.assign(new Error('no'), { status: 403 });
    };
    await expect(
      withBackoff(forbidden, sheetsRetryVerdict, { sleep: async () => undefined }),
    ).rejects.toThrow('no');
    expect(attempts).toBe(1);
  });
});

describe('toSheetError', () => {
  it('maps statuses to codes; network errors are unavailable', () => {
    const code = (status: number) => toSheetError(Object.assign(new Error('e'), { status })).code;
    expect([404, 403, 401, 429, 400, 500, 0].map(code)).toEqual([
      'SHEET_NOT_FOUND',
      'SHEET_FORBIDDEN',
      'SHEET_FORBIDDEN',
      'SHEET_RATE_LIMITED',
      'SHEET_REQUEST_INVALID',
      'SHEET_UNAVAILABLE',
      'SHEET_UNAVAILABLE',
    ]);
    expect(sheetsRetryVerdict(Object.assign(new Error('ECONNRESET'), { code: 'ECONNRESET' }))).toEqual({
      retry: true,
    });
  });
});
