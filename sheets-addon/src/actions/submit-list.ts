// "Nộp danh sách": confirm, then submit under the document lock with the content-derived idempotency key.
import type { SubmitNominationsResponse } from '../../../shared/api/nominations';
import { submitNominations } from '../api/unit-api';
import { AddonError, isAddonError } from '../core/errors';
import { issueViews } from '../core/issues-view';
import { MESSAGES } from '../core/messages';
import { submissionText } from '../core/summary-text';
import { withDocumentLock } from '../settings/document-lock';
import { readSettings, requireConnection, saveMarks, savePending } from '../settings/document-settings';
import { contentHash, reserveSubmissionKey } from '../settings/submission-key';
import { type NominationSnapshot, readNominationSheet } from '../sheet/nomination-sheet';
import { paintIssues } from '../sheet/paint-issues';
import { alertUser, confirmUser } from '../ui/dialogs';
import { showSidebar } from '../ui/sidebar';

const CLOSED_CODES = new Set(['DEADLINE_PASSED', 'CAMPAIGN_CLOSED']);

function dataRowCount(snapshot: NominationSnapshot): number {
  return snapshot.grid.rows.filter((row) => row.some((cell) => cell !== '' && cell !== null)).length;
}

function confirmed(snapshot: NominationSnapshot, campaignId: string): boolean {
  const count = dataRowCount(snapshot);
  if (count === 0) throw new AddonError('EMPTY_SHEET', MESSAGES.EMPTY_SHEET);
  const text = `Nộp ${count} dòng của trang “${snapshot.sheetName}” cho chiến dịch “${campaignId}”?`;
  return confirmUser(
    'Nộp danh sách',
    `${text}\nMỗi lần nộp tạo một phiên bản mới; phiên bản cũ vẫn được lưu.`,
  );
}

function submitLocked(snapshot: NominationSnapshot): SubmitNominationsResponse {
  const settings = readSettings();
  const connection = requireConnection(settings);
  const hash = contentHash(connection, snapshot.kind, snapshot.grid);
  const pending = reserveSubmissionKey(snapshot.kind, hash);
  const result = submitNominations(connection, snapshot.kind, snapshot.grid, pending.key);
  if (pending.version !== result.version) savePending(snapshot.kind, { ...pending, version: result.version });
  saveMarks(snapshot.sheetName, paintIssues(snapshot, result.issues, settings.marks(snapshot.sheetName)));
  return result;
}

function explainClosed(error: unknown): never {
  if (isAddonError(error) && CLOSED_CODES.has(error.code))
    throw new AddonError(error.code, `${error.message}\n${MESSAGES.DEADLINE_PASSED}`, error.status);
  throw error;
}

function showResult(snapshot: NominationSnapshot, result: SubmitNominationsResponse): void {
  alertUser('Nộp danh sách', submissionText(result));
  if (result.issues.length === 0) return;
  showSidebar('SidebarIssues', 'Kết quả nộp', {
    sheetName: snapshot.sheetName,
    title: `Đã nộp trang “${snapshot.sheetName}” – phiên bản số ${result.version}`,
    summary: result.summary,
    issues: issueViews(result.issues, snapshot.grid.header as string[]),
    outside: 0,
    notice: submissionText(result),
  });
}

export function submitList(): SubmitNominationsResponse | null {
  const settings = readSettings();
  const connection = requireConnection(settings);
  const snapshot = readNominationSheet(settings.timeZone);
  if (!confirmed(snapshot, connection.campaignId)) return null;
  let result: SubmitNominationsResponse;
  try {
    result = withDocumentLock(() => submitLocked(snapshot));
  } catch (error) {
    explainClosed(error);
  }
  showResult(snapshot, result);
  return result;
}
