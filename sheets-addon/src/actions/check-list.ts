// "Kiểm tra danh sách": one read, one validateRows call, one paint, then the issues sidebar.

import type { Summary } from '../../../shared/api/grid';
import type { Issue } from '../../../shared/grid/types';
import { validateRows } from '../api/unit-api';
import type { Connection } from '../core/connection';
import { isAddonError } from '../core/errors';
import type { IssuesPayload } from '../core/issues-view';
import { issueViews } from '../core/issues-view';
import { localCheck, OFFLINE_CODES } from '../core/local-check';
import { summaryText } from '../core/summary-text';
import { readSettings, requireConnection, saveMarks } from '../settings/document-settings';
import { type NominationSnapshot, readNominationSheet } from '../sheet/nomination-sheet';
import { paintIssues } from '../sheet/paint-issues';
import { showSidebar } from '../ui/sidebar';

interface CheckResult {
  issues: Issue[];
  summary: Summary;
  offline: string;
}

/** The server's check; when the server cannot be reached, the shared validateGrid run here instead. */
function check(connection: Connection, snapshot: NominationSnapshot): CheckResult {
  try {
    return { ...validateRows(connection, snapshot.kind, snapshot.grid), offline: '' };
  } catch (error) {
    if (!isAddonError(error) || !OFFLINE_CODES.has(error.code)) throw error;
    return { ...localCheck(snapshot.kind, snapshot.grid), offline: error.message };
  }
}

function notice(result: CheckResult): string {
  if (!result.offline) return summaryText(result.summary);
  const prefix = 'Kiểm tra sơ bộ trên máy (chưa đối chiếu được với máy chủ và lịch sử khen thưởng).';
  return `${prefix} ${summaryText(result.summary)} ${result.offline}`;
}

export function checkList(): IssuesPayload {
  const settings = readSettings();
  const connection = requireConnection(settings);
  const snapshot = readNominationSheet(settings.timeZone);
  const result = check(connection, snapshot);
  const painted = paintIssues(snapshot, result.issues, settings.marks(snapshot.sheetName));
  saveMarks(snapshot.sheetName, painted);
  const payload: IssuesPayload = {
    sheetName: snapshot.sheetName,
    title: `Kết quả kiểm tra trang “${snapshot.sheetName}”`,
    summary: result.summary,
    issues: issueViews(result.issues, snapshot.grid.header as string[]),
    outside: painted.outside,
    notice: notice(result),
  };
  showSidebar('SidebarIssues', 'Kết quả kiểm tra', payload);
  return payload;
}
