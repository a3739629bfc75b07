// "Thiết lập đợt" writes the setup tabs (generated from the adminCampaign schema; prefilled from the server when
// the campaign exists); "Lưu thiết lập" reads them, checks them with the same zod schema, sends adminCampaign and
// paints every error on its cell (tab, row, column), whether found here or named by the server's field path.

import { postJson } from '../api/transport';
import { campaignStatus } from '../api/unit-api';
import { type Connection, parseFunctionsUrl } from '../core/connection';
import { isAddonError } from '../core/errors';
import {
  buildSetupRequest,
  deadlineText,
  issueLine,
  type SetupIssue,
  serverIssues,
  validateSetup,
} from '../core/setup-request';
import { NO, UNIT_KIND_LABELS, YES } from '../core/setup-spec';
import { boardSetting, saveBoardSetting } from '../settings/board-settings';
import { readSettings } from '../settings/document-settings';
import { paintSetupIssues, readSetupValues, type SetupPrefill, writeSetupTabs } from '../sheet/setup-tabs';
import { alertUser, promptUser } from '../ui/dialogs';
import { showSidebar } from '../ui/sidebar';

const TITLE = 'Thiết lập đợt';

/** The functions URL of this spreadsheet (asked once and kept) and the campaign id it is set up for, if any. */
function boardLink(ask: boolean): { functionsUrl: string; campaignId: string } | null {
  const campaignId = boardSetting('campaignId');
  const known = boardSetting('functionsUrl');
  if (known) return { functionsUrl: known, campaignId };
  if (!ask) return null;
  const typed = promptUser(TITLE, 'Địa chỉ máy chủ (https://…):', '');
  if (typed === null) return null;
  const functionsUrl = parseFunctionsUrl(typed);
  saveBoardSetting('functionsUrl', functionsUrl);
  return { functionsUrl, campaignId };
}

const asConnection = (link: { functionsUrl: string; campaignId: string }): Connection => ({
  campaignId: link.campaignId,
  unitId: readSettings().connection?.unitId ?? '',
  functionsUrl: link.functionsUrl,
});

/** What the server tells about an existing campaign (campaignStatus: title, deadline, open, units). */
function prefill(link: { functionsUrl: string; campaignId: string }): SetupPrefill | null {
  if (!link.campaignId) return null;
  try {
    const { status } = campaignStatus(asConnection(link));
    return {
      campaign: {
        campaignId: link.campaignId,
        'campaign.title': status.title,
        'campaign.deadline': deadlineText(status.deadline),
        'campaign.open': status.open ? YES : NO,
      },
      units: status.units.map((u) => [
        u.unitId,
        u.name,
        UNIT_KIND_LABELS[u.kind as keyof typeof UNIT_KIND_LABELS] ?? u.kind,
        '',
        '',
      ]),
    };
  } catch {
    return null;
  }
}

export function openSetup(): void {
  const link = boardLink(false);
  const report = writeSetupTabs(link ? prefill(link) : null);
  const lines = [
    ...report.created.map((name) => `Đã tạo trang “${name}”.`),
    ...report.updated.map((name) => `Đã cập nhật trang “${name}” (giữ nguyên dữ liệu đã nhập).`),
    'Điền thông tin rồi chọn “Lưu thiết lập”.',
  ];
  alertUser(TITLE, lines.join('\n'));
}

export interface SaveSetupResult {
  saved: boolean;
  issues: SetupIssue[];
  summary: string;
}

function showIssues(issues: SetupIssue[], intro: string): SaveSetupResult {
  paintSetupIssues(issues);
  showSidebar('SidebarLinks', 'Lưu thiết lập', {
    title: 'Chưa lưu được thiết lập',
    intro,
    folderUrl: '',
    links: issues.map((i) => ({ label: issueLine(i), url: '', note: '' })),
  });
  return { saved: false, issues, summary: intro };
}

export function saveSetup(): SaveSetupResult {
  const setup = buildSetupRequest(readSetupValues());
  const local = validateSetup(setup);
  if (local.length > 0)
    return showIssues(local, `${local.length} ô cần sửa (đã tô đỏ). Chưa gửi lên máy chủ.`);
  const link = boardLink(true);
  if (!link) return { saved: false, issues: [], summary: '' };
  const campaignId = String(setup.request.campaignId);
  try {
    const answer = postJson(asConnection({ ...link, campaignId }), 'adminCampaign', setup.request) as Record<
      string,
      unknown
    >;
    saveBoardSetting('campaignId', campaignId);
    paintSetupIssues([]);
    const summary = `${answer.created ? 'Đã tạo' : 'Đã cập nhật'} đợt “${campaignId}”: ${answer.unitsWritten} đơn vị, ${answer.membersWritten} thành viên.`;
    alertUser(TITLE, summary);
    return { saved: true, issues: [], summary };
  } catch (error) {
    if (
      !isAddonError(error) ||
      error.status === undefined ||
      error.status >= 500 ||
      error.status === 401 ||
      error.status === 403
    )
      throw error;
    const issues = serverIssues(error.details, setup.origins, error.message);
    return showIssues(issues, `Máy chủ từ chối thiết lập: ${error.message}`);
  }
}
