// The board's menu items: duplicate review, submission overview, master sheet/xlsx (consolidation: consolidate.ts).
import { boardCall, exportMasterFiles, masterList, reviewDuplicates } from '../api/board-api';
import { campaignStatus } from '../api/unit-api';
import {
  type DuplicateGroupView,
  duplicateViews,
  type OverviewPayload,
  overviewRows,
} from '../core/board-views';
import { AddonError } from '../core/errors';
import { MESSAGES } from '../core/messages';
import { structureView } from '../core/structure-view';
import { deadlineText } from '../core/summary-text';
import { campaignFolder, type SavedFile, saveBase64File } from '../drive/campaign-folder';
import { readSettings, requireConnection } from '../settings/document-settings';
import { alertUser } from '../ui/dialogs';
import { showSidebar } from '../ui/sidebar';

const connection = () => requireConnection(readSettings());

export function duplicateGroups(): { version: number; groups: DuplicateGroupView[] } {
  const master = masterList(connection());
  return { version: master.version, groups: duplicateViews(master.duplicates, master.entries) };
}

export function showDuplicates(): void {
  showSidebar('SidebarDuplicates', 'Rà soát trùng lặp', duplicateGroups());
}

export function resolveDuplicate(
  groupId: string,
  memberKeys: string[],
  decision: string,
): { groupId: string; decision: string } {
  if (decision !== 'same' && decision !== 'different')
    throw new AddonError('INVALID_DECISION', MESSAGES.INVALID_DECISION);
  reviewDuplicates(connection(), { groupId: String(groupId), memberKeys: memberKeys.map(String) }, decision);
  return { groupId, decision };
}

export function overview(): OverviewPayload {
  const { status } = campaignStatus(connection());
  return {
    campaignTitle: status.title,
    deadlineText: deadlineText(status.daysToDeadline),
    onTimeRate: Math.round(status.totals.onTimeRate * 100),
    totals: status.totals,
    units: overviewRows(status.units),
    structure: structureView(status.structure),
  };
}

export function showOverview(): void {
  showSidebar('SidebarOverview', 'Tình hình nộp', overview());
}

/** writeMasterSheet answers the spreadsheet's id (shared/api/master-outputs.ts), not its address. */
function linkOf(body: Record<string, unknown>): string {
  const id = body.spreadsheetId;
  return typeof id === 'string' && id ? `https://docs.google.com/spreadsheets/d/${id}/edit` : '';
}

export function writeMasterSheet(): void {
  const link = linkOf(boardCall(connection(), 'writeMasterSheet'));
  alertUser('Danh sách tổng hợp', `Đã ghi danh sách tổng hợp vào bảng tính.${link ? `\n${link}` : ''}`);
}

export interface ExportPayload {
  version: number;
  folderUrl: string;
  files: SavedFile[];
}

/** exportMaster answers the official xlsx files as base64; each is saved into the campaign's Drive folder. */
export function exportMaster(): ExportPayload {
  const current = connection();
  const answer = exportMasterFiles(current);
  const folder = campaignFolder(current.campaignId);
  const files = answer.files.map((file) => saveBase64File(folder, file));
  const payload = { version: answer.version, folderUrl: folder.getUrl(), files };
  showSidebar('SidebarLinks', 'Xuất danh sách tổng hợp', {
    title: `Danh sách tổng hợp – phiên bản số ${answer.version}`,
    intro: `Đã lưu ${files.length} tệp xlsx vào thư mục của đợt trên Drive.`,
    folderUrl: payload.folderUrl,
    links: files.map((f) => ({ label: f.title, url: f.url, note: f.reused ? 'đã có từ trước' : 'mới tạo' })),
  });
  return payload;
}
