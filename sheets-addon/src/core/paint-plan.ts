// Pure: the backgrounds and notes matrices for one setBackgrounds + one setNotes over the checked range.
// Cells without an issue get no background (data rows) or the header colour (row 1), and an empty note, which
// clears the marks of the previous check.
import type { Issue, Severity } from '../../../shared/grid/types';

export const COLORS = { error: '#f4c7c3', warning: '#fce8b2', header: '#d9ead3' } as const;
const PREFIX: Record<Severity, string> = { error: 'Lỗi', warning: 'Lưu ý' };

export interface PaintArea {
  /** Sheet row of the header (first painted row). */
  headerRow: number;
  rows: number;
  columns: number;
}

export interface PaintPlan {
  backgrounds: (string | null)[][];
  notes: string[][];
  painted: number;
  outside: number;
}

interface CellMarks {
  severity: Severity;
  lines: string[];
}

function cellIndex(issue: Issue, area: PaintArea): [number, number] | null {
  const r = issue.row - area.headerRow;
  const c = Math.max(issue.column, 1) - 1;
  if (r < 0 || r >= area.rows || c >= area.columns) return null;
  return [r, c];
}

function collectMarks(issues: Issue[], area: PaintArea): { marks: Map<string, CellMarks>; outside: number } {
  const marks = new Map<string, CellMarks>();
  let outside = 0;
  for (const issue of issues) {
    const at = cellIndex(issue, area);
    if (!at) {
      outside++;
      continue;
    }
    const key = `${at[0]}:${at[1]}`;
    const mark = marks.get(key) ?? { severity: issue.severity, lines: [] };
    if (issue.severity === 'error') mark.severity = 'error';
    mark.lines.push(`${PREFIX[issue.severity]}: ${issue.message}`);
    marks.set(key, mark);
  }
  return { marks, outside };
}

function baseColor(r: number): string | null {
  return r === 0 ? COLORS.header : null;
}

export function buildPaintPlan(issues: Issue[], area: PaintArea): PaintPlan {
  const { marks, outside } = collectMarks(issues, area);
  const backgrounds: (string | null)[][] = [];
  const notes: string[][] = [];
  for (let r = 0; r < area.rows; r++) {
    backgrounds.push(Array.from({ length: area.columns }, () => baseColor(r)));
    notes.push(Array.from({ length: area.columns }, () => ''));
  }
  for (const [key, mark] of marks) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    (backgrounds[r] as (string | null)[])[c] = COLORS[mark.severity];
    (notes[r] as string[])[c] = mark.lines.join('\n');
  }
  return { backgrounds, notes, painted: marks.size, outside };
}
