// "Theo đơn vị": one row per unit: submission status, counts, quota use, on time. Status and timeliness come from
// campaignStatus (UnitStatus[]) when the caller passes it; otherwise from the master version alone.
import type { UnitStatus, UnitStatusValue } from '../../../shared/api/campaign-status';
import type { MasterVersion, QuotaUse, UnitStats } from '../../../shared/consolidation/types';
import { awardLabel } from './labels';
import { COLORS, type ColumnSpec, rectangular, type SheetValue, type TabGrid } from './tab-grid';

export const UNITS_TITLE = 'Theo đơn vị';

export const UNIT_STATUS_LABELS: Record<UnitStatusValue | 'submitted', string> = {
  not_submitted: 'Chưa gửi',
  with_errors: 'Còn lỗi',
  clean: 'Đã gửi, không lỗi',
  reviewed: 'Đã xét',
  submitted: 'Đã gửi',
};

const ON_TIME = { yes: 'Đúng hạn', no: 'Gửi muộn' } as const;
const OVER_QUOTA = 'Vượt chỉ tiêu';

const COLUMNS: ColumnSpec[] = [
  { header: 'Mã đơn vị', width: 120 },
  { header: 'Tên đơn vị', width: 240 },
  { header: 'Trạng thái', width: 130 },
  { header: 'Phiên bản', width: 80, format: 'integer' },
  { header: 'Thời điểm gửi', width: 130 },
  { header: 'Đúng hạn', width: 90 },
  { header: 'Dòng lỗi', width: 80, format: 'integer' },
  { header: 'Số hồ sơ', width: 80, format: 'integer' },
  { header: 'Cá nhân', width: 80, format: 'integer' },
  { header: 'Tập thể', width: 80, format: 'integer' },
  { header: 'Chỉ tiêu', width: 80, format: 'integer' },
  { header: 'Đã dùng', width: 80, format: 'integer' },
  { header: 'Vượt chỉ tiêu', width: 120 },
  { header: 'Chi tiết chỉ tiêu theo hình thức', width: 320 },
];

export interface UnitsTabInput {
  master: Pick<MasterVersion, 'stats' | 'unitVersions' | 'entries'>;
  /** campaignStatus units: every unit of the campaign, including those that sent nothing. */
  units?: readonly UnitStatus[];
}

export function unitsTab(input: UnitsTabInput): TabGrid {
  const stats = new Map(input.master.stats.units.map((u) => [u.unitId, u]));
  const rows = unitIds(input).map((unitId) => unitRow(unitId, input, stats.get(unitId)));
  return {
    title: UNITS_TITLE,
    columns: COLUMNS,
    rows: rectangular(COLUMNS.length, rows),
    frozenColumns: 2,
    statusColumns: [
      {
        column: 2,
        colors: [
          { text: UNIT_STATUS_LABELS.not_submitted, color: COLORS.grey },
          { text: UNIT_STATUS_LABELS.with_errors, color: COLORS.red },
          { text: UNIT_STATUS_LABELS.clean, color: COLORS.green },
          { text: UNIT_STATUS_LABELS.reviewed, color: COLORS.green },
          { text: UNIT_STATUS_LABELS.submitted, color: COLORS.green },
        ],
      },
      { column: 5, colors: [{ text: ON_TIME.no, color: COLORS.orange }] },
      { column: 12, colors: [{ text: OVER_QUOTA, color: COLORS.red }] },
    ],
  };
}

function unitIds(input: UnitsTabInput): string[] {
  const ids = (input.units ?? []).map((u) => u.unitId);
  for (const u of input.master.stats.units) if (!ids.includes(u.unitId)) ids.push(u.unitId);
  for (const id of Object.keys(input.master.unitVersions).sort()) if (!ids.includes(id)) ids.push(id);
  return ids;
}

function unitRow(unitId: string, input: UnitsTabInput, stats: UnitStats | undefined): SheetValue[] {
  const status = input.units?.find((u) => u.unitId === unitId);
  const version = input.master.unitVersions[unitId] ?? status?.latestVersion ?? '';
  return [
    unitId,
    status?.name ?? stats?.unitName ?? unitNameFromEntries(input.master, unitId),
    UNIT_STATUS_LABELS[status?.status ?? (version === '' ? 'not_submitted' : 'submitted')],
    version,
    formatInstantVi(status?.submittedAt ?? submittedAt(input.master, unitId)),
    status?.onTime == null ? '' : status.onTime ? ON_TIME.yes : ON_TIME.no,
    status?.errorRows ?? '',
    stats?.entries ?? 0,
    stats?.individuals ?? 0,
    stats?.collectives ?? 0,
    stats?.quota?.limit ?? '',
    stats?.quota?.used ?? '',
    stats?.quota?.over ? OVER_QUOTA : '',
    quotaDetail(stats?.quota),
  ];
}

function unitNameFromEntries(master: Pick<MasterVersion, 'entries'>, unitId: string): string {
  for (const e of master.entries)
    for (const s of e.sources) if (s.unitId === unitId && s.unitName) return s.unitName;
  return '';
}

function submittedAt(master: Pick<MasterVersion, 'entries'>, unitId: string): string | null {
  let latest: string | null = null;
  for (const e of master.entries) {
    for (const s of e.sources)
      if (s.unitId === unitId && (latest === null || s.submittedAt > latest)) latest = s.submittedAt;
  }
  return latest;
}

function quotaDetail(quota: QuotaUse | undefined): string {
  return (quota?.byAward ?? [])
    .map((q) => `${awardLabel(q.award)}: ${q.used}/${q.limit}${q.over ? ' (vượt)' : ''}`)
    .join('; ');
}

/** ISO instant → "dd/mm/yyyy hh:mm" in Vietnam time (UTC+7). */
export function formatInstantVi(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600 * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
