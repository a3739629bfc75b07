// The add-on menu. Built in onOpen without any server call (works in AuthMode.NONE). Every item names a global
// function exported from src/index.ts (a test checks each one exists in the built Code.js).
import { ui } from '../sheet/spreadsheet';

export const MENU_TITLE = 'Thi đua – Khen thưởng';
export const BOARD_SUBMENU_TITLE = 'Ban Thi đua – Khen thưởng';

export interface MenuItem {
  caption: string;
  functionName: string;
}

export type MenuEntry = MenuItem | 'separator';

export const UNIT_MENU: MenuEntry[] = [
  { caption: 'Kết nối chiến dịch…', functionName: 'menuConnectCampaign' },
  'separator',
  { caption: 'Tạo/cập nhật mẫu danh sách', functionName: 'menuCreateTemplate' },
  { caption: 'Kiểm tra danh sách', functionName: 'menuCheckList' },
  { caption: 'Kiểm tra quyền xem hồ sơ', functionName: 'menuCheckDossierAccess' },
  { caption: 'Chuyển phông chữ TCVN3/VNI sang Unicode', functionName: 'menuConvertLegacyFont' },
  { caption: 'Nộp danh sách', functionName: 'menuSubmitList' },
  { caption: 'Trạng thái', functionName: 'menuShowStatus' },
  { caption: 'Phiếu biểu quyết (Hội đồng)', functionName: 'menuCouncilBallot' },
];

export const BOARD_MENU: MenuEntry[] = [
  { caption: 'Thiết lập đợt', functionName: 'menuSetupCampaign' },
  { caption: 'Lưu thiết lập', functionName: 'menuSaveSetup' },
  { caption: 'Tạo bảng cho các đơn vị', functionName: 'menuProvisionUnitSheets' },
  'separator',
  { caption: 'Tổng hợp toàn tỉnh', functionName: 'menuConsolidate' },
  { caption: 'Rà soát trùng lặp', functionName: 'menuReviewDuplicates' },
  { caption: 'Ghi kết quả duyệt', functionName: 'menuWriteReviews' },
  { caption: 'Tình hình nộp', functionName: 'menuSubmissionOverview' },
  { caption: 'Khóa danh sách đơn vị', functionName: 'menuLockUnit' },
  { caption: 'Mở lại danh sách đơn vị', functionName: 'menuReopenUnit' },
  'separator',
  { caption: 'Ghi danh sách tổng hợp vào bảng tính', functionName: 'menuWriteMasterSheet' },
  { caption: 'Xuất danh sách tổng hợp (xlsx)', functionName: 'menuExportMaster' },
  'separator',
  { caption: 'Mở vòng biểu quyết', functionName: 'menuOpenVoteRound' },
  { caption: 'Đóng vòng và kiểm phiếu', functionName: 'menuCloseVoteRound' },
];

/** The award decision (issue 15), a submenu at the end of the board's menu. */
export const DECISION_SUBMENU_TITLE = 'Quyết định khen thưởng';

export const DECISION_MENU: MenuEntry[] = [
  { caption: 'Lập dự thảo Tờ trình, Quyết định', functionName: 'menuDecisionDrafts' },
  { caption: 'Ghi quyết định khen thưởng', functionName: 'menuRecordDecision' },
  { caption: 'In giấy khen', functionName: 'menuPrintCertificates' },
];

/** The public notice of the proposed list (issue 15), a submenu after the decision's. */
export const NOTICE_SUBMENU_TITLE = 'Công khai danh sách';

export const NOTICE_MENU: MenuEntry[] = [
  { caption: 'Mở trang công khai', functionName: 'menuOpenPublicNotice' },
  { caption: 'Tải ý kiến góp ý', functionName: 'menuDownloadNoticeComments' },
];

function addEntries(menu: GoogleAppsScript.Base.Menu, entries: MenuEntry[]): GoogleAppsScript.Base.Menu {
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  return menu;
}

export function buildMenu(): void {
  const host = ui();
  const board = addEntries(host.createMenu(BOARD_SUBMENU_TITLE), BOARD_MENU);
  board.addSeparator().addSubMenu(addEntries(host.createMenu(DECISION_SUBMENU_TITLE), DECISION_MENU));
  board.addSubMenu(addEntries(host.createMenu(NOTICE_SUBMENU_TITLE), NOTICE_MENU));
  addEntries(host.createMenu(MENU_TITLE), UNIT_MENU).addSeparator().addSubMenu(board).addToUi();
}
