// "Kiểm tra quyền xem hồ sơ": every Drive link of the active nomination tab's "Hồ sơ" column is opened (as the
// unit's user) and its sharing read; links the board cannot view are listed as warnings in the issues sidebar.
// Nothing is painted or sent to the server: the unit's "Kiểm tra danh sách" keeps its marks.
import type { Summary } from '../../../shared/api/grid';
import { accessIssues, dossierLinks, MAX_PROBES } from '../core/dossier-access';
import { type IssuesPayload, issueViews } from '../core/issues-view';
import { probeAccess } from '../drive/dossier-files';
import { readSettings } from '../settings/document-settings';
import { readNominationSheet } from '../sheet/nomination-sheet';
import { showSidebar } from '../ui/sidebar';

function notice(links: number, probed: number, warnings: number): string {
  if (links === 0) return 'Trang này chưa có đường dẫn hồ sơ nào ở cột “Hồ sơ”.';
  const rest =
    links > probed ? ` Còn ${links - probed} đường dẫn chưa kiểm tra; hãy chạy lại sau khi sửa.` : '';
  const result =
    warnings === 0 ? 'Ban TĐKT xem được tất cả các tệp.' : `${warnings} tệp Ban TĐKT chưa xem được.`;
  return `Đã kiểm tra ${probed} đường dẫn hồ sơ: ${result}${rest}`;
}

export function checkDossierAccess(): IssuesPayload {
  const snapshot = readNominationSheet(readSettings().timeZone);
  const links = dossierLinks(snapshot.kind, snapshot.grid);
  const probed = links.slice(0, MAX_PROBES);
  const issues = accessIssues(
    probed,
    probed.map((ref) => probeAccess(ref.link)),
  );
  const rows = new Set(links.map((l) => l.row)).size;
  const summary: Summary = { rows, validRows: rows, errorRows: 0, errors: 0, warnings: issues.length };
  const payload: IssuesPayload = {
    sheetName: snapshot.sheetName,
    title: `Quyền xem hồ sơ – trang “${snapshot.sheetName}”`,
    summary,
    issues: issueViews(issues, snapshot.grid.header as string[]),
    outside: 0,
    notice: notice(links.length, probed.length, issues.length),
  };
  showSidebar('SidebarIssues', 'Quyền xem hồ sơ', payload);
  return payload;
}
