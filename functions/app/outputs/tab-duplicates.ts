// "Trùng lặp": one row per duplicate group: kind, score, reasons, the rows involved (unit, sheet row, name), the
// nominee(s) they ended in, and the board's decision.
import type { DuplicateGroup, MasterEntry, MasterVersion } from '../../../shared/consolidation/types';
import { COLORS, type ColumnSpec, rectangular, type SheetValue, type TabGrid } from './tab-grid';

export const DUPLICATES_TITLE = 'Trùng lặp';

export const DECISION_LABELS = {
  same: 'Cùng một người',
  different: 'Khác người',
  none: 'Chưa quyết định',
} as const;
const GROUP_KIND_LABELS = { exact: 'Trùng chắc chắn', probable: 'Có thể trùng' } as const;

const COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 50, format: 'integer' },
  { header: 'Mã nhóm', width: 140 },
  { header: 'Loại', width: 120 },
  { header: 'Điểm', width: 70, format: 'decimal' },
  { header: 'Lý do', width: 300 },
  { header: 'Các dòng trùng', width: 380 },
  { header: 'Hồ sơ sau gộp', width: 240 },
  { header: 'Quyết định của Ban', width: 140 },
];

export function duplicatesTab(master: Pick<MasterVersion, 'duplicates' | 'entries'>): TabGrid {
  const rowsById = rowIndex(master.entries);
  const names = new Map(master.entries.map((e) => [e.nomineeId, e.displayName]));
  const rows = master.duplicates.map((g, i) => groupRow(g, i, rowsById, names));
  return {
    title: DUPLICATES_TITLE,
    columns: COLUMNS,
    rows: rectangular(COLUMNS.length, rows),
    frozenColumns: 2,
    statusColumns: [
      {
        column: 7,
        colors: [
          { text: DECISION_LABELS.none, color: COLORS.yellow },
          { text: DECISION_LABELS.same, color: COLORS.green },
          { text: DECISION_LABELS.different, color: COLORS.grey },
        ],
      },
    ],
  };
}

/** rowId → "Xã Tân Thanh, dòng 9: Nguyễn Văn An". */
function rowIndex(entries: readonly MasterEntry[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entries) {
    for (const s of e.sources)
      index.set(s.rowId, `${s.unitName ?? s.unitId}, dòng ${s.sheetRow}: ${e.displayName}`);
  }
  return index;
}

function groupRow(
  group: DuplicateGroup,
  index: number,
  rows: Map<string, string>,
  names: Map<string, string>,
): SheetValue[] {
  return [
    index + 1,
    group.groupId,
    GROUP_KIND_LABELS[group.kind],
    group.score,
    group.reasons.map((r) => r.message).join('; '),
    group.memberRowIds.map((id) => rows.get(id) ?? id).join('\n'),
    group.nomineeIds.map((id) => names.get(id) ?? id).join('; '),
    group.decision === undefined ? DECISION_LABELS.none : DECISION_LABELS[group.decision],
  ];
}
