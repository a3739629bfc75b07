// Sample grids for tests (the shape Range.getValues() gives, serialised to JSON).
import type { GridInput } from '../../shared/api/grid';

export const HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Số CCCD',
  'Hình thức khen thưởng',
  'Tóm tắt thành tích',
];

/** Every award proposal needs an achievement summary (achievements.missing otherwise). */
export const ACHIEVEMENTS =
  'Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia các phong trào thi đua của cơ quan, đơn vị.';

/** Letters only (validateGrid refuses digits in names): 0–9 → a–j, other characters dropped. */
function letters(text: string): string {
  return text.replace(/\d/g, (d) => String.fromCharCode(97 + Number(d))).replace(/[^a-z]/gi, '');
}

/** A clean individual grid: names, genders, birth years and CCCD numbers consistent with each other. */
export function individualGrid(rows: number, salt = ''): GridInput {
  return {
    header: HEADER,
    firstRow: 2,
    rows: Array.from({ length: rows }, (_, i) => {
      const male = i % 2 === 0;
      const year = 1970 + (i % 30);
      const cccd = `020${male ? 0 : 1}${String(year).slice(2)}${String(100000 + i).slice(-6)}`;
      const name = `Nguyễn ${male ? 'Văn' : 'Thị'} ${letters(salt)}${letters(String(i + 1))}`;
      return [i + 1, name, male ? 'Nam' : 'Nữ', year, 'Kinh', cccd, 'Lao động tiên tiến', ACHIEVEMENTS];
    }),
  };
}

export const CAMPAIGN = 'ls-dhtt-2026';
export const BOARD = 'bantdkt@langson.example';
export const userOf = (unitId: string): string => `${unitId}@langson.example`;

export function submitBody(unitId: string, grid: GridInput, submissionKey: string) {
  return { campaignId: CAMPAIGN, unitId, kind: 'individual' as const, grid, submissionKey };
}
