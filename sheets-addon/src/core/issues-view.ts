// Pure: what the issues sidebar shows (plain JSON, passed through google.script.run rules).
import type { Summary } from '../../../shared/api/grid';
import { cellLabel } from '../../../shared/grid/a1';
import type { Issue } from '../../../shared/grid/types';

export interface IssueView {
  row: number;
  column: number;
  cell: string;
  header: string;
  severity: Issue['severity'];
  code: string;
  message: string;
}

export interface IssuesPayload {
  sheetName: string;
  title: string;
  summary: Summary;
  issues: IssueView[];
  /** Issues that fall outside the painted range (listed, not painted). */
  outside: number;
  notice: string;
}

function byPosition(a: Issue, b: Issue): number {
  return (
    a.row - b.row || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
  );
}

export function issueViews(issues: Issue[], header: string[]): IssueView[] {
  return [...issues].sort(byPosition).map((issue) => ({
    row: issue.row,
    column: issue.column,
    cell: cellLabel(issue.row, issue.column),
    header: issue.column > 0 ? (header[issue.column - 1] ?? '') : '',
    severity: issue.severity,
    code: issue.code,
    message: issue.message,
  }));
}
