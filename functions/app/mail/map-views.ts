// The mapping layer: from submission/master data (in simple input shapes the repository can fill) to the view
// models the templates render. Pure.
import type { Issue } from '../../../shared/grid/types';
import { cellRef } from './format';
import { daysBetween, localDate } from './period';
import type { DigestView, IssueLine, ReminderView, UnitRef } from './views';

/** One unit's state for a campaign, as derived from its latest submitted version. */
export interface UnitStatusInput extends UnitRef {
  /** Latest version number, 0 when nothing was submitted. */
  version: number;
  errors: number;
  /** Instant of the first submitted version (ISO); decides on-time. */
  firstSubmittedAt?: string;
  /** Latest version's issues, for reminders. */
  issues?: Issue[];
  sheetName?: string;
}

/** Issues with cell references: "Cá nhân!F12: Số CCCD thiếu số 0 ở đầu". */
export function toIssueLines(issues: Issue[], sheetName: string): IssueLine[] {
  return [...issues]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((i) => ({ ref: cellRef(sheetName, i.row, i.column), message: i.message, severity: i.severity }));
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

/** Submitted units split by whether their first version arrived on or before the deadline (local date). */
export function onTimeOf(units: UnitStatusInput[], deadline: string, timeZone: string): DigestView['onTime'] {
  const dates = units.flatMap((u) =>
    u.firstSubmittedAt ? [localDate(new Date(u.firstSubmittedAt), timeZone)] : [],
  );
  const onTime = dates.filter((d) => d <= deadline).length;
  return { onTime, late: dates.length - onTime };
}

export interface DigestInput
  extends Omit<DigestView, 'completeness' | 'onTime' | 'daysToDeadline' | 'generatedAt'> {
  units: UnitStatusInput[];
}

export function buildDigestView(input: DigestInput, today: string, timeZone: string): DigestView {
  const { units, ...rest } = input;
  return {
    ...rest,
    generatedAt: today,
    daysToDeadline: daysBetween(today, input.deadline),
    completeness: completenessOf(units),
    onTime: onTimeOf(units, input.deadline, timeZone),
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
