// Codes and Vietnamese texts of consolidation: duplicate reasons and the issues put on master entries.
// (To be registered in shared/issues.ts ISSUE_CODES by its owner; kept here so the core is self-contained.)

import type { Severity } from '../grid/types';
import type { DuplicateReasonCode } from './types';

/** Vietnamese text of each duplicate reason; the English description is in the comment. */
export const DUPLICATE_REASONS: Record<DuplicateReasonCode, string> = {
  /** Same citizen ID number. */
  DUP_SAME_CCCD: 'Trùng số CCCD.',
  /** Same name (with diacritics), same date of birth and same workplace. */
  DUP_SAME_NAME_BIRTH_WORKPLACE: 'Trùng họ tên, ngày sinh và đơn vị công tác.',
  /** Same name ignoring diacritics, same birth year (or one side has none). */
  DUP_SAME_NAME_BIRTH_YEAR: 'Trùng họ tên và năm sinh (hoặc một bên không ghi năm sinh).',
  /** Names differ by diacritics only. */
  DUP_NAME_ACCENTS: 'Họ tên chỉ khác nhau ở dấu thanh, dấu chữ.',
  /** Names differ by one typing error, same birth year and same date of birth or workplace. */
  DUP_NAME_TYPO:
    'Họ tên khác nhau một ký tự (có thể gõ nhầm), cùng năm sinh và cùng ngày sinh hoặc đơn vị công tác.',
  /** Same words of the name in another order. */
  DUP_NAME_SWAPPED: 'Họ tên gồm cùng các chữ nhưng đảo thứ tự.',
  /** Collective: same name and same parent unit. */
  DUP_SAME_COLLECTIVE: 'Trùng tên tập thể và đơn vị chủ quản.',
  /** Collective: same name written with abbreviations, dash variants or with/without its type prefix. */
  DUP_COLLECTIVE_NAME:
    'Tên tập thể giống nhau khi viết tắt hoặc viết đầy đủ, có hoặc không có tiền tố (Phòng, Trường, UBND…).',
};

export type EntryIssueCode =
  | 'CONS_MULTIPLE_AWARDS'
  | 'CONS_PROBABLE_MERGED'
  | 'CONS_PROBABLE_DUPLICATE'
  | 'CONS_SOURCES_DIFFER'
  | 'CONS_INVALID_DUPLICATE';

export interface EntryIssueInfo {
  severity: Severity;
  /** Vietnamese message template; {placeholders} are filled in. */
  message: string;
  description: string;
}

export const ENTRY_ISSUES: Record<EntryIssueCode, EntryIssueInfo> = {
  CONS_MULTIPLE_AWARDS: {
    severity: 'warning',
    message:
      'Một thành tích chỉ được đề nghị một hình thức khen thưởng: đối tượng này đang được đề nghị {count} hình thức ({awards}).',
    description:
      'The same nominee is proposed for more than one award in this campaign ("one achievement, one award").',
  },
  CONS_PROBABLE_MERGED: {
    severity: 'warning',
    message:
      'Đã gộp đề nghị của {count} dòng do nghi trùng ({reasons}); Ban cần xác nhận là cùng một đối tượng.',
    description: 'Rows were merged on a probable duplicate match that the board has not confirmed yet.',
  },
  CONS_PROBABLE_DUPLICATE: {
    severity: 'warning',
    message: 'Có thể trùng với đề nghị khác ({reasons}); Ban cần xác nhận là cùng hay khác đối tượng.',
    description:
      'A probable duplicate was found but not merged (low score or conflicting data); the board must decide.',
  },
  CONS_SOURCES_DIFFER: {
    severity: 'warning',
    message: 'Các đơn vị ghi khác nhau ở: {fields}. Cần thống nhất thông tin.',
    description: 'The units nominating the same nominee give different values for some fields.',
  },
  CONS_INVALID_DUPLICATE: {
    severity: 'warning',
    message:
      'Trùng với đề nghị đang ở trạng thái chưa hợp lệ (dòng có lỗi) của đơn vị: {units}. Ban cần đối chiếu trước khi xét.',
    description:
      'A duplicate group joins this entry with an entry "chưa hợp lệ" (rows with errors): both are flagged for the board.',
  },
};

/** Vietnamese labels of the fields named in CONS_SOURCES_DIFFER. */
export const FIELD_LABELS: Record<string, string> = {
  fullName: 'họ và tên',
  collectiveName: 'tên tập thể',
  gender: 'giới tính',
  birthDate: 'ngày sinh',
  birthYear: 'năm sinh',
  ethnicity: 'dân tộc',
  cccd: 'số CCCD',
  workplace: 'đơn vị công tác',
  position: 'chức vụ',
};

export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
    .normalize('NFC');
}
