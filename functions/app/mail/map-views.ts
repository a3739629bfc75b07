// The mapping layer: from submission/master data (in simple input shapes the repository can fill) to the view
// models the templates render. Pure.
import { listsOnTime } from '../../../shared/api/campaign-status';
import type { Issue } from '../../../shared/grid/types';
import { localDate } from '../../../shared/text/dates';
import { cellRef } from './format';
import { daysBetween } from './period';
import type { DigestView, IssueLine, ReminderView, UnitRef } from './views';

/** An issue of one of the unit's lists, with the sheet it is on (a unit has an individual and a collective list). */
export type SheetIssue = Issue & { sheetName?: string };

/**
 * One unit's state for a campaign, from the latest list of each kind it submitted (its individual list and its
 * collective list are separate versions; see functions/app/submissions/latest-by-kind.ts).
 */
export interface UnitStatusInput extends UnitRef {
  /** Newest version number (either kind), 0 when nothing was submitted. */
  version: number;
  /** Errors summed over the kinds' latest lists: a unit with one clean and one erroneous list has errors. */
  errors: number;
  /** Instant of the first submitted version (ISO). */
  firstSubmittedAt?: string;
  /**
   * The latest instant among the kinds' latest lists (ISO); decides on-time: a unit is on time when the latest list
   * of each kind it submitted arrived by the deadline. Without it, firstSubmittedAt decides.
   */
  lastSubmittedAt?: string;
  /** Issues of the latest list of each kind that has errors, for reminders; each names its sheet. */
  issues?: SheetIssue[];
  /** Sheet name for issues that do not name theirs. */
  sheetName?: string;
}

/**
 * Issues with cell references: "Cá nhân!F12: Số CCCD thiếu số 0 ở đầu". An issue's own sheetName wins over the
 * default; sheets stay in the order they first appear, issues within a sheet by row then column.
 */
export function toIssueLines(issues: readonly SheetIssue[], sheetName: string): IssueLine[] {
  const sheetOf = (i: SheetIssue) => i.sheetName ?? sheetName;
  const order = new Map<string, number>();
  for (const i of issues) if (!order.has(sheetOf(i))) order.set(sheetOf(i), order.size);
  const rank = (i: SheetIssue) => order.get(sheetOf(i)) ?? 0;
  return [...issues]
    .sort((a, b) => rank(a) - rank(b) || a.row - b.row || a.column - b.column)
    .map((i) => ({ ref: cellRef(sheetOf(i), i.row, i.column), message: i.message, severity: i.severity }));
}

const byName = (a: UnitRef, b: UnitRef) => a.unitName.localeCompare(b.unitName, 'vi');

export function completenessOf(units: UnitStatusInput[]): DigestView['completeness'] {
  const ref = (u: UnitStatusInput): UnitRef => ({ unitId: u.unitId, unitName: u.unitName });
  return {
    missing: units
      .filter((u) => u.version === 0)
      .map(ref)
      .sort(byName),
    withErrors: units
      .filter((u) => u.version > 0 && u.errors > 0)
      .map((u) => ({ ...ref(u), errors: u.errors }))
      .sort((a, b) => b.errors - a.errors || byName(a, b)),
    clean: units
      .filter((u) => u.version > 0 && u.errors === 0)
      .map(ref)
      .sort(byName),
  };
}

/** Submitted units split by whether their latest lists arrived by the deadline instant (shared listsOnTime). */
export function onTimeOf(units: UnitStatusInput[], deadlineAt: string): DigestView['onTime'] {
  const arrivals = units.flatMap((u) => {
    const at = u.lastSubmittedAt ?? u.firstSubmittedAt;
    return at ? [at] : [];
  });
  const onTime = arrivals.filter((at) => listsOnTime([at], deadlineAt)).length;
  return { onTime, late: arrivals.length - onTime, units: units.length };
}

export interface DigestInput
  extends Omit<DigestView, 'completeness' | 'onTime' | 'daysToDeadline' | 'generatedAt'> {
  units: UnitStatusInput[];
  /** The deadline instant (ISO): decides on time. */
  deadlineAt: string;
}

export function buildDigestView(input: DigestInput, today: string, timeZone: string): DigestView {
  const { units, deadlineAt, ...rest } = input;
  return {
    ...rest,
    generatedAt: today,
    daysToDeadline: daysBetween(today, input.deadline),
    completeness: completenessOf(units),
    onTime: onTimeOf(units, deadlineAt),
  };
}

/** A reminder view for a unit that needs one (not submitted, or errors left); null otherwise. */
export function reminderViewOf(
  campaignName: string,
  deadline: string,
  today: string,
  unit: UnitStatusInput,
): ReminderView | null {
  if (unit.version > 0 && unit.errors === 0) return null;
  const errorsOnly = (unit.issues ?? []).filter((i) => i.severity === 'error');
  return {
    campaignName,
    unitName: unit.unitName,
    deadline,
    daysLeft: daysBetween(today, deadline),
    state: unit.version === 0 ? 'missing' : 'errors',
    errors: unit.errors,
    issues: toIssueLines(errorsOnly, unit.sheetName ?? ''),
  };
}
