// Apps Script globals only: every export becomes a top-level function in dist/Code.js (see build.ts).
// Menu handlers start with "menu", google.script.run targets are named for what the page asks.

import {
  duplicateGroups,
  exportMaster,
  overview,
  resolveDuplicate,
  showDuplicates,
  showOverview,
  writeMasterSheet,
} from './actions/board';
import { checkDossierAccess } from './actions/check-dossier-access';
import { checkList } from './actions/check-list';
import { connectCampaign } from './actions/connect-campaign';
import { executeConsolidation, openConsolidation, pollConsolidation } from './actions/consolidate';
import { createTemplate } from './actions/create-template';
import { makeDecisionDrafts, printCertificates, recordAwardDecision } from './actions/decisions';
import { changeUnitLock } from './actions/lock';
import { openProvision, provisionStep } from './actions/provision';
import { downloadNoticeComments, showNoticePage } from './actions/public-notice';
import { writeReviews } from './actions/review';
import { runClientCall, runMenuAction } from './actions/run-action';
import { openSetup, saveSetup } from './actions/setup';
import { showStatus, unitStatus } from './actions/show-status';
import { submitList } from './actions/submit-list';
import { castVotes, closeVoteRound, currentBallot, openVoteRound, showBallot } from './actions/vote';
import { selectCell } from './sheet/select-cell';
import { buildMenu } from './ui/menu';

export { menuConvertLegacyFont } from './actions/convert-legacy-font';

/** Simple trigger; runs in AuthMode.NONE for an add-on: builds the menu only, no server or properties access. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuConnectCampaign(): void {
  runMenuAction(connectCampaign);
}

export function menuCreateTemplate(): void {
  runMenuAction(createTemplate);
}

export function menuCheckList(): void {
  runMenuAction(checkList);
}

export function menuCheckDossierAccess(): void {
  runMenuAction(checkDossierAccess);
}

export function menuSubmitList(): void {
  runMenuAction(submitList);
}

export function menuShowStatus(): void {
  runMenuAction(showStatus);
}

/** google.script.run target of the issues sidebar: selects the clicked issue's cell, returns its A1 notation. */
export function selectIssueCell(sheetName: string, row: number, column: number): string {
  return runClientCall(() => selectCell(sheetName, row, column));
}

/** google.script.run target of the status sidebar's refresh button. */
export function refreshUnitStatus(): ReturnType<typeof unitStatus> {
  return runClientCall(unitStatus);
}

/** Opens the consolidation sidebar with a fresh runId; calls no server (the page starts the run). */
export function menuConsolidate(): void {
  runMenuAction(openConsolidation);
}

export function menuReviewDuplicates(): void {
  runMenuAction(showDuplicates);
}

export function menuSubmissionOverview(): void {
  runMenuAction(showOverview);
}

export function menuWriteMasterSheet(): void {
  runMenuAction(writeMasterSheet);
}

export function menuExportMaster(): void {
  runMenuAction(exportMaster);
}

/**
 * google.script.run target of the consolidation sidebar: runs consolidate under the page's runId with the page's
 * options `{ notifyUnits, writeSheet }` and answers when the version is stored (long-running, up to 6 minutes).
 */
export function runConsolidation(runId: string, options: unknown): ReturnType<typeof executeConsolidation> {
  return runClientCall(() => executeConsolidation(runId, options));
}

/** google.script.run target of the consolidation sidebar, polled while runConsolidation runs: stage, done/total. */
export function consolidationProgress(runId: string): ReturnType<typeof pollConsolidation> {
  return runClientCall(() => pollConsolidation(runId));
}

/** google.script.run target of the duplicates sidebar: "Cùng một người" (same) / "Khác người" (different). */
export function decideDuplicate(
  groupId: string,
  memberKeys: string[],
  decision: string,
): ReturnType<typeof resolveDuplicate> {
  return runClientCall(() => resolveDuplicate(groupId, memberKeys, decision));
}

/** google.script.run target of the duplicates sidebar's refresh button. */
export function refreshDuplicates(): ReturnType<typeof duplicateGroups> {
  return runClientCall(duplicateGroups);
}

/** google.script.run target of the overview sidebar's refresh button. */
export function refreshOverview(): ReturnType<typeof overview> {
  return runClientCall(overview);
}

export function menuSetupCampaign(): void {
  runMenuAction(openSetup);
}

export function menuSaveSetup(): void {
  runMenuAction(saveSetup);
}

/** Opens the progress sidebar of "Tạo bảng cho các đơn vị" (no Drive call). */
export function menuProvisionUnitSheets(): void {
  runMenuAction(openProvision);
}

/** google.script.run target of the provisioning sidebar: one execution's share of the units (time-boxed). */
export function provisionUnitSheets(): ReturnType<typeof provisionStep> {
  return runClientCall(provisionStep);
}

/** "Ghi kết quả duyệt": the changed review rows of the "Tổng hợp" tab in one request. */
export function menuWriteReviews(): void {
  runMenuAction(writeReviews);
}

/** "Khóa danh sách đơn vị": lockUnit on the selected unit row, after a confirmation. */
export function menuLockUnit(): void {
  runMenuAction(() => changeUnitLock('lock'));
}

/** "Mở lại danh sách đơn vị". */
export function menuReopenUnit(): void {
  runMenuAction(() => changeUnitLock('reopen'));
}

/** "Phiếu biểu quyết (Hội đồng)": the open round's ballot sidebar of a council member. */
export function menuCouncilBallot(): void {
  runMenuAction(showBallot);
}

/** google.script.run target of the ballot sidebar's "Gửi phiếu": the whole ballot `{ nomineeId: choice }`. */
export function castBallotVotes(round: unknown, choices: unknown): ReturnType<typeof castVotes> {
  return runClientCall(() => castVotes(round, choices));
}

/** google.script.run target of the ballot sidebar's refresh button. */
export function refreshBallot(): ReturnType<typeof currentBallot> {
  return runClientCall(currentBallot);
}

/** "Mở vòng biểu quyết": the selected rows of "Tổng hợp", else every approved entry, after a confirmation. */
export function menuOpenVoteRound(): void {
  runMenuAction(openVoteRound);
}

/** "Đóng vòng và kiểm phiếu": close the open round, tally into the review states, save the minutes to Drive. */
export function menuCloseVoteRound(): void {
  runMenuAction(closeVoteRound);
}

/** "Lập dự thảo Tờ trình, Quyết định": decisionDrafts, both .docx saved into the campaign's Drive folder. */
export function menuDecisionDrafts(): void {
  runMenuAction(makeDecisionDrafts);
}

/** "Ghi quyết định khen thưởng": number and date asked, the approved entries counted and confirmed, recordDecision. */
export function menuRecordDecision(): void {
  runMenuAction(recordAwardDecision);
}

/** "In giấy khen": certificates of a recorded decision, the PDF saved into the campaign's Drive folder. */
export function menuPrintCertificates(): void {
  runMenuAction(printCertificates);
}

/** "Mở trang công khai": the public page's address and the notice period of the campaign, in a dialog. */
export function menuOpenPublicNotice(): void {
  runMenuAction(showNoticePage);
}

/** "Tải ý kiến góp ý": noticeComments written into the "Ý kiến công khai" tab, newest first. */
export function menuDownloadNoticeComments(): void {
  runMenuAction(downloadNoticeComments);
}
