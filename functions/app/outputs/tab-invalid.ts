// "Chưa hợp lệ": the entries built from rows with errors (validity 'invalid'). They are not in "Tổng hợp", the totals
// or the statistics, but the board sees them here with their errors, the units and rows to fix, and the duplicate
// groups that join them with valid entries.
import type { MasterEntry, MasterVersion } from '../../../shared/consolidation/types';
import { awardLabel } from './labels';
import { type ColumnSpec, rectangular, type SheetValue, type TabGrid } from './tab-grid';
import { ENTRY_LEAD_COLUMNS, entryLeadCells, unitNames } from './tab-summary';

export const INVALID_TITLE = 'Chưa hợp lệ';

const COLUMNS: ColumnSpec[] = [
  ...ENTRY_LEAD_COLUMNS,
  { header: 'Số CCCD', width: 120, format: 'text' },
  { header: 'Đơn vị công tác', width: 200 },
  { header: 'Hình thức đề nghị', width: 200 },
  { header: 'Đơn vị đề nghị', width: 240 },
  { header: 'Số lỗi', width: 60, format: 'integer' },
  { header: 'Lỗi cần sửa', width: 360 },
  { header: 'Cảnh báo', width: 300 },
  { header: 'Nhóm trùng', width: 120 },
  { header: 'Mã hồ sơ', width: 140 },
];

export function invalidTab(master: Pick<MasterVersion, 'invalidEntries'>): TabGrid {
  return {
    title: INVALID_TITLE,
    columns: COLUMNS,
    rows: rectangular(COLUMNS.length, (master.invalidEntries ?? []).map(invalidRow)),
    frozenColumns: 3,
    statusColumns: [],
  };
}

function invalidRow(entry: MasterEntry, index: number): SheetValue[] {
  const errors = entry.issues.filter((i) => i.severity === 'error');
  const warnings = entry.issues.filter((i) => i.severity !== 'error');
  return [
    ...entryLeadCells(entry, index),
    entry.cccd ?? '',
    entry.workplace ?? '',
    entry.proposedAwards.map(awardLabel).join('; '),
    unitNames(entry),
    errors.length,
    errors.map(located).join('\n'),
    warnings.map((i) => i.message).join('\n'),
    entry.duplicateGroupIds.join(', '),
    entry.nomineeId,
  ];
}

/** "Dòng 9: Số CCCD phải có 12 chữ số." */
function located(issue: MasterEntry['issues'][number]): string {
  return issue.row === undefined ? issue.message : `Dòng ${issue.row}: ${issue.message}`;
}
