// "Thiết lập đợt" writes the setup tabs (generated from the adminCampaign schema; prefilled from the server when
// the campaign exists); "Lưu thiết lập" reads them, checks them with the same zod schema, sends adminCampaign and
// paints every error on its cell (tab, row, column), whether found here or named by the server's field path.

import { z } from 'zod';
import { structureTargetsSchema } from '../../../shared/api/admin-campaign';
import { postJson } from '../api/transport';
import { campaignStatus } from '../api/unit-api';
import { type Connection, parseFunctionsUrl } from '../core/connection';
import { hasCode, isAddonError } from '../core/errors';
import {
  buildSetupRequest,
  deadlineText,
  issueLine,
  type SetupIssue,
  type StoredCampaign,
  serverIssues,
  targetCells,
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

/** The stored campaign's fields the tabs send whole, read leniently (anything else of the record is ignored). */
const storedAnswerSchema = z.object({
  campaign: z.object({
    quotas: z
      .record(
        z.string(),
        z.object({
          total: z.int().optional(),
          byAward: z.record(z.string(), z.int()).optional(),
          seats: z.int().optional(),
        }),
      )
      .default({}),
    structureTargets: structureTargetsSchema.optional(),
  }),
});

/**
 * The campaign as stored: adminCampaign with only the campaign id writes nothing and answers the record. null when
 * the campaign does not exist yet (CAMPAIGN_NOT_FOUND); any other refusal is thrown (the save would meet it too).
 */
function storedCampaign(connection: Connection): StoredCampaign | null {
  try {
    const answer = postJson(connection, 'adminCampaign', { campaignId: connection.campaignId });
    const parsed = storedAnswerSchema.safeParse(answer);
    if (!parsed.success) return null;
    const { quotas, structureTargets } = parsed.data.campaign;
    return structureTargets ? { quotas, structureTargets } : { quotas };
  } catch (error) {
    if (hasCode(error, 'CAMPAIGN_NOT_FOUND')) return null;
    throw error;
  }
}

function storedOrNone(connection: Connection): StoredCampaign | null {
  try {
    return storedCampaign(connection);
  } catch {
    return null;
  }
}

/**
 * What the server tells about an existing campaign: campaignStatus (title, deadline, open, units) and the stored
 * record (structure targets with both bounds, each unit's total and seats).
 */
function prefill(link: { functionsUrl: string; campaignId: string }): SetupPrefill | null {
  if (!link.campaignId) return null;
  try {
    const { status } = campaignStatus(asConnection(link));
    const stored = storedOrNone(asConnection(link));
    // Without the stored campaign the seats and targets would be written empty: fill nothing rather than that.
    if (stored === null) return null;
    const quota = (unitId: string) => stored?.quotas[unitId] ?? {};
    return {
      campaign: {
        campaignId: link.campaignId,
        'campaign.title': status.title,
        'campaign.deadline': deadlineText(status.deadline),
        'campaign.open': status.open ? YES : NO,
        ...targetCells(stored?.structureTargets),
      },
      units: status.units.map((u) => [
        u.unitId,
        u.name,
        UNIT_KIND_LABELS[u.kind as keyof typeof UNIT_KIND_LABELS] ?? u.kind,
        '',
        quota(u.unitId).total ?? '',
        quota(u.unitId).seats ?? '',
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
  const connection = asConnection({ ...link, campaignId });
  // The tabs hold only part of quotas (and an older tab part of the targets), which the server replaces whole.
  const merged = buildSetupRequest(readSetupValues(), storedCampaign(connection));
  const mergedIssues = validateSetup(merged);
  if (mergedIssues.length > 0)
    return showIssues(mergedIssues, `${mergedIssues.length} ô cần sửa (đã tô đỏ). Chưa gửi lên máy chủ.`);
  try {
    const answer = postJson(connection, 'adminCampaign', merged.request) as Record<string, unknown>;
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
    const issues = serverIssues(error.details, merged.origins, error.message);
    return showIssues(issues, `Máy chủ từ chối thiết lập: ${error.message}`);
  }
}
