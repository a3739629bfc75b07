// The board's menu items: duplicate review, submission overview, master sheet/xlsx (consolidation: consolidate.ts).
import { boardCall, masterList, reviewDuplicates } from '../api/board-api';
import { campaignStatus } from '../api/unit-api';
import {
  type DuplicateGroupView,
  duplicateViews,
  type OverviewPayload,
  overviewRows,
} from '../core/board-views';
import { AddonError } from '../core/errors';
import { MESSAGES } from '../core/messages';
import { deadlineText } from '../core/summary-text';
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
  };
}

export function showOverview(): void {
  showSidebar('SidebarOverview', 'Tình hình nộp', overview());
}

function linkOf(body: Record<string, unknown>): string {
  for (const key of ['url', 'spreadsheetUrl', 'fileUrl', 'downloadUrl'])
    if (typeof body[key] === 'string') return body[key] as string;
  return '';
}

export function writeMasterSheet(): void {
  const link = linkOf(boardCall(connection(), 'writeMasterSheet'));
  alertUser('Danh sách tổng hợp', `Đã ghi danh sách tổng hợp vào bảng tính.${link ? `\n${link}` : ''}`);
}

export function exportMaster(): void {
  const link = linkOf(boardCall(connection(), 'exportMaster'));
  alertUser(
    'Xuất danh sách tổng hợp',
    `Đã tạo tệp xlsx danh sách tổng hợp.${link ? `\nTải về: ${link}` : ''}`,
  );
}
