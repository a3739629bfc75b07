import { describe, expect, it } from 'vitest';
import { createJsonLogger, mask } from '../../../../functions/adapters/log/json-logger';

describe('json logger', () => {
  it('writes one JSON line with severity, message and fields, above the level only', () => {
    const lines: string[] = [];
    const logger = createJsonLogger('info', (line) => lines.push(line));
    logger.debug('hidden');
    logger.info('request', { requestId: 'r-abc', campaign: 'ls-dhtt-2026', unit: 'so-y-te', status: 200 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      severity: 'INFO',
      message: 'request',
      campaign: 'ls-dhtt-2026',
      status: 200,
    });
  });

  it('masks emails, CCCD and phone numbers and dates', () => {
    expect(mask('user an.nguyen@langson.example sent 020185000001 and 0912 345 678 born 03/04/1980')).toBe(
      'user [redacted] sent [redacted] and [redacted] born [redacted]',
    );
    const lines: string[] = [];
    createJsonLogger('debug', (line) => lines.push(line)).error('failed for 001099012345', {
      who: 'a@b.example',
    });
    expect(lines[0]).not.toMatch(/001099012345|a@b\.example/);
  });
});
