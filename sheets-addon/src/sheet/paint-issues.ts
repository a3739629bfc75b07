// Paints issues on their cells: one getRange, one setBackgrounds and one setNotes over the checked range (grown to
// the extent painted last time, so old marks are cleared), whatever the number of issues.
import type { Issue } from '../../../shared/grid/types';
import { buildPaintPlan } from '../core/paint-plan';
import { HEADER_ROW } from '../core/sheet-names';
import type { NominationSnapshot } from './nomination-sheet';

export interface PaintedExtent {
  rows: number;
  columns: number;
  painted: number;
  outside: number;
}

export function paintIssues(
  snapshot: NominationSnapshot,
  issues: Issue[],
  previous: { rows: number; columns: number } | null,
): PaintedExtent {
  const rows = Math.max(snapshot.rows, previous?.rows ?? 0, 1);
  const columns = Math.max(snapshot.columns, previous?.columns ?? 0, 1);
  const plan = buildPaintPlan(issues, { headerRow: HEADER_ROW, rows, columns });
  const range = snapshot.sheet.getRange(HEADER_ROW, 1, rows, columns);
  range.setBackgrounds(plan.backgrounds);
  range.setNotes(plan.notes);
  return { rows: snapshot.rows, columns: snapshot.columns, painted: plan.painted, outside: plan.outside };
}
