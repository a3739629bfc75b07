// Turns a request and its validation outcome into what is stored: every row as sent (valid or not) with its
// parsed data and issues, the sheet-level issues, and the summary. Nothing is dropped.
import type { SubmitNominationsRequest } from '../../../shared/api/nominations';
import type { Issue } from '../../../shared/grid/types';
import type { StoredRow, ValidationOutcome, VersionHeader } from '../ports';

export interface VersionDraft {
  header: Omit<VersionHeader, 'versionId' | 'baseVersion' | 'startedAt' | 'late'>;
  rows: StoredRow[];
  outcome: ValidationOutcome;
}

export function headerRows(header: string[] | string[][]): string[][] {
  return header.length > 0 && Array.isArray(header[0]) ? (header as string[][]) : [header as string[]];
}

function issuesByRow(issues: Issue[]): Map<number, Issue[]> {
  const byRow = new Map<number, Issue[]>();
  for (const issue of issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  return byRow;
}

export function storedRows(request: SubmitNominationsRequest, outcome: ValidationOutcome): StoredRow[] {
  const byRow = issuesByRow(outcome.issues);
  const parsed = new Map(outcome.rows.map((row) => [row.sheetRow, row]));
  return request.grid.rows.map((cells, index) => {
    const sheetRow = request.grid.firstRow + index;
    const rowIssues = byRow.get(sheetRow) ?? [];
    const row = parsed.get(sheetRow);
    const valid = row ? row.valid : !rowIssues.some((issue) => issue.severity === 'error');
    return { sheetRow, cells, valid, data: { ...(row?.data ?? {}) }, issues: rowIssues };
  });
}

export function sheetIssues(request: SubmitNominationsRequest, issues: Issue[]): Issue[] {
  const first = request.grid.firstRow;
  const last = first + request.grid.rows.length - 1;
  return issues.filter((issue) => issue.row < first || issue.row > last);
}

export function buildDraft(
  request: SubmitNominationsRequest,
  outcome: ValidationOutcome,
  meta: { contentHash: string; submittedBy: string },
): VersionDraft {
  const { grid } = request;
  return {
    header: {
      campaignId: request.campaignId,
      unitId: request.unitId,
      contentHash: meta.contentHash,
      kind: request.kind,
      submittedBy: meta.submittedBy,
      grid: {
        header: headerRows(grid.header),
        firstRow: grid.firstRow,
        firstColumn: grid.firstColumn ?? 1,
        ...(grid.sheetName === undefined ? {} : { sheetName: grid.sheetName }),
      },
      sheetIssues: sheetIssues(request, outcome.issues),
    },
    rows: storedRows(request, outcome),
    outcome,
  };
}
