// The real exceljs reader on generated messy workbooks, through to the grids validateGrid receives.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbookSheets, xlsxSheetReader } from '../../../../functions/adapters/xlsx/read-workbook';
import { gridsFromSheets } from '../../../../functions/app/submissions/import-grids';
import {
  datesWorkbook,
  largeWorkbook,
  messyOfficialWorkbook,
  tcvn3Workbook,
  vniWorkbook,
  xlsBytes,
} from '../../../fixtures/xlsx/make-fixtures';

async function gridsOf(bytes: Uint8Array) {
  return gridsFromSheets(await readWorkbookSheets(bytes));
}

describe('readWorkbookSheets + gridsFromSheets on a messy official-style workbook', () => {
  it('finds both lists under their title blocks and skips the instructions sheet', async () => {
    const { grids, notices } = await gridsOf(await messyOfficialWorkbook());
    expect(grids.map((g) => [g.kind, g.grid.sheetName])).toEqual([
      ['individual', 'DS cá nhân'],
      ['collective', 'Tập thể'],
    ]);
    expect(notices).toEqual([
      {
        code: 'IMPORT_SHEET_SKIPPED',
        sheetName: 'Hướng dẫn',
        message:
          'Trang tính "Hướng dẫn" không có dòng tiêu đề của danh sách cá nhân hoặc tập thể nên được bỏ qua.',
      },
    ]);
  });

  it('keeps the two-row header as Range.getValues() gives it and starts data after the numbering row', async () => {
    const { grids } = await gridsOf(await messyOfficialWorkbook());
    const grid = grids[0]?.grid;
    expect(grid?.header).toEqual([
      [
        'STT',
        'Họ và tên',
        'Năm sinh',
        '',
        'Dân tộc',
        'Số CCCD',
        'Chức vụ, đơn vị công tác',
        'Trình độ chuyên môn',
        'Trình độ lý luận chính trị',
        'Đảng viên',
        'Hình thức khen thưởng đề nghị',
        'Tóm tắt thành tích',
        'Ghi chú',
      ],
      ['', '', 'Nam', 'Nữ', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(grid?.firstRow).toBe(9);
    expect(grid?.firstColumn).toBe(1);
  });

  it('reads rich text, formula results, CCCD numbers as numbers and drops pre-numbered rows and the footer', async () => {
    const { grids } = await gridsOf(await messyOfficialWorkbook());
    const rows = grids[0]?.grid.rows ?? [];
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[1])).toEqual([
      'Nguyễn Văn An',
      'Hoàng Thị Hồng',
      'Lý Văn Bình',
      'Triệu Thị Mai',
    ]);
    expect(rows[0]?.[5]).toBe(12345678901);
    expect(rows[1]?.[5]).toBe('020185000123');
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      [1980, ''],
      ['', 1985],
      [1975, ''],
      ['', 1990],
    ]);
    expect(rows[1]?.[11]).toBe('=SUM(A1:A2) không phải công thức');
    // G11:G12 merged: the value in the top-left cell only, as getValues() gives it.
    expect([rows[2]?.[6], rows[3]?.[6]]).toEqual(['UBND xã Tân Thanh', '']);
  });

  it('reads a header that starts in column B', async () => {
    const { grids } = await gridsOf(await messyOfficialWorkbook());
    const grid = grids[1]?.grid;
    expect(grid?.firstColumn).toBe(2);
    expect(grid?.firstRow).toBe(4);
    expect(grid?.header).toEqual([
      'TT',
      'Tên tập thể',
      'Số thành viên',
      'Hình thức khen thưởng đề nghị',
      'Tóm tắt thành tích',
    ]);
    expect(grid?.rows).toEqual([
      [1, 'Thôn Nà Pàn', 120, 'Giấy khen', 'Thôn văn hóa 5 năm liền'],
      [2, 'Hội Phụ nữ xã Tân Thanh', 15, 'Bằng khen', 'Dẫn đầu phong trào'],
    ]);
  });
});

describe('dates and other value types', () => {
  it('gives Date cells as dd/mm/yyyy, keeps serial numbers and text, hyperlinks as text, errors as codes', async () => {
    const { grids } = await gridsOf(await datesWorkbook());
    const rows = grids[0]?.grid.rows ?? [];
    expect(rows.map((r) => r[2])).toEqual(['15/07/1982', 33520, '05/09/1990', '#N/A']);
    expect(rows[0]?.[5]).toBe('cuong@example.vn');
  });
});

describe('legacy encodings', () => {
  it('converts a .VnTime (TCVN3) sheet to Unicode and says so', async () => {
    const { grids, notices } = await gridsOf(await tcvn3Workbook());
    const imported = grids[0];
    expect(imported?.encoding).toBe('tcvn3');
    expect(imported?.grid.header).toEqual([
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Dân tộc',
      'Chức vụ, đơn vị công tác',
      'Hình thức khen thưởng',
    ]);
    expect(imported?.grid.rows).toEqual([
      [1, 'Nguyễn Văn An', 1980, 'Tày', 'Trưởng thôn Nà Pán', 'Giấy khen'],
      [2, 'Hoàng Thị Hồng', 1985, 'Nùng', 'Công chức xã Tân Thanh', 'Bằng khen'],
    ]);
    expect(notices[0]?.code).toBe('IMPORT_LEGACY_CONVERTED');
    expect(notices[0]?.message).toContain('TCVN3 (.VnTime)');
  });

  it('detects VNI from the text alone when the font was changed', async () => {
    const { grids } = await gridsOf(await vniWorkbook());
    expect(grids[0]?.encoding).toBe('vni');
    expect(grids[0]?.grid.header).toEqual([
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Dân tộc',
      'Hình thức khen thưởng',
    ]);
    expect(grids[0]?.grid.rows.map((r) => r[1])).toEqual(['Nguyễn Văn An', 'Hoàng Thị Hồng']);
  });
});

describe('bad files', () => {
  it('refuses .xls with a message telling how to fix it', async () => {
    await expect(readWorkbookSheets(xlsBytes())).rejects.toMatchObject({
      code: 'IMPORT_XLS_UNSUPPORTED',
      message: expect.stringContaining('Lưu thành (Save As) định dạng .xlsx'),
    });
  });

  it('refuses bytes that are not xlsx, and a broken zip', async () => {
    await expect(readWorkbookSheets(Buffer.from('STT;Họ và tên'))).rejects.toMatchObject({
      code: 'IMPORT_NOT_XLSX',
    });
    await expect(readWorkbookSheets(Buffer.from('PK\u0003\u0004garbage'))).rejects.toMatchObject({
      code: 'IMPORT_NOT_XLSX',
    });
  });

  it('refuses files over the size limit', async () => {
    await expect(readWorkbookSheets(await datesWorkbook(), { maxBytes: 100 })).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
    });
  });

  it('says when no sheet holds a list', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Báo cáo thành tích';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(gridsOf(bytes)).rejects.toMatchObject({ code: 'IMPORT_NO_LIST_FOUND' });
  });
});

describe('progress', () => {
  it('reports progress while reading a large file, ending at the row count', async () => {
    const seen: number[] = [];
    const read = xlsxSheetReader({ progressEvery: 250 });
    const sheets = await read(await largeWorkbook(1000), (p) => {
      expect(p.phase).toBe('read');
      seen.push(p.rowsRead);
    });
    expect(seen).toEqual([250, 500, 750, 1000, 1001]);
    expect(gridsFromSheets(sheets).grids[0]?.grid.rows).toHaveLength(1000);
  });
});
