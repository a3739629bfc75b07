// "Thay đổi": what changed since the previous master version: nominees added, removed (named from the previous
// version when the caller has it), field changes, new duplicate groups.
import type { ChangeValue, MasterVersion } from '../../../shared/consolidation/types';
import { COLORS, type ColumnSpec, rectangular, type SheetValue, type TabGrid } from './tab-grid';

export const CHANGES_TITLE = 'Thay đổi';

export const CHANGE_LABELS = {
  added: 'Thêm mới',
  removed: 'Bỏ ra',
  changed: 'Thay đổi',
  newGroup: 'Nhóm trùng mới',
} as const;

const FIELD_NAMES: Record<string, string> = {
  fullName: 'Họ và tên',
  collectiveName: 'Tên tập thể',
  displayName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  birthYear: 'Năm sinh',
  ethnicity: 'Dân tộc',
  cccd: 'Số CCCD',
  workplace: 'Đơn vị công tác',
  position: 'Chức vụ',
  award: 'Hình thức đề nghị',
  proposedAwards: 'Các hình thức đề nghị',
  reviewState: 'Trạng thái xét duyệt',
  awardDecision: 'Hình thức Ban đề xuất',
  sources: 'Đơn vị đề nghị',
  partyMember: 'Đảng viên',
  unionMember: 'Đoàn viên',
  directLabourer: 'Lao động trực tiếp',
  education: 'Trình độ chuyên môn',
  politicalTheory: 'Lý luận chính trị',
  socialComposition: 'Thành phần',
  sector: 'Lĩnh vực',
  delegate: 'Đại biểu',
  honoured: 'Biểu dương',
  achievements: 'Tóm tắt thành tích',
  taskRating: 'Mức độ hoàn thành nhiệm vụ',
  movement: 'Phong trào',
  phone: 'Điện thoại',
  email: 'Email',
};

const COLUMNS: ColumnSpec[] = [
  { header: 'Loại thay đổi', width: 130 },
  { header: 'Mã hồ sơ', width: 140 },
  { header: 'Họ và tên / Tên tập thể', width: 220 },
  { header: 'Thông tin', width: 160 },
  { header: 'Trước', width: 240 },
  { header: 'Sau', width: 240 },
];

export interface ChangesTabInput {
  master: Pick<MasterVersion, 'changes' | 'entries'>;
  previous?: Pick<MasterVersion, 'entries'>;
}

export function changesTab(input: ChangesTabInput): TabGrid {
  const { changes } = input.master;
  const now = new Map(input.master.entries.map((e) => [e.nomineeId, e.displayName]));
  const before = new Map((input.previous?.entries ?? []).map((e) => [e.nomineeId, e.displayName]));
  const rows: SheetValue[][] = [
    ...changes.added.map((id) => [CHANGE_LABELS.added, id, now.get(id) ?? '']),
    ...changes.removed.map((id) => [CHANGE_LABELS.removed, id, before.get(id) ?? '']),
    ...changes.changed.flatMap((c) =>
      c.fields.map((f) => [
        CHANGE_LABELS.changed,
        c.nomineeId,
        c.displayName,
        FIELD_NAMES[f.field] ?? f.field,
        show(f.before),
        show(f.after),
      ]),
    ),
    ...changes.newDuplicateGroups.map((id) => [CHANGE_LABELS.newGroup, id]),
  ];
  return {
    title: CHANGES_TITLE,
    columns: COLUMNS,
    rows: rectangular(COLUMNS.length, rows),
    frozenColumns: 1,
    statusColumns: [
      {
        column: 0,
        colors: [
          { text: CHANGE_LABELS.added, color: COLORS.green },
          { text: CHANGE_LABELS.removed, color: COLORS.red },
          { text: CHANGE_LABELS.changed, color: COLORS.yellow },
        ],
      },
    ],
  };
}

function show(value: ChangeValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return String(value);
}
