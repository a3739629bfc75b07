import { describe, expect, it } from 'vitest';
import { validateGrid } from '../../../shared/grid/validate-grid';

const IND = { kind: 'individual', today: '2026-05-01', evaluationYear: 2025 } as const;

function grid(rows: unknown[][], withColumn = true) {
  const header = ['Họ và tên', 'Năm sinh', 'Giới tính', 'Đại biểu', 'Biểu dương', 'Hình thức đề nghị'];
  return {
    header: withColumn ? [...header, 'Tóm tắt thành tích'] : header,
    rows: withColumn ? rows : rows.map((r) => r.slice(0, header.length)),
    firstRow: 2,
  };
}

const codesOf = (r: ReturnType<typeof validateGrid>) => r.issues.map((i) => [i.row, i.code, i.column]);

describe('achievement summary required for an award or an honour', () => {
  const rows = [
    ['Lê Văn Tám', 1980, 'Nam', '', '', 'Giấy khen', ''],
    ['Lê Thị Chín', 1981, 'Nữ', '', 'x', '', ''],
    ['Lê Văn Mười', 1982, 'Nam', 'x', '', '', ''],
  ];

  it('is an error at the cell for an award or an honour, not for a delegate', () => {
    const r = validateGrid(grid(rows), IND);
    expect(codesOf(r)).toEqual([
      [2, 'achievements.missing', 7],
      [3, 'achievements.missing', 7],
    ]);
    expect(r.issues[0]?.severity).toBe('error');
    expect(r.issues[0]?.message).toContain('Tóm tắt thành tích');
    expect(r.rows.map((x) => x.valid)).toEqual([false, false, true]);
  });

  it('without the column: a row-level error on the rows that need it', () => {
    const r = validateGrid(grid(rows, false), IND);
    expect(codesOf(r)).toEqual([
      [2, 'achievements.missing', 0],
      [3, 'achievements.missing', 0],
    ]);
  });

  it('a campaign may relax it', () => {
    const r = validateGrid(grid(rows), { ...IND, rules: { achievementsRequired: false } });
    expect(r.issues).toEqual([]);
  });

  it('a campaign may set a minimum length', () => {
    const text = 'Hoàn thành xuất sắc nhiệm vụ năm 2025.';
    const filled = [['Lê Văn Tám', 1980, 'Nam', '', '', 'Giấy khen', text]];
    expect(validateGrid(grid(filled), IND).issues).toEqual([]);
    const strict = validateGrid(grid(filled), { ...IND, rules: { achievementsMinLength: 100 } });
    expect(codesOf(strict)).toEqual([[2, 'achievements.tooShort', 7]]);
  });
});
