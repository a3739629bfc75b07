// The board's decision items (issue 15): "Lập dự thảo Tờ trình, Quyết định" (decisionDrafts → both .docx saved into
// the campaign's Drive folder), "Ghi quyết định khen thưởng" (number and date checked locally, a confirmation with
// the count of approved entries, then recordDecision by number and date only: a retry is the same request, answered
// "unchanged") and "In giấy khen" (certificates of a recorded decision → one PDF saved into the folder).

import { approvedEntryCount, certificates, decisionDrafts, recordDecision } from '../api/board-api';
import { parseDecisionDate, parseDecisionNumber, vietnameseDate } from '../core/decision-input';
import { campaignFolder, replaceBase64File, type SavedFile } from '../drive/campaign-folder';
import { boardSetting, saveBoardSetting } from '../settings/board-settings';
import { readSettings, requireConnection } from '../settings/document-settings';
import { alertUser, confirmUser, promptUser } from '../ui/dialogs';
import { showSidebar } from '../ui/sidebar';

export const DECISION_TITLES = {
  drafts: 'Lập dự thảo Tờ trình, Quyết định',
  record: 'Ghi quyết định khen thưởng',
  certificates: 'In giấy khen',
} as const;

const connection = () => requireConnection(readSettings());

function showLinks(title: string, heading: string, intro: string, folderUrl: string, files: SavedFile[]) {
  showSidebar('SidebarLinks', title, {
    title: heading,
    intro,
    folderUrl,
    links: files.map((f) => ({ label: f.title, url: f.url, note: f.reused ? 'đã có từ trước' : 'mới tạo' })),
  });
}

export interface DecisionFilesPayload {
  folderUrl: string;
  files: SavedFile[];
}

export function makeDecisionDrafts(): DecisionFilesPayload {
  const current = connection();
  const answer = decisionDrafts(current);
  const folder = campaignFolder(current.campaignId);
  const files = answer.files.map((file) => replaceBase64File(folder, file));
  const payload = { folderUrl: folder.getUrl(), files };
  showLinks(
    DECISION_TITLES.drafts,
    `Dự thảo từ danh sách tổng hợp phiên bản số ${answer.version}`,
    `${answer.entries} trường hợp đã duyệt trong danh sách kèm theo. Đã lưu ${files.length} tệp .docx vào thư mục của đợt trên Drive; hãy kiểm tra, điền số, ngày rồi trình ký.`,
    payload.folderUrl,
    files,
  );
  return payload;
}

/** Today in Việt Nam (UTC+7), YYYY-MM-DD. */
function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

function askDecision(): { decisionNumber: string; decisionDate: string } | null {
  const number = promptUser(
    DECISION_TITLES.record,
    'Số quyết định khen thưởng đã ký (ví dụ 1234/QĐ-UBND):',
    '',
  );
  if (number === null || number === '') return null;
  const decisionNumber = parseDecisionNumber(number);
  const date = promptUser(
    DECISION_TITLES.record,
    'Ngày ký quyết định (ngày/tháng/năm, ví dụ 15/09/2026):',
    '',
  );
  if (date === null || date === '') return null;
  return { decisionNumber, decisionDate: parseDecisionDate(date, todayInVietnam()) };
}

export interface RecordDecisionResult {
  decisionNumber: string;
  recorded: number;
  unchanged: number;
}

/** The confirmation: the approved entries to mark, or (none left: a decision already recorded) a check again. */
function confirmation(decision: { decisionNumber: string; decisionDate: string }, count: number): string {
  const named = `Quyết định số ${decision.decisionNumber} ngày ${vietnameseDate(decision.decisionDate)}`;
  if (count === 0)
    return `Không còn trường hợp nào ở trạng thái “Đã duyệt”. Nếu ${named} đã được ghi nhận trước đó, chọn Có để xem lại kết quả (không có gì thay đổi).`;
  return `Ghi nhận ${named} cho ${count} trường hợp đã duyệt? Các trường hợp này chuyển sang “Đã khen thưởng” và được ghi vào lịch sử khen thưởng.`;
}

export function recordAwardDecision(): RecordDecisionResult | null {
  const current = connection();
  const decision = askDecision();
  if (!decision) return null;
  const count = approvedEntryCount(current);
  if (!confirmUser(DECISION_TITLES.record, confirmation(decision, count))) return null;
  const answer = recordDecision(current, decision);
  saveBoardSetting('decisionNumber', answer.decisionNumber);
  const again =
    answer.unchanged > 0 ? ` ${answer.unchanged} trường hợp đã được ghi nhận từ trước (không đổi).` : '';
  alertUser(
    DECISION_TITLES.record,
    `Đã ghi nhận Quyết định số ${answer.decisionNumber}: ${answer.recorded} trường hợp được khen thưởng.${again}`,
  );
  return { decisionNumber: answer.decisionNumber, recorded: answer.recorded, unchanged: answer.unchanged };
}

export function printCertificates(): DecisionFilesPayload | null {
  const current = connection();
  const typed = promptUser(
    DECISION_TITLES.certificates,
    'Số quyết định khen thưởng đã ghi nhận (ví dụ 1234/QĐ-UBND):',
    boardSetting('decisionNumber'),
  );
  if (typed === null || typed === '') return null;
  const answer = certificates(current, parseDecisionNumber(typed));
  const folder = campaignFolder(current.campaignId);
  const files = [replaceBase64File(folder, answer.file)];
  const payload = { folderUrl: folder.getUrl(), files };
  showLinks(
    DECISION_TITLES.certificates,
    `Giấy khen theo Quyết định số ${answer.decisionNumber} ngày ${vietnameseDate(answer.decisionDate)}`,
    `${answer.pages} trang, mỗi trang một giấy khen. Đã lưu tệp PDF vào thư mục của đợt trên Drive.`,
    payload.folderUrl,
    files,
  );
  return payload;
}
