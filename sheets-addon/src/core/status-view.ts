// Pure: the unit status sidebar's data, from the campaignStatus answer.
import type { CampaignStatusResponse, UnitStatus } from '../../../shared/api/campaign-status';
import { type ListView, listViews } from './list-view';
import { deadlineText } from './summary-text';

export const STATUS_LABELS: Record<UnitStatus['status'], string> = {
  not_submitted: 'Chưa nộp',
  with_errors: 'Đã nộp, còn lỗi',
  clean: 'Đã nộp, hợp lệ',
  reviewed: 'Ban đã rà soát',
};

export interface ReturnedNominee {
  name: string;
  note: string;
  state: string;
  sheetRow: number | null;
}

export interface StatusPayload {
  campaignTitle: string;
  deadline: string;
  daysToDeadline: number;
  deadlineText: string;
  open: boolean;
  unit: (UnitStatus & { statusLabel: string }) | null;
  /** The unit's lists (Cá nhân, Tập thể); null when the server sent no per-kind breakdown. */
  lists: ListView[] | null;
  returned: ReturnedNominee[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The nominee's first sheet row: `sheetRows` (campaignStatus) or a single `sheetRow`. */
function firstRow(item: Record<string, unknown>): number | null {
  const rows = Array.isArray(item.sheetRows) ? (item.sheetRows as unknown[]) : [item.sheetRow];
  const row = rows.find((r) => typeof r === 'number');
  return typeof row === 'number' ? row : null;
}

/** Nominees the board sent back, if listed (`returned` on the unit's status, or `returned`/`returnedNominees`). */
export function returnedNominees(raw: unknown): ReturnedNominee[] {
  const body = raw as { returned?: unknown; returnedNominees?: unknown } | null;
  const list = body?.returned ?? body?.returnedNominees;
  if (!Array.isArray(list)) return [];
  return list.map((item: Record<string, unknown>) => ({
    name: text(item.displayName) || text(item.name) || text(item.fullName),
    note: text(item.note) || text(item.reviewNote),
    state: text(item.state) || text(item.reviewState),
    sheetRow: firstRow(item),
  }));
}

export function statusPayload(status: CampaignStatusResponse, unitId: string, raw: unknown): StatusPayload {
  const unit = status.units.find((u) => u.unitId === unitId) ?? null;
  return {
    campaignTitle: status.title,
    deadline: status.deadline,
    daysToDeadline: status.daysToDeadline,
    deadlineText: deadlineText(status.daysToDeadline),
    open: status.open,
    unit: unit ? { ...unit, statusLabel: STATUS_LABELS[unit.status] } : null,
    lists: unit ? listViews(unit) : null,
    returned: returnedNominees(unit?.returned ? unit : raw),
  };
}
