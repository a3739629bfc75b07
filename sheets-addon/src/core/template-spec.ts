// Pure: the template the add-on writes, derived from the shared schema (labels, order) and vocabularies
// (dropdown lists), so the sheet and the server validator speak the same language.
import type { EventKind } from '../../../shared/api/admin-campaign';
import type { NominationKind } from '../../../shared/grid/types';
import { type FieldType, fieldSpec, SEQ_COLUMN } from '../../../shared/schema/fields';
import { AWARDS } from '../../../shared/vocab/awards';
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS } from '../../../shared/vocab/education-levels';
import { ETHNIC_GROUPS } from '../../../shared/vocab/ethnic-groups';
import { templateColumnsFor } from '../../../shared/vocab/event-kinds';
import { GENDERS } from '../../../shared/vocab/genders';
import { INITIATIVE_SCOPES } from '../../../shared/vocab/initiative-scopes';
import { MOVEMENTS } from '../../../shared/vocab/movements';
import { SECTORS } from '../../../shared/vocab/sectors';
import { SOCIAL_COMPOSITIONS } from '../../../shared/vocab/social-compositions';
import { TASK_RATINGS } from '../../../shared/vocab/task-ratings';
import { SHEET_NAMES } from './sheet-names';

export interface CatalogList {
  id: string;
  title: string;
  values: string[];
}

export interface TemplateColumnSpec {
  key: string;
  label: string;
  /** Labels an existing header may use for this column (label first). */
  names: string[];
  width: number;
  /** Dropdown fed from a list of the "Danh mục" tab. */
  list?: string;
  /** Dropdown with fixed choices. */
  choices?: string[];
  /** Plain-text number format "@" (keeps leading zeros). */
  text?: boolean;
}

export interface TabSpec {
  kind: NominationKind;
  name: string;
  columns: TemplateColumnSpec[];
}

export const YES_NO = ['Có', 'Không'];

const labels = (entries: readonly { label: string }[]) => entries.map((e) => e.label);

export function catalogLists(): CatalogList[] {
  const awardsFor = (kind: 'individual' | 'collective') => AWARDS.filter((a) => a.kinds.includes(kind));
  return [
    {
      id: 'awardsIndividual',
      title: 'Hình thức khen thưởng (cá nhân)',
      values: labels(awardsFor('individual')),
    },
    {
      id: 'awardsCollective',
      title: 'Hình thức khen thưởng (tập thể)',
      values: labels(awardsFor('collective')),
    },
    { id: 'ethnicGroups', title: 'Dân tộc', values: labels(ETHNIC_GROUPS) },
    { id: 'genders', title: 'Giới tính', values: labels(GENDERS) },
    { id: 'compositions', title: 'Thành phần', values: labels(SOCIAL_COMPOSITIONS) },
    { id: 'sectors', title: 'Lĩnh vực', values: labels(SECTORS) },
    { id: 'education', title: 'Trình độ chuyên môn', values: labels(EDUCATION_LEVELS) },
    { id: 'politicalTheory', title: 'Trình độ lý luận chính trị', values: labels(POLITICAL_THEORY_LEVELS) },
    { id: 'taskRatings', title: 'Xếp loại', values: labels(TASK_RATINGS) },
    { id: 'initiativeScopes', title: 'Phạm vi ảnh hưởng', values: labels(INITIATIVE_SCOPES) },
    { id: 'movements', title: 'Phong trào thi đua', values: labels(MOVEMENTS) },
  ];
}

const LIST_OF_TYPE: Partial<Record<FieldType, string>> = {
  ethnicity: 'ethnicGroups',
  gender: 'genders',
  composition: 'compositions',
  sector: 'sectors',
  education: 'education',
  politicalTheory: 'politicalTheory',
  taskRating: 'taskRatings',
  initiativeScope: 'initiativeScopes',
  movement: 'movements',
};

const WIDTH_OF_TYPE: Partial<Record<FieldType, number>> = {
  name: 180,
  longText: 320,
  dossier: 320,
  award: 230,
  movement: 230,
  email: 180,
  cccd: 120,
  phone: 110,
  boolean: 90,
  year: 70,
  count: 90,
  date: 100,
  gender: 80,
};

function columnSpec(kind: NominationKind, key: string, label: string): TemplateColumnSpec {
  const field = fieldSpec(key);
  if (!field) return { key, label, names: [label, ...SEQ_COLUMN.aliases], width: 45 };
  const spec: TemplateColumnSpec = {
    key,
    label,
    names: [label, ...field.aliases],
    width: WIDTH_OF_TYPE[field.type] ?? 140,
  };
  const list =
    field.type === 'award'
      ? kind === 'individual'
        ? 'awardsIndividual'
        : 'awardsCollective'
      : LIST_OF_TYPE[field.type];
  if (list) spec.list = list;
  if (field.type === 'boolean') spec.choices = YES_NO;
  if (field.type === 'cccd' || field.type === 'phone') spec.text = true;
  return spec;
}

/** The template tab of a list; an event kind may choose its columns (shared/vocab/event-kinds.ts). */
export function tabSpec(kind: NominationKind, eventKind?: EventKind): TabSpec {
  const columns = templateColumnsFor(kind, eventKind).map((c) => columnSpec(kind, c.key, c.label));
  return { kind, name: SHEET_NAMES[kind], columns };
}

export function guideRows(): string[][] {
  return [
    ['HƯỚNG DẪN LẬP DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN'],
    [
      '1. Trang “Cá nhân” dành cho cá nhân, trang “Tập thể” dành cho tập thể; mỗi người hoặc tập thể một dòng.',
    ],
    ['2. Không sửa, xóa hay đổi tên dòng tiêu đề (dòng 1); có thể thêm cột riêng ở cuối bảng.'],
    ['3. Số CCCD nhập đủ 12 chữ số; cột đã để dạng văn bản nên số 0 ở đầu không bị mất.'],
    [
      '4. Ngày sinh nhập theo dạng ngày/tháng/năm (ví dụ 05/09/1980); nếu chỉ biết năm sinh, nhập vào cột “Năm sinh”.',
    ],
    [
      '5. Các cột có danh sách chọn (dân tộc, hình thức đề nghị, xếp loại…) lấy từ trang “Danh mục”; chọn đúng giá trị trong danh sách.',
    ],
    ['6. Cột Có/Không (Đảng viên, Đoàn viên, Đại biểu dự hội nghị…): chọn “Có” hoặc “Không”.'],
    [
      '7. Chọn menu “Thi đua – Khen thưởng” › “Kiểm tra danh sách”: ô có lỗi được tô đỏ, ô cần lưu ý tô vàng, nội dung ở ghi chú của ô.',
    ],
    ['   Màu nền và ghi chú trong vùng danh sách do tiện ích quản lý và được làm mới sau mỗi lần kiểm tra.'],
    [
      '8. Khi đã sửa hết lỗi, chọn “Nộp danh sách”. Mỗi lần nộp tạo một phiên bản mới; bấm nộp lại cùng nội dung không tạo bản trùng.',
    ],
    [
      '9. “Trạng thái” cho biết hạn nộp, kết quả lần nộp gần nhất và những trường hợp Ban Thi đua – Khen thưởng trả lại.',
    ],
    [
      '10. Cột “Hồ sơ”: dán đường dẫn Google Drive của từng tài liệu, mỗi tài liệu một dòng trong ô (xuống dòng bằng Ctrl+Enter), ghi loại tài liệu phía trước, ví dụ “Báo cáo thành tích: https://drive.google.com/file/d/…”, “Biên bản họp xét: …”.',
    ],
    [
      '   Chia sẻ tệp ở chế độ “Bất kỳ ai có đường liên kết” rồi chọn “Kiểm tra quyền xem hồ sơ” để biết tệp nào Ban Thi đua – Khen thưởng chưa xem được.',
    ],
  ];
}
