// "Thống kê": delegate structure (women, ethnic minorities, direct labourers, party members, age bands, social
// composition, sector), counts by award, the budget estimate (coefficient × base salary), and the structure against
// the campaign's targets (the whole list, then each unit: shared/consolidation/structure.ts).
import {
  STATUS_WORDS,
  type StructureScope,
  structureReport,
  type TargetLine,
  targetText,
} from '../../../shared/consolidation/structure';
import type { AgeBand, CampaignStats, StatsCounts } from '../../../shared/consolidation/types';
import { AWARDS } from '../../../shared/vocab/awards';
import { awardLabel, compositionLabel, sectorLabel } from './labels';
import {
  COLORS,
  type ColumnSpec,
  ratio,
  rectangular,
  type SheetValue,
  type StatusColumn,
  type TabGrid,
} from './tab-grid';

export const STATS_TITLE = 'Thống kê';

const COLUMNS: ColumnSpec[] = [
  { header: 'Nhóm', width: 160 },
  { header: 'Chỉ tiêu', width: 280 },
  { header: 'Số lượng', width: 90, format: 'integer' },
  { header: 'Tỷ lệ', width: 80, format: 'percent' },
  { header: 'Hệ số', width: 80, format: 'decimal' },
  { header: 'Dự toán (đồng)', width: 140, format: 'money' },
  { header: 'Chỉ tiêu cơ cấu', width: 110 },
  { header: 'Đánh giá', width: 90 },
  { header: 'Chênh lệch (người)', width: 110, format: 'integer' },
];

/** The "Đánh giá" column, coloured by verdict. */
const VERDICT_COLUMN: StatusColumn = {
  column: 7,
  colors: [
    { text: STATUS_WORDS.met, color: COLORS.green },
    { text: STATUS_WORDS.short, color: COLORS.red },
    { text: STATUS_WORDS.over, color: COLORS.orange },
    { text: STATUS_WORDS.empty, color: COLORS.grey },
  ],
};

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under30: 'Dưới 30 tuổi',
  '30to39': 'Từ 30 đến 39 tuổi',
  '40to49': 'Từ 40 đến 49 tuổi',
  '50to59': 'Từ 50 đến 59 tuổi',
  '60plus': 'Từ 60 tuổi trở lên',
  unknown: 'Chưa rõ tuổi',
};

export function statsTab(stats: CampaignStats): TabGrid {
  const c = stats.campaign;
  const rows: SheetValue[][] = [
    ...structureRows(c),
    ...recordRows('Độ tuổi', c.byAgeBand, (k) => AGE_BAND_LABELS[k as AgeBand], c.individuals),
    ...recordRows('Thành phần', c.bySocialComposition, compositionLabel, c.individuals),
    ...recordRows('Lĩnh vực', c.bySector, sectorLabel, c.entries),
    ...awardRows(stats),
    ...budgetRows(stats),
    ...targetRows(stats),
  ];
  return {
    title: STATS_TITLE,
    columns: COLUMNS,
    rows: rectangular(COLUMNS.length, rows),
    frozenColumns: 2,
    statusColumns: [VERDICT_COLUMN],
  };
}

function structureRows(c: StatsCounts): SheetValue[][] {
  const g = 'Cơ cấu chung';
  const line = (label: string, n: number, of: number): SheetValue[] => [g, label, n, ratio(n, of)];
  return [
    line('Tổng số hồ sơ', c.entries, c.entries),
    line('Cá nhân', c.individuals, c.entries),
    line('Tập thể', c.collectives, c.entries),
    line('Nữ (trên số cá nhân)', c.women, c.individuals),
    line('Người dân tộc thiểu số (trên số cá nhân)', c.ethnicMinority, c.individuals),
    line('Chưa rõ dân tộc', c.ethnicityUnknown, c.individuals),
    line('Người lao động trực tiếp (trên số cá nhân)', c.directLabourers, c.individuals),
    line('Đảng viên (trên số cá nhân)', c.partyMembers, c.individuals),
    line('Đại biểu dự Hội nghị', c.delegates, c.entries),
    line('Được biểu dương, tuyên dương', c.honoured, c.entries),
  ];
}

function recordRows(
  group: string,
  counts: Record<string, number>,
  label: (key: string) => string,
  of: number,
): SheetValue[][] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => [group, label(key), n, ratio(n, of)]);
}

function awardRows(stats: CampaignStats): SheetValue[][] {
  const c = stats.campaign;
  return Object.entries(c.byAward)
    .sort(([a], [b]) => awardOrder(a) - awardOrder(b))
    .map(([code, n]) => {
      const coefficient = AWARDS.find((a) => a.code === code)?.coefficient;
      const amount = coefficient === undefined ? '' : Math.round(n * coefficient * stats.baseSalary);
      return ['Hình thức khen thưởng', awardLabel(code), n, ratio(n, c.entries), coefficient ?? '', amount];
    });
}

function awardOrder(code: string): number {
  const index = AWARDS.findIndex((a) => a.code === code);
  return index < 0 ? AWARDS.length : index;
}

function budgetRows(stats: CampaignStats): SheetValue[][] {
  const g = 'Dự toán kinh phí';
  const missing = stats.awardsWithoutCoefficient.map(awardLabel).join('; ');
  return [
    [g, 'Mức lương cơ sở (đồng)', '', '', '', stats.baseSalary],
    [g, 'Tổng hệ số', '', '', stats.campaign.coefficientSum, ''],
    [g, 'Tổng dự toán tiền thưởng', '', '', '', stats.campaign.budget],
    ...(missing === '' ? [] : [[g, `Chưa có hệ số (không tính vào dự toán): ${missing}`]]),
  ];
}

/**
 * "Cơ cấu so với chỉ tiêu": the whole list (every group), then each unit (seats and the groups with a target).
 * Nothing for a version counted before structure targets existed.
 */
function targetRows(stats: CampaignStats): SheetValue[][] {
  const report = structureReport(stats);
  if (report === null) return [];
  const basis = report.basis === 'delegates' ? 'đại biểu' : 'hồ sơ (chưa có đại biểu)';
  const whole = scopeRows('Cơ cấu so với chỉ tiêu – Toàn danh sách', report.whole, basis, true);
  const units = report.units.flatMap((u) =>
    scopeRows(`Cơ cấu so với chỉ tiêu – ${u.unitName ?? u.unitId}`, u, basis, false),
  );
  return [...whole, ...units];
}

function scopeRows(group: string, scope: StructureScope, basis: string, all: boolean): SheetValue[][] {
  const seats = scope.seats;
  const seatRow: SheetValue[] =
    seats.limit === undefined
      ? [group, 'Số ghế đại biểu đã dùng', seats.used]
      : [
          group,
          'Số ghế đại biểu đã dùng',
          seats.used,
          '',
          '',
          '',
          `Tối đa ${seats.limit}`,
          seats.over ? STATUS_WORDS.over : STATUS_WORDS.met,
          seats.over ? seats.used - seats.limit : 0,
        ];
  const lines = scope.lines.filter((l) => all || l.status !== 'noTarget');
  return [
    [group, `Số ${basis} cá nhân được tính`, scope.persons],
    seatRow,
    ...lines.map((l) => lineRow(group, l)),
  ];
}

function lineRow(group: string, line: TargetLine): SheetValue[] {
  const gap = line.status === 'short' ? line.needed : line.status === 'over' ? line.excess : '';
  return [
    group,
    line.label,
    line.count,
    Math.round(line.share * 10_000) / 10_000,
    '',
    '',
    targetText(line),
    STATUS_WORDS[line.status],
    line.status === 'met' ? 0 : gap,
  ];
}
