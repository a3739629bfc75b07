// scripts/import-awards.ts against the real local stack (embedded Firestore emulator + every function on one port),
// with the sample file shipped in examples/workbooks.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_EMAIL, SEED_CAMPAIGN_ID, unitEmail } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import { parseImportAwardsArgs, runImportAwards } from '../../scripts/import-awards';

let stack: Stack;
const SAMPLE = join(__dirname, '../../examples/workbooks/lich-su-khen-thuong.xlsx');

beforeAll(async () => {
  stack = await startStack({ port: 0, env: { LOG_LEVEL: 'error' } });
}, 60_000);

afterAll(async () => {
  await stack.close();
});

describe('npm run import-awards', () => {
  it('parses its arguments and refuses a call without a file, in Vietnamese', () => {
    expect(parseImportAwardsArgs(['--campaign', 'c', 'f.xlsx'], { TONVINH_ID_TOKEN: 't' })).toEqual({
      campaignId: 'c',
      url: 'http://127.0.0.1:8080',
      file: 'f.xlsx',
      token: 't',
    });
    expect(() => parseImportAwardsArgs(['--campaign', 'c'])).toThrow(/Cách dùng/);
  });

  it('imports the sample file once, then finds every decision already recorded', async () => {
    const lines: string[] = [];
    const args = { campaignId: SEED_CAMPAIGN_ID, url: stack.url, file: SAMPLE, user: BOARD_EMAIL };
    const first = await runImportAwards(args, (l) => lines.push(l));
    expect(first).toMatchObject({ rows: 9, added: 5, existing: 0, invalidRows: 4 });
    expect(lines).toContain('Đã ghi 5 quyết định mới; 0 đã có từ trước; 4 dòng có lỗi chưa được ghi.');
    expect(lines.some((l) => l.startsWith('  Đã khen thưởng!F11 [award.unknown]'))).toBe(true);
    const again = await runImportAwards(args, () => undefined);
    expect(again).toMatchObject({ added: 0, existing: 5 });
  });

  it('reports the API refusal for a unit user', async () => {
    const args = { campaignId: SEED_CAMPAIGN_ID, url: stack.url, file: SAMPLE, user: unitEmail('so-noi-vu') };
    await expect(runImportAwards(args, () => undefined)).rejects.toMatchObject({ code: 'FORBIDDEN_ROLE' });
  });
});
