import { describe, expect, it } from 'vitest';
import {
  buildDigestView,
  completenessOf,
  reminderViewOf,
  toIssueLines,
  type UnitStatusInput,
} from '../../../../functions/app/mail/map-views';
import type { Issue } from '../../../../shared/grid/types';

const issue = (
  row: number,
  column: number,
  message: string,
  severity: Issue['severity'] = 'error',
): Issue => ({
  row,
  column,
  field: 'cccd',
  code: 'CCCD_LEADING_ZERO',
  severity,
  message,
});

const units: UnitStatusInput[] = [
  {
    unitId: 'a',
    unitName: 'UBND xã Đồng Đăng',
    version: 2,
    errors: 3,
    firstSubmittedAt: '2026-12-15T16:59:00Z',
    issues: [
      issue(13, 4, 'Năm sinh sai'),
      issue(12, 6, 'Số CCCD thiếu số 0 ở đầu'),
      issue(14, 8, 'Cảnh báo', 'warning'),
    ],
    sheetName: 'Cá nhân',
  },
  { unitId: 'b', unitName: 'Ủy ban MTTQ tỉnh', version: 0, errors: 0 },
  { unitId: 'c', unitName: 'Công an tỉnh', version: 1, errors: 0, firstSubmittedAt: '2026-12-15T17:01:00Z' },
  { unitId: 'd', unitName: 'Bộ Chỉ huy Quân sự tỉnh', version: 0, errors: 0 },
];

describe('map views', () => {
  it('turns issues into cell-referenced lines in sheet order', () => {
    expect(toIssueLines(units[0]?.issues ?? [], 'Cá nhân').map((l) => `${l.ref}: ${l.message}`)).toEqual([
      'Cá nhân!F12: Số CCCD thiếu số 0 ở đầu',
      'Cá nhân!D13: Năm sinh sai',
      'Cá nhân!H14: Cảnh báo',
    ]);
  });

  it("names each issue's own sheet, sheets in order of appearance, rows sorted within each", () => {
    const issues = [
      { ...issue(9, 2, 'Thiếu tên tập thể'), sheetName: 'Tập thể' },
      { ...issue(12, 6, 'Số CCCD thiếu số 0 ở đầu'), sheetName: 'Cá nhân' },
      { ...issue(7, 5, 'Thiếu hình thức'), sheetName: 'Tập thể' },
      issue(3, 1, 'Không rõ trang'),
    ];
    expect(toIssueLines(issues, '').map((l) => l.ref)).toEqual([
      'Tập thể!E7',
      'Tập thể!B9',
      'Cá nhân!F12',
      'A3',
    ]);
  });

  it('splits units into missing, with errors and clean, sorted in Vietnamese order', () => {
    const c = completenessOf(units);
    expect(c.missing.map((u) => u.unitName)).toEqual(['Bộ Chỉ huy Quân sự tỉnh', 'Ủy ban MTTQ tỉnh']);
    expect(c.withErrors).toEqual([{ unitId: 'a', unitName: 'UBND xã Đồng Đăng', errors: 3 }]);
    expect(c.clean.map((u) => u.unitId)).toEqual(['c']);
  });

  it('counts on-time units against the deadline instant, over all units (shared listsOnTime)', () => {
    const view = buildDigestView(
      {
        campaignName: 'Đợt 1',
        week: '',
        deadline: '2026-12-15',
        deadlineAt: '2026-12-15T16:59:59.999Z',
        changes: null,
        duplicatesAwaitingReview: { groups: 0, examples: [] },
        overQuota: [],
        totals: { nominees: 0, individuals: 0, collectives: 0 },
        structure: [],
        breakdown: null,
        units,
      },
      '2026-12-10',
      'Asia/Ho_Chi_Minh',
    );
    expect(view.onTime).toEqual({ onTime: 1, late: 1, units: units.length });
    expect(view.daysToDeadline).toBe(5);
  });

  it('decides on-time by the latest list when given: a list resent after the deadline is late', () => {
    const view = (lastSubmittedAt: string) =>
      buildDigestView(
        {
          campaignName: 'Đợt 1',
          week: '',
          deadline: '2026-12-15',
          deadlineAt: '2026-12-15T16:59:59.999Z',
          changes: null,
          duplicatesAwaitingReview: { groups: 0, examples: [] },
          overQuota: [],
          totals: { nominees: 0, individuals: 0, collectives: 0 },
          structure: [],
          breakdown: null,
          units: [{ ...(units[0] as UnitStatusInput), lastSubmittedAt }],
        },
        '2026-12-10',
        'Asia/Ho_Chi_Minh',
      ).onTime;
    expect(view('2026-12-15T16:59:59Z')).toEqual({ onTime: 1, late: 0, units: 1 });
    expect(view('2026-12-15T17:00:01Z')).toEqual({ onTime: 0, late: 1, units: 1 });
  });

  it('builds reminders only for units missing or with errors, with error lines only', () => {
    expect(reminderViewOf('Đợt 1', '2026-12-15', '2026-12-12', units[2] as UnitStatusInput)).toBeNull();
    const withErrors = reminderViewOf('Đợt 1', '2026-12-15', '2026-12-12', units[0] as UnitStatusInput);
    expect(withErrors).toMatchObject({ state: 'errors', errors: 3, daysLeft: 3 });
    expect(withErrors?.issues.map((i) => i.ref)).toEqual(['Cá nhân!F12', 'Cá nhân!D13']);
    expect(reminderViewOf('Đợt 1', '2026-12-15', '2026-12-16', units[1] as UnitStatusInput)).toMatchObject({
      state: 'missing',
      daysLeft: -1,
    });
  });
});
