import { describe, expect, it } from 'vitest';
import {
  dataCell,
  gridsFromSheets,
  type SheetMatrix,
} from '../../../../functions/app/submissions/import-grids';
import { headerMatcher, labelKey } from '../../../../functions/app/submissions/import-headers';

function sheet(name: string, values: SheetMatrix['values'], extra: Partial<SheetMatrix> = {}): SheetMatrix {
  return { name, values, merges: [], legacyFonts: {}, ...extra };
}

describe('headerMatcher', () => {
  it('matches labels ignoring case, diacritics and punctuation, and tells the kinds apart', () => {
    const m = headerMatcher();
    expect(m.hit('HỌ VÀ TÊN')).toBe('individual');
    expect(m.hit('Họ, tên')).toBe('individual');
    expect(m.hit('Họ và tên (ghi chữ in hoa)')).toBe('individual');
    expect(m.hit('Tên tập thể')).toBe('collective');
    expect(m.hit('Ghi chú')).toBe('common');
    expect(m.hit('Nguyễn Văn An')).toBeUndefined();
    expect(m.isName('Ho va ten')).toBe(true);
    expect(labelKey(' Chức vụ,  đơn vị công tác ')).toBe('chuc vu don vi cong tac');
  });
});

describe('gridsFromSheets', () => {
  it('ignores a title block and picks the row with the most labels', () => {
    const { grids } = gridsFromSheets([
      sheet('Sheet1', [
        ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG (họ và tên, năm sinh theo CCCD)'],
        [],
        ['STT', 'Họ và tên', 'Năm sinh', 'Hình thức khen thưởng'],
        [1, 'Nguyễn Văn An', 1980, 'Giấy khen'],
      ]),
    ]);
    expect(grids[0]?.grid).toEqual({
      header: ['STT', 'Họ và tên', 'Năm sinh', 'Hình thức khen thưởng'],
      rows: [[1, 'Nguyễn Văn An', 1980, 'Giấy khen']],
      firstRow: 4,
      firstColumn: 1,
      sheetName: 'Sheet1',
    });
    expect(grids[0]?.kind).toBe('individual');
  });

  it('uses the sheet name when the labels do not decide the kind', () => {
    const values = [
      ['STT', 'Đơn vị công tác', 'Hình thức khen thưởng', 'Ghi chú'],
      [1, 'x', 'Giấy khen', ''],
    ];
    expect(gridsFromSheets([sheet('Tập thể', values)]).grids[0]?.kind).toBe('collective');
    expect(gridsFromSheets([sheet('Cá nhân', values)]).grids[0]?.kind).toBe('individual');
  });

  it('keeps blank rows inside the list, drops a total line and trailing rows holding only an STT', () => {
    const { grids } = gridsFromSheets([
      sheet('DS', [
        ['STT', 'Họ và tên', 'Năm sinh'],
        [1, 'A', 1980],
        [],
        [2, 'B', 1981],
        [3, null, 1990],
        [4],
        [5],
        ['Tổng cộng: 3 người'],
        [null, 'C'],
      ]),
    ]);
    expect(grids[0]?.grid.rows).toEqual([
      [1, 'A', 1980],
      ['', '', ''],
      [2, 'B', 1981],
      [3, '', 1990],
    ]);
  });

  it('detects a second header row from a vertical merge, and a numbering row below it', () => {
    const { grids } = gridsFromSheets([
      sheet(
        'DS',
        [
          ['STT', 'Họ và tên', 'Năm sinh', null, 'Ghi chú'],
          [null, null, 'Nam', 'Nữ', null],
          ['1', '2', '3', '4', '5'],
          [1, 'A', null, 1990, ''],
        ],
        {
          merges: [
            { top: 1, left: 1, bottom: 2, right: 1 },
            { top: 1, left: 3, bottom: 1, right: 4 },
          ],
        },
      ),
    ]);
    expect(grids[0]?.grid.header).toEqual([
      ['STT', 'Họ và tên', 'Năm sinh', '', 'Ghi chú'],
      ['', '', 'Nam', 'Nữ', ''],
    ]);
    expect(grids[0]?.grid.firstRow).toBe(4);
    expect(grids[0]?.grid.rows).toEqual([[1, 'A', '', 1990, '']]);
  });

  it('converts a TCVN3 sheet by font, leaving Unicode cells of the same sheet alone', () => {
    const { grids, notices } = gridsFromSheets([
      sheet(
        'DS',
        [
          ['STT', 'Hä vµ tªn', 'N¨m sinh'],
          [1, 'NguyÔn V¨n An', 1980],
          [2, 'Hoà Bình', 1981],
        ],
        { legacyFonts: { '1:2': '.VnTime', '1:3': '.VnTime', '2:2': '.VnTime' } },
      ),
    ]);
    expect(grids[0]?.grid.rows).toEqual([
      [1, 'Nguyễn Văn An', 1980],
      [2, 'Hoà Bình', 1981],
    ]);
    expect(grids[0]?.encoding).toBe('tcvn3');
    expect(notices.map((n) => n.code)).toEqual(['IMPORT_LEGACY_CONVERTED']);
  });

  it('flags text that looks legacy but cannot be decoded with confidence, and leaves it unchanged', () => {
    const { grids, notices } = gridsFromSheets([
      sheet('DS', [
        ['STT', 'Họ và tên', 'Năm sinh'],
        [1, 'Ng\u0090y\u0081n An', 1980],
        [2, 'H\u0090a B\u0081nh', 1981],
      ]),
    ]);
    expect(grids[0]?.encoding).toBeNull();
    expect(grids[0]?.grid.rows[0]?.[1]).toBe('Ng\u0090y\u0081n An');
    expect(notices.map((n) => n.code)).toEqual(['IMPORT_LEGACY_SUSPECTED']);
    expect(notices[0]?.message).toContain('bảng mã cũ (TCVN3, VNI)');
  });

  it('refuses a sheet beyond the API grid limits rather than cutting it', () => {
    const values = [
      ['STT', 'Họ và tên', 'Năm sinh'],
      ...Array.from({ length: 5001 }, (_, i) => [i + 1, `Người ${i}`, 1980]),
    ];
    expect(() => gridsFromSheets([sheet('DS', values)])).toThrow(
      expect.objectContaining({ code: 'IMPORT_SHEET_TOO_LARGE' }),
    );
  });

  it('throws IMPORT_NO_LIST_FOUND with a Vietnamese message when nothing looks like a list', () => {
    expect(() => gridsFromSheets([sheet('Báo cáo', [['Báo cáo thành tích'], ['Năm 2025']])])).toThrow(
      expect.objectContaining({
        code: 'IMPORT_NO_LIST_FOUND',
        message: expect.stringContaining('Họ và tên'),
      }),
    );
  });
});

describe('dataCell', () => {
  it('reads Date objects in Vietnam time (local midnight from Apps Script, UTC midnight from exceljs)', () => {
    expect(dataCell(new Date('1982-07-14T17:00:00Z'))).toBe('15/07/1982');
    expect(dataCell(new Date('1982-07-15T00:00:00Z'))).toBe('15/07/1982');
    expect(dataCell(null)).toBe('');
    expect(dataCell(12)).toBe(12);
  });
});
