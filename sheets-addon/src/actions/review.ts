// "Ghi kết quả duyệt": every changed row of the "Tổng hợp" tab's review columns in ONE reviewNominees request;
// each row's result painted back into "Kết quả ghi duyệt"; only rows the server wrote enter the baseline.
import { reviewNominees } from '../api/board-api';
import { applyResults, diffReviews, reviewColumns } from '../core/review-diff';
import { readSettings, requireConnection } from '../settings/document-settings';
import {
  markReviewIssues,
  readBaseline,
  readReviewTab,
  saveBaseline,
  writeResultCells,
} from '../sheet/review-tab';
import { alertUser } from '../ui/dialogs';

const TITLE = 'Ghi kết quả duyệt';

export interface WriteReviewsResult {
  sent: number;
  written: number;
  failed: number;
  unchanged: number;
  issues: number;
}

export function writeReviews(): WriteReviewsResult {
  const connection = requireConnection(readSettings());
  const values = readReviewTab();
  const baseline = readBaseline();
  const diff = diffReviews(values, baseline);
  markReviewIssues(diff.issues);
  const result = {
    sent: diff.reviews.length,
    written: 0,
    failed: 0,
    unchanged: diff.unchanged,
    issues: diff.issues.length,
  };
  if (diff.reviews.length === 0) {
    const why = diff.issues.length > 0 ? ` ${diff.issues.length} ô cần sửa (đã tô đỏ).` : '';
    alertUser(TITLE, `Không có dòng nào thay đổi so với lần ghi trước.${why}`);
    return result;
  }
  const answer = reviewNominees(connection, diff.reviews);
  const applied = applyResults(diff, answer.results, baseline);
  writeResultCells(values, reviewColumns(values[0] ?? []).result, applied.cells);
  saveBaseline(applied.baseline);
  const issues = diff.issues.length > 0 ? ` ${diff.issues.length} ô cần sửa (đã tô đỏ), chưa gửi.` : '';
  alertUser(
    TITLE,
    `Đã ghi ${applied.written}/${diff.reviews.length} dòng; ${applied.failed} dòng chưa ghi (xem cột “Kết quả ghi duyệt”).${issues}`,
  );
  return { ...result, written: applied.written, failed: applied.failed };
}
