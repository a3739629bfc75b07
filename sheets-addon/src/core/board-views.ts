// Pure: what the board's pages show (consolidation totals and changes, duplicate groups, submission overview).
import type { CampaignStatusResponse, UnitStatus } from '../../../shared/api/campaign-status';
import type { DuplicateGroup, MasterEntry } from '../../../shared/consolidation/types';
import { STATUS_LABELS } from './status-view';

export interface DuplicateMemberView {
  rowId: string;
  displayName: string;
  unit: string;
  detail: string;
}

export interface DuplicateGroupView {
  groupId: string;
  memberKeys: string[];
  score: number;
  reasons: string[];
  members: DuplicateMemberView[];
  decision: string;
}

function memberView(rowId: string, entries: MasterEntry[]): DuplicateMemberView {
  for (const entry of entries) {
    const source = entry.sources.find((s) => s.rowId === rowId);
    if (!source) continue;
    const birth = entry.birthDate ?? (entry.birthYear ? String(entry.birthYear) : '');
    const detail = [birth, entry.workplace ?? '', `dòng ${source.sheetRow}`]
      .filter((p) => p !== '')
      .join(' · ');
    return { rowId, displayName: entry.displayName, unit: source.unitName ?? source.unitId, detail };
  }
  return { rowId, displayName: rowId, unit: '', detail: '' };
}

/** Probable groups, undecided first, then by score (highest first). */
export function duplicateViews(groups: DuplicateGroup[], entries: MasterEntry[]): DuplicateGroupView[] {
  return groups
    .filter((g) => g.kind === 'probable')
    .sort((a, b) => Number(a.decision !== undefined) - Number(b.decision !== undefined) || b.score - a.score)
    .map((g) => ({
      groupId: g.groupId,
      memberKeys: g.memberKeys,
      score: Math.round(g.score * 100),
      reasons: g.reasons.map((r) => r.message),
      members: g.memberRowIds.map((rowId) => memberView(rowId, entries)),
      decision: g.decision ?? '',
    }));
}

export interface OverviewRow {
  unitId: string;
  name: string;
  status: UnitStatus['status'];
  statusLabel: string;
  latestVersion: number | null;
  submittedAt: string;
  rows: number;
  errors: number;
  onTime: boolean | null;
}

export interface OverviewPayload {
  campaignTitle: string;
  deadlineText: string;
  onTimeRate: number;
  totals: CampaignStatusResponse['totals'];
  units: OverviewRow[];
}

const ORDER: Record<UnitStatus['status'], number> = {
  not_submitted: 0,
  with_errors: 1,
  clean: 2,
  reviewed: 3,
};

/** Every unit, missing units first, then units with errors, then by name. */
export function overviewRows(units: UnitStatus[]): OverviewRow[] {
  return [...units]
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name, 'vi'))
    .map((u) => ({
      unitId: u.unitId,
      name: u.name,
      status: u.status,
      statusLabel: STATUS_LABELS[u.status],
      latestVersion: u.latestVersion,
      submittedAt: u.submittedAt ?? '',
      rows: u.rows,
      errors: u.errors,
      onTime: u.onTime,
    }));
}

export interface ConsolidationPayload {
  runId: string;
  state: 'running' | 'done' | 'failed';
  percent: number;
  message: string;
  version: number | null;
  totals: Array<{ label: string; value: number }>;
  changes: Array<{ label: string; value: number }>;
}

const TOTAL_LABELS: Array<[string, string]> = [
  ['entries', 'Tổng số trường hợp'],
  ['individuals', 'Cá nhân'],
  ['collectives', 'Tập thể'],
  ['units', 'Đơn vị đã nộp'],
  ['invalidRows', 'Dòng lỗi bị loại'],
  ['duplicateGroups', 'Nhóm trùng lặp'],
  ['undecidedGroups', 'Nhóm trùng chưa rà soát'],
  ['multipleAwardEntries', 'Đề nghị nhiều hình thức'],
];

function count(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' ? value : 0;
}

export function consolidationPayload(run: {
  runId: string;
  state: ConsolidationPayload['state'];
  progress: number;
  message: string;
  master: unknown;
}): ConsolidationPayload {
  const master = (run.master ?? {}) as {
    version?: unknown;
    totals?: Record<string, unknown>;
    changes?: Record<string, unknown>;
  };
  const totals = master.totals ?? {};
  const changes = master.changes ?? {};
  return {
    runId: run.runId,
    state: run.state,
    percent: Math.round(Math.min(Math.max(run.progress, 0), 1) * 100),
    message: run.message,
    version: typeof master.version === 'number' ? master.version : null,
    totals: run.master ? TOTAL_LABELS.map(([key, label]) => ({ label, value: count(totals[key]) })) : [],
    changes: run.master
      ? [
          { label: 'Thêm mới', value: count(changes.added) },
          { label: 'Không còn trong danh sách', value: count(changes.removed) },
          { label: 'Thay đổi thông tin', value: count(changes.changed) },
          { label: 'Nhóm trùng lặp mới', value: count(changes.newDuplicateGroups) },
        ]
      : [],
  };
}
