// Pure: Vietnamese sentences about a check or a submission.
import type { Summary } from '../../../shared/api/grid';
import type { SubmitNominationsResponse } from '../../../shared/api/nominations';

export function summaryText(summary: Summary): string {
  const rows = `${summary.rows} dòng: ${summary.validRows} hợp lệ, ${summary.errorRows} có lỗi`;
  return `${rows}; ${summary.errors} lỗi, ${summary.warnings} lưu ý.`;
}

export function submissionText(result: SubmitNominationsResponse): string {
  const lines = [
    result.replayed
      ? `Danh sách này đã được nộp trước đó (phiên bản số ${result.version}); không tạo phiên bản mới.`
      : `Đã nộp thành công: phiên bản số ${result.version}.`,
    `Tổng hợp: ${summaryText(result.summary)}`,
  ];
  if (result.late) lines.push('Lưu ý: phiên bản này được nộp sau hạn chót.');
  if (result.status === 'with_errors')
    lines.push('Danh sách đã được lưu nhưng còn dòng có lỗi; hãy sửa các ô được tô màu rồi nộp lại.');
  return lines.join('\n');
}

export function deadlineText(daysToDeadline: number): string {
  if (daysToDeadline > 1) return `Còn ${daysToDeadline} ngày đến hạn nộp.`;
  if (daysToDeadline === 1) return 'Hạn nộp là ngày mai.';
  if (daysToDeadline === 0) return 'Hôm nay là hạn chót nộp danh sách.';
  return `Đã quá hạn nộp ${-daysToDeadline} ngày.`;
}
