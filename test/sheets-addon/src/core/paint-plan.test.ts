import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../../shared/grid/types';
import { buildPaintPlan, COLORS } from '../../../../sheets-addon/src/core/paint-plan';

const issue = (row: number, column: number, severity: Issue['severity'], message = 'm'): Issue => ({
  row,
  column,
  field: 'f',
  code: 'c',
  severity,
  message,
});

describe('buildPaintPlan', () => {
  it('covers the whole area, header coloured, other cells cleared', () => {
    const plan = buildPaintPlan([], { headerRow: 1, rows: 3, columns: 2 });
    expect(plan.backgrounds).toEqual([
      [COLORS.header, COLORS.header],
      [null, null],
      [null, null],
    ]);
    expect(plan.notes).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('puts an error over a warning on the same cell and joins the messages', () => {
    const plan = buildPaintPlan([issue(2, 2, 'warning', 'a'), issue(2, 2, 'error', 'b')], {
      headerRow: 1,
      rows: 3,
      columns: 2,
    });
    expect(plan.backgrounds[1]?.[1]).toBe(COLORS.error);
    expect(plan.notes[1]?.[1]).toBe('Lưu ý: a\nLỗi: b');
    expect(plan.painted).toBe(1);
  });

  it('puts a whole-row issue on the first cell and counts issues outside the area', () => {
    const plan = buildPaintPlan([issue(3, 0, 'warning'), issue(9, 1, 'error'), issue(2, 5, 'error')], {
      headerRow: 1,
      rows: 3,
      columns: 2,
    });
    expect(plan.backgrounds[2]?.[0]).toBe(COLORS.warning);
    expect(plan.outside).toBe(2);
  });
});
