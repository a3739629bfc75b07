// "Tổng hợp": one row per nominee of the master version, every nominating unit joined, review state and
// eligibility result coloured.
import { ENTRY_REVIEW_LABELS } from '../../../shared/api/master-entries';
import { docLabels, dossierCompleteness } from '../../../shared/checks/dossier-checklist';
import type { MasterEntry, MasterVersion } from '../../../shared/consolidation/types';
import type { CampaignRules } from '../../../shared/schema/campaign-rules';
import type { StoredEntry } from '../consolidation/master-store';
import {
  awardLabel,
  birthLabel,
  ELIGIBILITY_LABELS,
  educationLabel,
  eligibilityLabel,
  ethnicityLabel,
  genderLabel,
  KIND_LABELS,
  politicalTheoryLabel,
  REVIEW_STATE_LABELS,
  yesNo,
} from './labels';
import { COLORS, type ColumnSpec, rectangular, type SheetValue, type TabGrid } from './tab-grid';

export const SUMMARY_TITLE = 'Tổng hợp';

/** The columns every per-entry tab starts with (also "Chưa hợp lệ"): number, kind, name, gender, birth. */
export const ENTRY_LEAD_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 50, format: 'integer' },
  { header: 'Loại', width: 80 },
  { header: 'Họ và tên / Tên tập thể', width: 220 },
  { header: 'Giới tính', width: 70 },
  { header: 'Ngày/năm sinh', width: 100, format: 'text' },
];

/** The cells of ENTRY_LEAD_COLUMNS for the entry at `index`. */
export function entryLeadCells(entry: MasterEntry, index: number): SheetValue[] {
  return [
    index + 1,
    KIND_LABELS[entry.kind],
    entry.displayName,
    genderLabel(entry.gender),
    String(birthLabel(entry)),
  ];
}

const COLUMNS: ColumnSpec[] = [
  ...ENTRY_LEAD_COLUMNS,
  { header: 'Dân tộc', width: 90 },
  { header: 'Số CCCD', width: 120, format: 'text' },
  { header: 'Chức vụ', width: 160 },
  { header: 'Đơn vị công tác', width: 200 },
  { header: 'Trình độ chuyên môn', width: 120 },
  { header: 'Lý luận chính trị', width: 110 },
  { header: 'Đảng viên', width: 70 },
  { header: 'Đại biểu', width: 70 },
  { header: 'Hình thức đề nghị', width: 200 },
  { header: 'Tóm tắt thành tích', width: 300 },
  { header: 'Đơn vị đề nghị', width: 240 },
  { header: 'Số đơn vị đề nghị', width: 80, format: 'integer' },
  { header: 'Điều kiện', width: 130 },
  { header: 'Lý do (điều kiện)', width: 260 },
  { header: 'Trạng thái xét duyệt', width: 130 },
  { header: 'Hình thức Ban đề xuất', width: 200 },
  { header: 'Ghi chú xét duyệt', width: 200 },
  { header: 'Thay đổi sau khi duyệt', width: 300 },
  { header: 'Cảnh báo', width: 300 },
  { header: 'Nhóm trùng', width: 120 },
  { header: 'Mã hồ sơ', width: 140 },
  { header: 'Hồ sơ', width: 320 },
  { header: 'Hồ sơ đủ', width: 90 },
  { header: 'Hồ sơ còn thiếu', width: 240 },
];

/** "Hồ sơ đủ": the entry's dossier holds every document its proposal requires under the campaign's checklist. */
export const DOSSIER_LABELS = { complete: 'Đủ', incomplete: 'Thiếu', notRequired: 'Không yêu cầu' } as const;

const ELIGIBILITY_COLUMN = COLUMNS.findIndex((c) => c.header === 'Điều kiện');
const REVIEW_COLUMN = COLUMNS.findIndex((c) => c.header === 'Trạng thái xét duyệt');
const DOSSIER_COLUMN = COLUMNS.findIndex((c) => c.header === 'Hồ sơ đủ');

/** `rules`: the campaign's rules in force (with its event kind's defaults), for the dossier checklist. */
export function summaryTab(master: Pick<MasterVersion, 'entries'>, rules: CampaignRules = {}): TabGrid {
  const row = (entry: StoredEntry, index: number) => [
    ...summaryRow(entry, index),
    ...dossierCells(entry, rules),
  ];
  return {
    title: SUMMARY_TITLE,
    columns: COLUMNS,
    rows: rectangular(COLUMNS.length, master.entries.map(row)),
    frozenColumns: 3,
    statusColumns: [
      {
        column: ELIGIBILITY_COLUMN,
        colors: [
          { text: ELIGIBILITY_LABELS.yes, color: COLORS.green },
          { text: ELIGIBILITY_LABELS.no, color: COLORS.red },
          { text: ELIGIBILITY_LABELS.unknown, color: COLORS.grey },
        ],
      },
      {
        column: REVIEW_COLUMN,
        colors: [
          { text: REVIEW_STATE_LABELS.pending, color: COLORS.yellow },
          { text: REVIEW_STATE_LABELS.approved, color: COLORS.green },
          { text: REVIEW_STATE_LABELS.rejected, color: COLORS.red },
          { text: REVIEW_STATE_LABELS.needsInfo, color: COLORS.orange },
          { text: ENTRY_REVIEW_LABELS.needsReReview, color: COLORS.orange },
        ],
      },
      {
        column: DOSSIER_COLUMN,
        colors: [
          { text: DOSSIER_LABELS.complete, color: COLORS.green },
          { text: DOSSIER_LABELS.incomplete, color: COLORS.orange },
        ],
      },
    ],
  };
}

/**
 * "Hồ sơ", "Hồ sơ đủ", "Hồ sơ còn thiếu". Entries do not carry the initiative count, so the rule "a row claiming
 * initiatives needs their recognition" is not re-applied here: a source row's dossier.missing warning (which did
 * apply it) still marks the entry incomplete, and its message says what is missing.
 */
function dossierCells(entry: StoredEntry, rules: CampaignRules): SheetValue[] {
  const row = {
    award: entry.award,
    delegate: entry.delegate,
    honoured: entry.honoured,
    dossier: entry.dossier,
  };
  const { required, missing } = dossierCompleteness(row, rules);
  const warned = entry.issues.filter((i) => i.code === 'dossier.missing');
  const state =
    missing.length > 0 || warned.length > 0
      ? DOSSIER_LABELS.incomplete
      : required.length > 0
        ? DOSSIER_LABELS.complete
        : DOSSIER_LABELS.notRequired;
  const missingText = missing.length > 0 ? docLabels(missing) : warned.map((i) => i.message).join('\n');
  return [entry.dossier ?? '', state, missingText];
}

function summaryRow(entry: StoredEntry, index: number): SheetValue[] {
  return [
    ...entryLeadCells(entry, index),
    ethnicityLabel(entry.ethnicity),
    entry.cccd ?? '',
    entry.position ?? '',
    entry.workplace ?? '',
    educationLabel(entry.education),
    politicalTheoryLabel(entry.politicalTheory),
    yesNo(entry.partyMember),
    yesNo(entry.delegate),
    entry.proposedAwards.map(awardLabel).join('; '),
    entry.achievements ?? '',
    unitNames(entry),
    new Set(entry.sources.map((s) => s.unitId)).size,
    eligibilityLabel(entry),
    (entry.eligibility?.reasons ?? []).map((r) => r.message).join('; '),
    reviewLabel(entry),
    awardLabel(entry.awardDecision),
    entry.reviewNote ?? '',
    changesText(entry),
    entry.issues.map((i) => i.message).join('\n'),
    entry.duplicateGroupIds.join(', '),
    entry.nomineeId,
  ];
}

/** The board's review label as its dropdown writes it ("Đã duyệt", "Cần bổ sung"… or "Cần duyệt lại" when the
 * unit changed the row since), so "Ghi kết quả duyệt" reads the rewritten tab back; the core's label otherwise. */
function reviewLabel(entry: StoredEntry): string {
  return entry.review ? ENTRY_REVIEW_LABELS[entry.review.state] : REVIEW_STATE_LABELS[entry.reviewState];
}

/** "Hình thức đề nghị: Lao động tiên tiến → Chiến sĩ thi đua cơ sở", one changed field per line. */
export function changesText(entry: StoredEntry): string {
  return (entry.review?.changedFields ?? [])
    .map((c) => `${c.label}: ${valueText(c.field, c.before)} → ${valueText(c.field, c.after)}`)
    .join('\n');
}

function valueText(field: string, value: unknown): string {
  const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const awards = field === 'award' || field === 'proposedAwards';
  const text = values.map((v) => (awards ? awardLabel(String(v)) : String(v))).join('; ');
  return text === '' ? '(trống)' : text;
}

/** "Xã Tân Thanh (dòng 9); Sở Y tế (dòng 12)". */
export function unitNames(entry: Pick<MasterEntry, 'sources'>): string {
  return entry.sources.map((s) => `${s.unitName ?? s.unitId} (dòng ${s.sheetRow})`).join('; ');
}
