import { describe, expect, it } from 'vitest';
import { validateGrid } from '../../../shared/grid/validate-grid';
import { convertLegacyGrid, legacyCellFix } from '../../../shared/text/legacy-encoding';
import { wellFormed } from '../text/well-formed';

const IND = { kind: 'individual', today: '2026-05-01', evaluationYear: 2025 } as const;
const ACH = 'Hoàn thành xuất sắc nhiệm vụ, chủ trì ba đề tài cấp cơ sở được nghiệm thu.';
const HEADER = [
  'Họ và tên',
  'Năm sinh',
  'Giới tính',
  'Đơn vị công tác',
  'Hình thức đề nghị',
  'Tóm tắt thành tích',
];

describe('grid cell normalisation', () => {
  it('converts a TCVN3 name with a warning showing the converted value instead of name.invalid', () => {
    const grid = {
      header: HEADER,
      rows: [['NguyÔn V¨n An', 1980, 'Nam', 'Së Tµi chÝnh', 'Giấy khen', ACH]],
      firstRow: 2,
    };
    const r = validateGrid(grid, IND);
    expect(r.issues.map((i) => [i.code, i.column, i.field])).toEqual([
      ['text.legacyEncoding', 1, 'fullName'],
      ['text.legacyEncoding', 4, 'workplace'],
    ]);
    expect(r.issues[0]?.message).toContain('"Nguyễn Văn An"');
    expect(r.issues[0]?.message).toContain('TCVN3');
    expect(r.rows[0]?.data).toMatchObject({ fullName: 'Nguyễn Văn An', workplace: 'Sở Tài chính' });
    expect(r.rows[0]?.valid).toBe(true);
    expect(grid.rows[0]?.[0]).toBe('NguyÔn V¨n An');
  });

  it('converts VNI text', () => {
    expect(legacyCellFix('Nguyeãn Vaên An')).toEqual({ converted: 'Nguyễn Văn An', encoding: 'vni' });
    expect(legacyCellFix('Nguyễn Văn An')).toBeUndefined();
  });

  it('removes NUL and control characters and replaces lone surrogates, once, with a warning at the cell', () => {
    const rows = [
      ['Trần Thị\u0000 Bình', 1985, 'Nữ', 'Sở Y tế\u0007', 'Giấy khen', ACH],
      ['Lê Văn\uD83D Cường', 1979, 'Nam', 'Sở Y tế', 'Giấy khen', ACH],
    ];
    const r = validateGrid({ header: HEADER, rows, firstRow: 2 }, IND);
    expect(r.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [2, 'text.controlChars', 1],
      [2, 'text.controlChars', 4],
      [3, 'text.controlChars', 1],
      [3, 'name.invalid', 1],
    ]);
    expect(r.rows[0]?.data).toMatchObject({ fullName: 'Trần Thị Bình', workplace: 'Sở Y tế' });
    expect(JSON.stringify(r).includes('\\u0000')).toBe(false);
    for (const i of r.issues) expect(wellFormed(i.message)).toBe(true);
  });

  it('convertLegacyGrid converts a whole grid in one pass, reporting each change', () => {
    const rows = [
      [1, 'NguyÔn V¨n An', 'Së Tµi chÝnh'],
      [2, 'TrÇn ThÞ B×nh', 'Nguyễn Văn Khoa'],
    ];
    const out = convertLegacyGrid(rows);
    expect(out.encoding).toBe('tcvn3');
    expect(out.rows).toEqual([
      [1, 'Nguyễn Văn An', 'Sở Tài chính'],
      [2, 'Trần Thị Bình', 'Nguyễn Văn Khoa'],
    ]);
    expect(out.changes.map((c) => [c.row, c.column])).toEqual([
      [0, 1],
      [0, 2],
      [1, 1],
    ]);
    expect(rows[0]?.[1]).toBe('NguyÔn V¨n An');
    expect(convertLegacyGrid([['Nguyễn Văn An']])).toEqual({
      rows: [['Nguyễn Văn An']],
      encoding: null,
      changes: [],
    });
  });
});
