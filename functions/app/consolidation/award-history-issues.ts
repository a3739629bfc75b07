// Cell issues of the award history import that nomination validation does not have (its own codes, Vietnamese
// messages). Name, CCCD and award problems reuse the validation codes of shared/issues.ts.
import type { Severity } from '../../../shared/grid/types';

export interface AwardImportIssueSpec {
  severity: Severity;
  message: string;
  description: string;
}

export const AWARD_IMPORT_ISSUES = {
  'awardHistory.nameMissing': {
    severity: 'error',
    message: 'Thiếu họ và tên (hoặc tên tập thể) của người được khen thưởng.',
    description: 'A data row has an award but no name.',
  },
  'awardHistory.identityMissing': {
    severity: 'error',
    message: 'Cần số CCCD hoặc ngày/năm sinh của "{name}" để nhận ra đúng người khi xét khen thưởng sau này.',
    description: 'An individual without CCCD and without birth date/year cannot be looked up later.',
  },
  'awardHistory.birthInvalid': {
    severity: 'error',
    message: 'Ngày/năm sinh "{value}" không đọc được. Hãy ghi dạng dd/mm/yyyy hoặc năm 4 chữ số.',
    description: 'The birth date or year cell is not a date or a plausible year.',
  },
  'awardHistory.awardMissing': {
    severity: 'error',
    message: 'Thiếu hình thức khen thưởng hoặc danh hiệu đã được tặng.',
    description: 'A data row without an award.',
  },
  'awardHistory.yearMissing': {
    severity: 'error',
    message: 'Thiếu năm khen thưởng: hãy ghi cột năm hoặc ngày của quyết định.',
    description: 'Neither a year cell nor a decision date gives the year of the award.',
  },
  'awardHistory.yearInvalid': {
    severity: 'error',
    message: 'Năm khen thưởng "{value}" không hợp lệ (cần năm 4 chữ số, từ 1945 đến năm nay).',
    description: 'The year is unreadable, before 1945 or in the future.',
  },
  'awardHistory.decisionDateInvalid': {
    severity: 'error',
    message: 'Ngày quyết định "{value}" không đọc được. Hãy ghi dạng dd/mm/yyyy.',
    description: 'The decision date is not a full calendar date.',
  },
} as const satisfies Record<string, AwardImportIssueSpec>;

export type AwardImportIssueCode = keyof typeof AWARD_IMPORT_ISSUES;
