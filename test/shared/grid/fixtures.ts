// Real-looking nomination lists for the validateGrid tests: a header in template wording and rows built from a
// valid default nominee with per-case overrides.
import type { Grid } from '../../../shared/grid/types';

export const INDIVIDUAL_HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Năm sinh',
  'Dân tộc',
  'Số CCCD',
  'Số điện thoại',
  'Email',
  'Chức vụ',
  'Đơn vị công tác',
  'Trình độ chuyên môn',
  'Trình độ lý luận chính trị',
  'Đảng viên',
  'Thành phần',
  'Lĩnh vực',
  'Đại biểu dự hội nghị',
  'Hình thức đề nghị',
  'Phong trào thi đua',
  'Xếp loại',
  'Số sáng kiến, đề tài',
  'Phạm vi ảnh hưởng',
  'Số năm liên tục',
  'Tóm tắt thành tích',
  'Khen thưởng đã đạt',
  'Bị kỷ luật',
  'Đang xem xét',
  'Ghi chú',
] as const;

export type IndividualColumn = (typeof INDIVIDUAL_HEADER)[number];

export const ACHIEVEMENT =
  'Chủ trì xây dựng đề án chuyển đổi số của Sở, hoàn thành trước thời hạn; tham mưu 12 văn bản quy phạm pháp luật.';

export const VALID_PERSON: Record<IndividualColumn, unknown> = {
  STT: 1,
  'Họ và tên': 'Nguyễn Văn An',
  'Giới tính': 'Nam',
  'Ngày sinh': '',
  'Năm sinh': 1985,
  'Dân tộc': 'Kinh',
  'Số CCCD': '020085001234',
  'Số điện thoại': '0912345678',
  Email: 'an.nv@langson.gov.vn',
  'Chức vụ': 'Trưởng phòng',
  'Đơn vị công tác': 'Sở Nội vụ tỉnh Lạng Sơn',
  'Trình độ chuyên môn': 'Cử nhân Luật',
  'Trình độ lý luận chính trị': 'Trung cấp',
  'Đảng viên': 'x',
  'Thành phần': 'Cán bộ, công chức, viên chức',
  'Lĩnh vực': 'Văn hóa – xã hội',
  'Đại biểu dự hội nghị': '',
  'Hình thức đề nghị': 'Lao động tiên tiến',
  'Phong trào thi đua': 'Nông thôn mới',
  'Xếp loại': 'Hoàn thành tốt nhiệm vụ',
  'Số sáng kiến, đề tài': '',
  'Phạm vi ảnh hưởng': '',
  'Số năm liên tục': '',
  'Tóm tắt thành tích': ACHIEVEMENT,
  'Khen thưởng đã đạt': '',
  'Bị kỷ luật': '',
  'Đang xem xét': '',
  'Ghi chú': '',
};

export function person(overrides: Partial<Record<IndividualColumn, unknown>> = {}): unknown[] {
  const values = { ...VALID_PERSON, ...overrides };
  return INDIVIDUAL_HEADER.map((h) => values[h]);
}

export function individualGrid(rows: unknown[][], firstRow = 6): Grid {
  return { header: [...INDIVIDUAL_HEADER], rows, firstRow, sheetName: 'Cá nhân' };
}

/** 1-based sheet column of a header (firstColumn 1). */
export function col(header: IndividualColumn): number {
  return INDIVIDUAL_HEADER.indexOf(header) + 1;
}

export const COLLECTIVE_HEADER = [
  'STT',
  'Tên tập thể',
  'Đơn vị chủ quản',
  'Lĩnh vực',
  'Hình thức đề nghị',
  'Xếp loại',
  'Tổng số thành viên',
  'Số đạt Lao động tiên tiến',
  'Số đạt Chiến sĩ thi đua cơ sở',
  'Số bị kỷ luật',
  'Tóm tắt thành tích',
  'Khen thưởng đã đạt',
  'Ghi chú',
] as const;

export type CollectiveColumn = (typeof COLLECTIVE_HEADER)[number];

export const VALID_COLLECTIVE: Record<CollectiveColumn, unknown> = {
  STT: 1,
  'Tên tập thể': 'Phòng Tổ chức cán bộ',
  'Đơn vị chủ quản': 'Sở Nội vụ tỉnh Lạng Sơn',
  'Lĩnh vực': 'Kinh tế',
  'Hình thức đề nghị': 'Tập thể lao động xuất sắc',
  'Xếp loại': 'HTXSNV',
  'Tổng số thành viên': 20,
  'Số đạt Lao động tiên tiến': 18,
  'Số đạt Chiến sĩ thi đua cơ sở': 3,
  'Số bị kỷ luật': 0,
  'Tóm tắt thành tích': ACHIEVEMENT,
  'Khen thưởng đã đạt': '',
  'Ghi chú': '',
};

export function collective(overrides: Partial<Record<CollectiveColumn, unknown>> = {}): unknown[] {
  const values = { ...VALID_COLLECTIVE, ...overrides };
  return COLLECTIVE_HEADER.map((h) => values[h]);
}

export function collectiveGrid(rows: unknown[][], firstRow = 6): Grid {
  return { header: [...COLLECTIVE_HEADER], rows, firstRow, sheetName: 'Tập thể' };
}

export function ccol(header: CollectiveColumn): number {
  return COLLECTIVE_HEADER.indexOf(header) + 1;
}
