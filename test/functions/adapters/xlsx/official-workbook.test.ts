// The official layouts rendered by exceljs, read back with exceljs; one converted to PDF and PNG with LibreOffice
// (test-artifacts/, git-ignored) for a human look.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  dateLine,
  officialWorkbookBytes,
  rowHeight,
} from '../../../../functions/adapters/xlsx/official-workbook';
import { exportMasterFiles } from '../../../../functions/app/outputs/export-files';
import { type IssuingBody, officialDocuments } from '../../../../functions/app/outputs/official-lists';
import { HOSTILE_TEXTS, sampleMaster } from '../../../fixtures/xlsx/sample-master';

const BODY: IssuingBody = {
  issuer: ['UBND tỉnh Lạng Sơn', 'Ban Thi đua – Khen thưởng'],
  place: 'Lạng Sơn',
  date: '2026-03-05',
  signer: { titles: ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'], name: 'Hoàng Văn Minh' },
  recipients: ['Hội đồng TĐKT tỉnh', 'Lưu: VT, NV'],
};
const master = sampleMaster({ individuals: 40, collectives: 8 });
const input = { master, body: BODY, campaignTitle: 'Kế hoạch số 40/KH-BTĐKT ngày 10/01/2026' };

async function read(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (ws === undefined) throw new Error('no sheet');
  return ws;
}

function findRow(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).values.toString().includes(text)) return r;
  return -1;
}

const render = { render: officialWorkbookBytes };

describe('official xlsx exports', () => {
  it('writes three files named after the campaign and version', async () => {
    const files = await exportMasterFiles(render, input);
    expect(files.map((f) => f.name)).toEqual([
      'danh-sach-de-nghi-khen-thuong-dhtt-2026-v3.xlsx',
      'danh-sach-dai-bieu-dhtt-2026-v3.xlsx',
      'thong-ke-co-cau-dai-bieu-dhtt-2026-v3.xlsx',
    ]);
  });

  it('has the official header block, title, Times New Roman, A4 landscape, repeated header rows and page numbers', async () => {
    const [proposal] = await exportMasterFiles(render, input);
    const ws = await read(proposal?.bytes ?? new Uint8Array());
    expect(ws.getCell('A1').value).toBe('UBND TỈNH LẠNG SƠN');
    expect(ws.getCell('A2').value).toBe('BAN THI ĐUA – KHEN THƯỞNG');
    expect(ws.getCell('F1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws.getCell('F2').value).toBe('Độc lập – Tự do – Hạnh phúc');
    expect(ws.getCell('F3').value).toBe('Lạng Sơn, ngày 05 tháng 3 năm 2026');
    expect(ws.getCell('A5').value).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(ws.getCell('A6').value).toBe('(Kèm theo Kế hoạch số 40/KH-BTĐKT ngày 10/01/2026)');
    expect(ws.getCell('A1').font?.name).toBe('Times New Roman');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '8:9',
    });
    expect(ws.headerFooter.oddFooter).toContain('Trang &P/&N');
  });

  it('two-row header with "Năm sinh" over "Nam" / "Nữ", then rows grouped by award', async () => {
    const [proposal] = await exportMasterFiles(render, input);
    const ws = await read(proposal?.bytes ?? new Uint8Array());
    expect([
      ws.getCell('A8').value,
      ws.getCell('B8').value,
      ws.getCell('C8').value,
      ws.getCell('C9').value,
      ws.getCell('D9').value,
    ]).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Nam', 'Nữ']);
    expect(ws.getCell('D8').isMerged && ws.getCell('D8').master.address).toBe('C8');
    expect(ws.getCell('A10').value).toBe('I. CHIẾN SĨ THI ĐUA CẤP TỈNH');
    expect(ws.getCell('A11').value).toMatch(/^1\. Cá nhân: \d+$/);
    expect(ws.getCell('A12').value).toBe(1);
    // Rejected nominees (every 4th individual from index 2) are not proposed.
    const names = ws.getColumn(2).values.filter((v): v is string => typeof v === 'string');
    expect(names).not.toContain(master.entries[2]?.displayName);
    expect(names).toContain(master.entries[0]?.displayName);
    expect(findRow(ws, 'Tổng số: ')).toBeGreaterThan(12);
  });

  it('stores CCCD as text and formula-looking text as plain strings', async () => {
    const [proposal] = await exportMasterFiles(render, input);
    const ws = await read(proposal?.bytes ?? new Uint8Array());
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    for (const text of HOSTILE_TEXTS) {
      // XML turns a CR into LF on reading; the text itself is kept.
      const cell = cells.find((c) => c.value === text.replace(/\r/g, '\n'));
      expect(cell?.type, text).toBe(ExcelJS.ValueType.String);
      expect(cell?.numFmt).toBe('@');
    }
    const cccd = cells.find((c) => Number(c.col) === 7 && /^\d{12}$/.test(String(c.value)));
    expect(cccd?.type).toBe(ExcelJS.ValueType.String);
    expect(cccd?.numFmt).toBe('@');
  });

  it('ends with the signature block and recipients', async () => {
    const [, delegates] = await exportMasterFiles(render, input);
    const ws = await read(delegates?.bytes ?? new Uint8Array());
    const sign = findRow(ws, 'KT. TRƯỞNG BAN');
    expect(sign).toBeGreaterThan(10);
    expect(ws.getCell(sign + 1, 7).value).toBe('PHÓ TRƯỞNG BAN');
    expect(ws.getCell(sign + 2, 7).value).toBe('(Ký, ghi rõ họ tên và đóng dấu)');
    expect(ws.getCell(sign + 6, 7).value).toBe('Hoàng Văn Minh');
    expect(ws.getCell(sign, 1).value).toBe('Nơi nhận:');
    expect(ws.getCell(5, 1).value).toBe('DANH SÁCH ĐẠI BIỂU');
    expect(ws.getCell(6, 1).value).toBe('DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN');
  });

  it('delegate structure: counts and ratios among delegates only', async () => {
    const [, , structure] = await exportMasterFiles(render, input);
    const ws = await read(structure?.bytes ?? new Uint8Array());
    const delegates = master.entries.filter((e) => e.delegate === true && e.reviewState !== 'rejected');
    const total = findRow(ws, 'Tổng số đại biểu');
    expect(ws.getCell(total, 3).value).toBe(delegates.length);
    expect(ws.getCell(total, 4).numFmt).toBe('0.0%');
    const women = findRow(ws, 'Nữ');
    const individuals = delegates.filter((e) => e.kind === 'individual');
    const share = individuals.filter((e) => e.gender === 'female').length / individuals.length;
    expect(ws.getCell(women, 4).value).toBeCloseTo(share, 4);
    expect(ws.pageSetup.printTitlesRow).toBe('9:9');
  });
});

describe('helpers', () => {
  it('dateLine keeps blanks without a date and writes months below 3 with a leading zero', () => {
    expect(dateLine('Lạng Sơn', undefined)).toBe('Lạng Sơn, ngày     tháng     năm 20   ');
    expect(dateLine('Lạng Sơn', '2026-02-09')).toBe('Lạng Sơn, ngày 09 tháng 02 năm 2026');
    expect(dateLine('Lạng Sơn', '2026-11-20')).toBe('Lạng Sơn, ngày 20 tháng 11 năm 2026');
  });

  it('rowHeight grows with wrapped text', () => {
    const columns = officialDocuments(input)[0]?.columns ?? [];
    expect(rowHeight([1, 'An'], columns)).toBe(18.5);
    expect(rowHeight([1, 'x'.repeat(200)], columns)).toBeGreaterThan(100);
  });
});

describe('LibreOffice rendering (PDF → PNG in test-artifacts/)', () => {
  it('converts the proposal list to a multi-page PDF whose pages can be looked at', async () => {
    const dir = join(process.cwd(), 'test-artifacts', 'official-xlsx');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const big = sampleMaster({ individuals: 60, collectives: 10 });
    const files = await exportMasterFiles(render, { ...input, master: big });
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
    const xlsx = join(dir, files[0]?.name ?? '');
    const profile = `file://${join(dir, 'lo-profile')}`;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx],
      {
        timeout: 120_000,
        stdio: 'pipe',
      },
    );
    const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
    expect(existsSync(pdf)).toBe(true);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'proposal')], { timeout: 60_000 });
    const pages = readdirSync(dir).filter((f) => /^proposal-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
