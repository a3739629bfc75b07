import { describe, expect, it } from 'vitest';
import { isLocalUrl, parseConnection } from '../../../../sheets-addon/src/core/connection';

describe('parseConnection', () => {
  it('accepts ids and an https URL, trimming spaces and trailing slashes', () => {
    expect(
      parseConnection({
        campaignId: ' ls-dhtt-2026 ',
        unitId: 'so-y-te',
        functionsUrl: 'https://x.example/fn/',
      }),
    ).toEqual({
      campaignId: 'ls-dhtt-2026',
      unitId: 'so-y-te',
      functionsUrl: 'https://x.example/fn',
    });
  });

  it('rejects bad ids and plain http except on the local machine, with codes', () => {
    const base = { campaignId: 'c1', unitId: 'u1', functionsUrl: 'https://x.example' };
    expect(() => parseConnection({ ...base, campaignId: 'có dấu' })).toThrow(
      expect.objectContaining({ code: 'INVALID_CAMPAIGN_ID' }),
    );
    expect(() => parseConnection({ ...base, unitId: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_UNIT_ID' }),
    );
    expect(() => parseConnection({ ...base, functionsUrl: 'http://x.example' })).toThrow(
      expect.objectContaining({ code: 'INVALID_FUNCTIONS_URL' }),
    );
    expect(parseConnection({ ...base, functionsUrl: 'http://127.0.0.1:8080' }).functionsUrl).toBe(
      'http://127.0.0.1:8080',
    );
    expect(isLocalUrl('http://localhost:1/x')).toBe(true);
    expect(isLocalUrl('https://x.example')).toBe(false);
  });
});
