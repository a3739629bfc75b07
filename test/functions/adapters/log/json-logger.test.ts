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
      'user [redacted] sent 0201******01 and [redacted] born [redacted]',
    );
    const lines: string[] = [];
    createJsonLogger('debug', (line) => lines.push(line)).error('failed for 001099012345', {
      who: 'a@b.example',
    });
    expect(lines[0]).not.toMatch(/001099012345|a@b\.example/);
  });

  it('leaves no 12-digit run in any line: message, string fields and number fields (a CCCD cell read as a number)', () => {
    const lines: string[] = [];
    const logger = createJsonLogger('debug', (line) => lines.push(line));
    const cccd = '001203004545';
    logger.debug(`row 7: CCCD ${cccd} vs gender`, { detail: `Số CCCD "${cccd}" là của người giới tính Nữ` });
    logger.info('submitted', { cccd: Number(cccd), other: 79088001234, ms: 1733500000000, rows: 5000 });
    logger.warn('x', { detail: `a=${cccd},b=079088001234` });
    logger.error(`${cccd}${cccd}`, {});
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toMatch(/(?<!\d)\d{10,12}(?!\d)/);
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({
      cccd: '1203****45',
      other: '7908*****34',
      ms: 1733500000000,
      rows: 5000,
    });
    expect(lines[0]).toContain('0012******45');
  });
});
