// Schedule periods in the board's time zone: ISO weeks, days to a deadline, due reminder offsets (local dates:
// shared/text/dates.ts).

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** Whole days from `from` to `to` (dates "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO-8601 week of a date: "2026-W47". */
export function isoWeek(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Adds days to a date "YYYY-MM-DD". */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** The one after-deadline reminder is still sent up to this many days late (missed runs), never later. */
export const OVERDUE_WINDOW_DAYS = 7;

export type DueReminder = { kind: 'before'; offset: number } | { kind: 'overdue' };

/**
 * Which reminder is due `daysLeft` days before the deadline: the smallest configured offset ≥ daysLeft (so a
 * missed daily run still sends the reminder the next day), "overdue" in the week after the deadline, nothing
 * while daysLeft is above every offset.
 */
export function dueReminder(offsets: number[], daysLeft: number): DueReminder | null {
  if (daysLeft < 0) return daysLeft >= -OVERDUE_WINDOW_DAYS ? { kind: 'overdue' } : null;
  const candidates = offsets.filter((offset) => offset >= daysLeft);
  if (candidates.length === 0) return null;
  return { kind: 'before', offset: Math.min(...candidates) };
}

/** The period part of a reminder's delivery key: "2026-12-15:d-3" or "2026-12-15:overdue". */
export function reminderPeriod(deadline: string, due: DueReminder): string {
  return due.kind === 'overdue' ? `${deadline}:overdue` : `${deadline}:d-${due.offset}`;
}
