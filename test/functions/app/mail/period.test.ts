import { describe, expect, it } from 'vitest';
import { daysBetween, dueReminder, isoWeek, reminderPeriod } from '../../../../functions/app/mail/period';
import { localDate } from '../../../../shared/text/dates';

describe('schedule periods', () => {
  it('takes the local date in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(localDate(new Date('2026-11-15T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-16');
    expect(localDate(new Date('2026-11-15T16:59:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-15');
  });

  it('computes ISO weeks, including across a year boundary', () => {
    expect(isoWeek('2026-11-16')).toBe('2026-W47');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
  });

  it('picks the due reminder: the smallest offset at or above the days left', () => {
    const offsets = [7, 3, 1];
    expect(daysBetween('2026-12-08', '2026-12-15')).toBe(7);
    expect(dueReminder(offsets, 10)).toBeNull();
    expect(dueReminder(offsets, 7)).toEqual({ kind: 'before', offset: 7 });
    expect(dueReminder(offsets, 6)).toEqual({ kind: 'before', offset: 7 });
    expect(dueReminder(offsets, 3)).toEqual({ kind: 'before', offset: 3 });
    expect(dueReminder(offsets, 0)).toEqual({ kind: 'before', offset: 1 });
    expect(dueReminder(offsets, -1)).toEqual({ kind: 'overdue' });
    expect(dueReminder(offsets, -8)).toBeNull();
    expect(reminderPeriod('2026-12-15', { kind: 'before', offset: 3 })).toBe('2026-12-15:d-3');
    expect(reminderPeriod('2026-12-15', { kind: 'overdue' })).toBe('2026-12-15:overdue');
  });
});
