// Sample view models for mail tests: realistic Vietnamese names, a hostile nominee name, a unit name with CR/LF.
import type {
  DigestView,
  ReceiptView,
  ReminderView,
  UnitSummaryView,
} from '../../../../../functions/app/mail/views';

export const XSS_NAME = '<img src=x onerror=alert(1)>';

export function receiptView(over: Partial<ReceiptView> = {}): ReceiptView {
  return {
    campaignName: 'Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    unitName: 'UBND xã Đồng Đăng',
    kindLabel: 'Cá nhân',
    version: 3,
    submittedAt: '2026-11-16T08:15:00.000Z',
    deadline: '2026-12-15',
    counts: { rows: 4, validRows: 2, errorRows: 2, errors: 2, warnings: 1 },
    issues: [
      { ref: 'Cá nhân!F12', message: 'Số CCCD thiếu số 0 ở đầu', severity: 'error' },
      { ref: 'Cá nhân!D13', message: 'Năm sinh không khớp với số CCCD', severity: 'error' },
      { ref: 'Cá nhân!H14', message: 'Dân tộc “Thổ” có thể thuộc nhiều nhóm', severity: 'warning' },
    ],
    nominees: [
      {
        name: 'Hoàng Thị Ánh Tuyết',
        cccd: '020186004545',
        award: 'Bằng khen của Chủ tịch UBND tỉnh',
        valid: true,
      },
      { name: 'Lường Văn Quý', cccd: '020090001234', award: 'Chiến sĩ thi đua cơ sở', valid: false },
      { name: XSS_NAME, cccd: '001203004545', award: 'Lao động tiên tiến', valid: false },
      { name: 'Nông Thị Hường', award: 'Lao động tiên tiến', valid: true },
    ],
    ...over,
  };
}

export function unitSummaryView(): UnitSummaryView {
  return {
    campaignName: 'Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    unitName: 'Sở Giáo dục và Đào tạo',
    masterVersion: 2,
    consolidatedAt: '2026-11-20',
    deadline: '2026-12-15',
    nominees: [
      { name: 'Vi Thị Hạnh', cccd: '020186004545', award: 'Chiến sĩ thi đua tỉnh', status: 'accepted' },
      {
        name: 'Hà Văn Đức',
        cccd: '020090001234',
        award: 'Bằng khen của Chủ tịch UBND tỉnh',
        status: 'returned',
      },
      { name: XSS_NAME, award: 'Lao động tiên tiến', status: 'pending' },
    ],
    duplicates: [{ name: 'Vi Thị Hạnh', otherUnits: ['UBND phường Kỳ Lừa'] }],
    returned: [{ name: 'Hà Văn Đức', note: 'Thiếu quyết định công nhận sáng kiến cấp cơ sở' }],
    toFix: [{ ref: 'Cá nhân!F9', message: 'Số CCCD thiếu số 0 ở đầu', severity: 'error' }],
  };
}

export function digestView(): DigestView {
  return {
    campaignName: 'Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    week: '2026-W47',
    generatedAt: '2026-11-16',
    deadline: '2026-12-15',
    daysToDeadline: 29,
    completeness: {
      missing: [
        { unitId: 'u7', unitName: 'UBND xã Bắc Sơn' },
        { unitId: 'u8', unitName: 'Sở Tài nguyên và Môi trường' },
      ],
      withErrors: [
        { unitId: 'u3', unitName: 'UBND xã Đồng Đăng', errors: 5 },
        { unitId: 'u4', unitName: XSS_NAME, errors: 1 },
      ],
      clean: [
        { unitId: 'u1', unitName: 'Sở Giáo dục và Đào tạo' },
        { unitId: 'u2', unitName: 'UBND phường Kỳ Lừa' },
        { unitId: 'u5', unitName: 'Công an tỉnh' },
        { unitId: 'u6', unitName: 'Liên đoàn Lao động tỉnh' },
      ],
    },
    onTime: { onTime: 5, late: 1, units: 8 },
    changes: {
      added: 12,
      removed: 2,
      modified: 4,
      highlights: ['UBND xã Đồng Đăng gửi phiên bản 3 (+4 người)'],
    },
    duplicatesAwaitingReview: {
      groups: 2,
      examples: [{ name: 'Vi Thị Hạnh', units: ['Sở Giáo dục và Đào tạo', 'UBND phường Kỳ Lừa'] }],
    },
    overQuota: [{ unitName: 'UBND xã Đồng Đăng', quota: 10, count: 13 }],
    totals: { nominees: 86, individuals: 70, collectives: 16 },
    structure: [
      { label: 'Nữ', count: 38, of: 70 },
      { label: 'Dân tộc thiểu số', count: 41, of: 70 },
      { label: 'Đảng viên', count: 52, of: 70 },
      { label: 'Trực tiếp lao động, sản xuất', count: 30, of: 70 },
    ],
    breakdown: {
      title: 'Theo lĩnh vực',
      bars: [
        { label: 'Kinh tế', count: 28 },
        { label: 'Văn hóa – xã hội', count: 27 },
        { label: 'Quốc phòng – an ninh', count: 15 },
        { label: 'Khác', count: 16 },
      ],
    },
  };
}

export function reminderView(over: Partial<ReminderView> = {}): ReminderView {
  return {
    campaignName: 'Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    unitName: 'UBND xã Bắc Sơn',
    deadline: '2026-12-15',
    daysLeft: 3,
    state: 'missing',
    errors: 0,
    issues: [],
    ...over,
  };
}
