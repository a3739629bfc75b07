import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BOARD_EMAIL, SEED_CAMPAIGN_ID } from '../../functions/local/seed-data';
import { DEFAULT_BODY, parseExportArgs, runExport, USAGE } from '../../scripts/export';
import { sampleMaster } from '../fixtures/xlsx/sample-master';

describe('npm run export', () => {
  it('parses a file source, an issuing body file and the date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tonvinh-export-'));
    const bodyFile = join(dir, 'body.json');
    writeFileSync(
      bodyFile,
      JSON.stringify({ issuer: ['UBND TỈNH CAO BẰNG', 'BAN THI ĐUA – KHEN THƯỞNG'], place: 'Cao Bằng' }),
    );
    expect(
      parseExportArgs(['--master', 'm.json', '--body', bodyFile, '--date', '2026-03-05', '--out', dir]),
    ).toEqual({
      out: dir,
      body: {
        issuer: ['UBND TỈNH CAO BẰNG', 'BAN THI ĐUA – KHEN THƯỞNG'],
        place: 'Cao Bằng',
        date: '2026-03-05',
      },
      source: { file: 'm.json' },
    });
    expect(parseExportArgs(['--campaign', 'c1', '--user', 'b@x.vn']).source).toEqual({
      campaignId: 'c1',
      url: 'http://127.0.0.1:8080',
      user: 'b@x.vn',
    });
  });

  it('with no arguments exports the local sample campaign as its board, into .local/exports', () => {
    expect(parseExportArgs([])).toMatchObject({
      out: join('.local', 'exports'),
      source: { campaignId: SEED_CAMPAIGN_ID, url: 'http://127.0.0.1:8080', user: BOARD_EMAIL },
    });
  });

  it('prints a usage that names every flag it accepts', () => {
    expect(() => parseExportArgs(['--help'])).toThrow(/^Cách dùng/);
    const flags = [
      'master',
      'campaign',
      'master-version',
      'url',
      'user',
      'body',
      'out',
      'date',
      'campaign-title',
    ];
    for (const flag of flags) expect(USAGE).toContain(`--${flag} `);
    expect(() => parseExportArgs(['--master-version', 'x'])).toThrow(/--master-version/);
    expect(() => parseExportArgs(['--bogus'])).toThrow();
  });

  it('writes the three official files from a master JSON (also wrapped as a masterList response)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tonvinh-export-'));
    const file = join(dir, 'master.json');
    writeFileSync(file, JSON.stringify({ master: sampleMaster() }));
    const lines: string[] = [];
    const paths = await runExport({ out: join(dir, 'out'), body: DEFAULT_BODY, source: { file } }, (l) =>
      lines.push(l),
    );
    expect(paths.map((p) => p.split('/').pop())).toEqual([
      'danh-sach-de-nghi-khen-thuong-dhtt-2026-v3.xlsx',
      'danh-sach-dai-bieu-dhtt-2026-v3.xlsx',
      'thong-ke-co-cau-dai-bieu-dhtt-2026-v3.xlsx',
    ]);
    expect(lines[0]).toContain('(DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG)');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(paths[1] ?? '') as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getCell('A5').value).toBe('DANH SÁCH ĐẠI BIỂU');
  });

  it('refuses a JSON file that is not a master version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tonvinh-export-'));
    const file = join(dir, 'x.json');
    writeFileSync(file, '{"rows": []}');
    await expect(
      runExport({ out: dir, body: DEFAULT_BODY, source: { file } }, () => undefined),
    ).rejects.toThrow('Tệp hoặc phản hồi không chứa một phiên bản danh sách tổng hợp (MasterVersion).');
  });
});
