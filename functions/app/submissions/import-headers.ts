// Header labels that identify a nomination list in a unit's workbook, per kind. They only locate the header row and
// tell individual lists from collective ones; mapping columns to fields stays with validateGrid (shared/schema).
// The default matcher asks the schema's own header matching (shared/grid/header-map.ts), so a header the import
// recognises is one validateGrid maps; a vocabulary can be given instead (e.g. a campaign's own template).
import { matchHeader } from '../../../shared/grid/header-map';
import { matchKey } from '../../../shared/text/normalize';

export interface HeaderVocabulary {
  /** Labels found only in individual lists. */
  individual: readonly string[];
  /** Labels found only in collective lists. */
  collective: readonly string[];
  /** Labels of both kinds of list. */
  common: readonly string[];
  /** Labels of the name column (of either kind); a header row must contain one. */
  names: readonly string[];
}

export const DEFAULT_HEADER_VOCABULARY: HeaderVocabulary = {
  individual: [
    'Họ và tên',
    'Họ tên',
    'Họ, tên',
    'Năm sinh',
    'Ngày sinh',
    'Ngày, tháng, năm sinh',
    'Giới tính',
    'Dân tộc',
    'Số CCCD',
    'CCCD',
    'Căn cước công dân',
    'Số định danh cá nhân',
    'Trình độ chuyên môn',
    'Trình độ',
    'Trình độ lý luận chính trị',
    'Lý luận chính trị',
    'LLCT',
    'Đảng viên',
    'Đoàn viên',
    'Quê quán',
    'Lao động trực tiếp',
  ],
  collective: [
    'Tên tập thể',
    'Tập thể',
    'Tên tập thể đề nghị',
    'Số thành viên',
    'Tổng số thành viên',
    'Số lượng thành viên',
    'Đơn vị chủ quản',
    'Số người đạt Lao động tiên tiến',
    'Số Chiến sĩ thi đua cơ sở',
  ],
  common: [
    'STT',
    'TT',
    'Số TT',
    'Số thứ tự',
    'Chức vụ',
    'Đơn vị công tác',
    'Chức vụ, đơn vị công tác',
    'Chức vụ, nơi công tác',
    'Hình thức khen thưởng',
    'Hình thức khen thưởng đề nghị',
    'Hình thức đề nghị',
    'Danh hiệu đề nghị',
    'Danh hiệu thi đua đề nghị',
    'Tóm tắt thành tích',
    'Thành tích',
    'Ghi chú',
    'Điện thoại',
    'Số điện thoại',
    'Email',
    'Khen thưởng đã đạt',
    'Phong trào',
    'Đại biểu',
    'Xếp loại',
    'Mức độ hoàn thành nhiệm vụ',
  ],
  names: ['Họ và tên', 'Họ tên', 'Họ, tên', 'Tên tập thể', 'Tập thể', 'Tên tập thể đề nghị'],
};

export type HeaderHit = 'individual' | 'collective' | 'common';

export interface HeaderMatcher {
  /** What kind of label a header cell is, if any. */
  hit(text: string): HeaderHit | undefined;
  isName(text: string): boolean;
}

const NAME_FIELDS = new Set(['fullName', 'collectiveName']);

/** The schema's header matching: a cell is individual-only, collective-only or common by the kinds it maps in. */
export function schemaHeaderMatcher(): HeaderMatcher {
  const roleKey = (text: string, kind: 'individual' | 'collective') => {
    const role = matchHeader(text, kind);
    return role?.role === 'field' ? role.field.key : role?.role;
  };
  return {
    hit: (text) => {
      const individual = matchHeader(text, 'individual') !== undefined;
      const collective = matchHeader(text, 'collective') !== undefined;
      if (individual && collective) return 'common';
      return individual ? 'individual' : collective ? 'collective' : undefined;
    },
    isName: (text) =>
      NAME_FIELDS.has(roleKey(text, 'individual') ?? '') ||
      NAME_FIELDS.has(roleKey(text, 'collective') ?? ''),
  };
}

/** A header cell matches a label when its key equals it or starts with it ("Họ và tên (chữ in hoa)"). */
export function headerMatcher(vocabulary: HeaderVocabulary = DEFAULT_HEADER_VOCABULARY): HeaderMatcher {
  const lists: Array<[HeaderHit, string[]]> = [
    ['individual', keys(vocabulary.individual)],
    ['collective', keys(vocabulary.collective)],
    ['common', keys(vocabulary.common)],
  ];
  const names = keys(vocabulary.names);
  return {
    hit: (text) => {
      const key = labelKey(text);
      return key === '' ? undefined : lists.find(([, labels]) => labels.some((l) => matches(key, l)))?.[0];
    },
    isName: (text) => names.some((l) => matches(labelKey(text), l)),
  };
}

function keys(labels: readonly string[]): string[] {
  // Longest first, so "Tên tập thể" wins over "Tập thể" and a short label never shadows a precise one.
  return labels.map(labelKey).sort((a, b) => b.length - a.length);
}

/** Header key: matchKey without punctuation ("Họ, tên" and "Họ tên" compare equal). */
export function labelKey(text: string): string {
  return matchKey(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function matches(key: string, label: string): boolean {
  return key === label || (key.startsWith(`${label} `) && label.length >= 2);
}
