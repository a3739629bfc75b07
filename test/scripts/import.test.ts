// scripts/import.ts against the real local stack (embedded Firestore emulator + every function on one port).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_CAMPAIGN_ID, unitEmail } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import { parseImportArgs, runImport } from '../../scripts/import';
import { messyOfficialWorkbook, tcvn3Workbook } from '../fixtures/xlsx/make-fixtures';

let stack: Stack;
let dir: string;
const UNIT = 'x-huu-lung';

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'tonvinh-import-'));
});

afterAll(async () => {
  await stack.close();
});

async function status(): Promise<{ versions: number; rows: number; latestVersion: number | null }> {
  const res = await fetch(`${stack.url}/campaignStatus`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': unitEmail(UNIT) },
    body: JSON.stringify({ campaignId: SEED_CAMPAIGN_ID, unitId: UNIT }),
  });
  const body = (await res.json()) as {
    units: Array<{ unitId: string; versions: number; rows: number; latestVersion: number | null }>;
  };
  const unit = body.units.find((u) => u.unitId === UNIT);
  if (unit === undefined) throw new Error(JSON.stringify(body));
  return unit;
}

describe('npm run import', () => {
  it('parses its arguments and refuses a call without a file, in Vietnamese', () => {
    expect(parseImportArgs(['--campaign', 'c', '--unit', 'u', 'f.xlsx'], { TONVINH_ID_TOKEN: 't' })).toEqual({
      campaignId: 'c',
      unitId: 'u',
      url: 'http://127.0.0.1:8080',
      file: 'f.xlsx',
      token: 't',
    });
    expect(() => parseImportArgs(['--campaign', 'c'])).toThrow(/^Cách dùng: npm run import/);
  });

  it('submits both lists of a messy workbook; importing the same file again makes no new version', async () => {
    const file = join(dir, 'tan-thanh.xlsx');
    writeFileSync(file, await messyOfficialWorkbook());
    const args = { campaignId: SEED_CAMPAIGN_ID, unitId: UNIT, url: stack.url, user: unitEmail(UNIT), file };
    const lines: string[] = [];
    const first = await runImport(args, (l) => lines.push(l));
    expect(first.submissions.map((s) => [s.kind, s.rows, s.response.replayed])).toEqual([
      ['individual', 4, false],
      ['collective', 2, false],
    ]);
    expect(first.submissions[0]?.response.summary.rows).toBe(4);
    // CCCD 12345678901 was a number in Excel: validateGrid explains it at F9.
    expect(first.submissions[0]?.response.issues.some((i) => i.row === 9 && i.column === 6)).toBe(true);
    expect(lines.some((l) => l.startsWith('Danh sách cá nhân (trang "DS cá nhân"): phiên bản'))).toBe(true);
    expect(lines.some((l) => /DS cá nhân!F9 \[/.test(l))).toBe(true);
    const before = await status();

    const second = await runImport(args, () => undefined);
    expect(second.submissions.map((s) => [s.response.replayed, s.response.version])).toEqual(
      first.submissions.map((s) => [true, s.response.version]),
    );
    expect(await status()).toEqual(before);
  });

  it('a legacy-encoded file is converted and said so', async () => {
    const file = join(dir, 'tcvn3.xlsx');
    writeFileSync(file, await tcvn3Workbook());
    const lines: string[] = [];
    const result = await runImport(
      {
        campaignId: SEED_CAMPAIGN_ID,
        unitId: 'x-dong-dang',
        url: stack.url,
        user: unitEmail('x-dong-dang'),
        file,
      },
      (l) => lines.push(l),
    );
    expect(result.notices.map((n) => n.code)).toEqual(['IMPORT_LEGACY_CONVERTED']);
    expect(lines[1]).toContain('TCVN3 (.VnTime)');
    expect(result.submissions[0]?.response.summary.rows).toBe(2);
  });

  it('reports an API rejection with its code and Vietnamese message', async () => {
    const file = join(dir, 'tan-thanh-2.xlsx');
    writeFileSync(file, await messyOfficialWorkbook());
    await expect(
      runImport(
        { campaignId: SEED_CAMPAIGN_ID, unitId: 'so-y-te', url: stack.url, user: unitEmail(UNIT), file },
        () => undefined,
      ),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_UNIT',
      message: expect.stringContaining('không được cấp quyền'),
    });
  });
});
