// "Thống kê" tab: the structure against targets, from the hand-computed fixture (test/fixtures/structure/README.md).
import { describe, expect, it } from 'vitest';
import { statsTab } from '../../../../functions/app/outputs/tab-stats';
import { computeStats } from '../../../../shared/consolidation/compute-stats';
import { STRUCTURE_ENTRIES, STRUCTURE_OPTIONS } from '../../../fixtures/structure/entries';

const tab = statsTab(computeStats({ entries: STRUCTURE_ENTRIES }, STRUCTURE_OPTIONS));
const WHOLE = 'Cơ cấu so với chỉ tiêu – Toàn danh sách';

function rowsOf(group: string) {
  return tab.rows.filter((r) => r[0] === group).map((r) => r.slice(1));
}

describe('statsTab: structure against targets', () => {
  it('adds the target, verdict and gap columns, the verdict coloured', () => {
    expect(tab.columns.slice(6).map((c) => c.header)).toEqual([
      'Chỉ tiêu cơ cấu',
      'Đánh giá',
      'Chênh lệch (người)',
    ]);
    expect(tab.rows.every((r) => r.length === 9)).toBe(true);
    expect(tab.statusColumns[0]?.column).toBe(7);
    expect(tab.statusColumns[0]?.colors.map((c) => c.text)).toEqual(['Đạt', 'Thiếu', 'Vượt', 'Chưa có ai']);
  });

  it('lists every group of the whole list with count, share, target, verdict and gap', () => {
    expect(rowsOf(WHOLE)).toEqual([
      ['Số đại biểu cá nhân được tính', 4, '', '', '', '', '', ''],
      ['Số ghế đại biểu đã dùng', 5, '', '', '', 'Tối đa 5', 'Đạt', 0],
      ['Nữ', 2, 0.5, '', '', '≥ 50%', 'Đạt', 0],
      ['Dân tộc thiểu số', 1, 0.25, '', '', '≥ 30%', 'Thiếu', 1],
      ['Lao động trực tiếp', 2, 0.5, '', '', '50%–60%', 'Đạt', 0],
      ['Công nhân', 1, 0.25, '', '', '≥ 10%', 'Đạt', 0],
      ['Nông dân', 1, 0.25, '', '', '', '', ''],
      ['Trí thức, nhà khoa học', 1, 0.25, '', '', '≥ 20%', 'Đạt', 0],
      ['Thanh niên', 2, 0.5, '', '', '30%–40%', 'Vượt', 1],
    ]);
  });

  it('lists each unit: seats against its quota and the groups with a target', () => {
    const b = rowsOf('Cơ cấu so với chỉ tiêu – Đơn vị B');
    expect(b[1]).toEqual(['Số ghế đại biểu đã dùng', 3, '', '', '', 'Tối đa 2', 'Vượt', 1]);
    expect(b.slice(2).map((r) => [r[0], r[6], r[7]])).toEqual([
      ['Nữ', 'Đạt', 0],
      ['Dân tộc thiểu số', 'Thiếu', 1],
      ['Lao động trực tiếp', 'Thiếu', 1],
      ['Công nhân', 'Thiếu', 1],
      ['Trí thức, nhà khoa học', 'Đạt', 0],
      ['Thanh niên', 'Thiếu', 1],
    ]);
    // Unit C has no entry of its own name in the stats (its only row is not a delegate): named by its source.
    const c = rowsOf('Cơ cấu so với chỉ tiêu – Đơn vị C');
    expect(c[0]).toEqual(['Số đại biểu cá nhân được tính', 0, '', '', '', '', '', '']);
    expect(c.slice(2).every((r) => r[6] === 'Chưa có ai')).toBe(true);
  });

  it('adds nothing for statistics counted before structure targets', () => {
    const { structure: _s, ...old } = computeStats({ entries: STRUCTURE_ENTRIES }, STRUCTURE_OPTIONS);
    expect(statsTab(old).rows.some((r) => String(r[0]).startsWith('Cơ cấu so với'))).toBe(false);
  });
});
