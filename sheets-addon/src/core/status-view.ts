// Pure: the unit status sidebar's data, from the campaignStatus answer.
import type { CampaignStatusResponse, UnitStatus } from '../../../shared/api/campaign-status';
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
  returned: ReturnedNominee[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Nominees the board sent back, if the server lists them (`returned` or `returnedNominees`). */
export function returnedNominees(raw: unknown): ReturnedNominee[] {
  const body = raw as { returned?: unknown; returnedNominees?: unknown } | null;
  const list = body?.returned ?? body?.returnedNominees;
  if (!Array.isArray(list)) return [];
  return list.map((item: Record<string, unknown>) => ({
    name: text(item.displayName) || text(item.name) || text(item.fullName),
    note: text(item.note) || text(item.reviewNote),
    state: text(item.state) || text(item.reviewState),
    sheetRow: typeof item.sheetRow === 'number' ? item.sheetRow : null,
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
    returned: returnedNominees(raw),
  };
}
