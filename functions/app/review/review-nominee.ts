// reviewNominee (board only): the review state of a nominee — hợp lệ, cần bổ sung (with a note the unit sees in
// campaignStatus), đã duyệt, không đủ điều kiện, đã khen thưởng (with the decision number and date, recorded in the
// award history for later campaigns). Kept by nomineeId, so it survives every later consolidation.

import type { ReviewNomineeBody, ReviewNomineeResponse } from '../../../shared/api/reviews';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { recordAward } from '../consolidation/award-history';
import { readVersion, type StoredEntry } from '../consolidation/master-store';
import { AppError } from '../errors';
import type { AwardHistoryRepository, NomineeReview, Principal } from '../ports';
import type { ReviewDeps } from './review-duplicates';

export interface ReviewNomineeDeps extends ReviewDeps {
  awardHistory: AwardHistoryRepository;
}

export async function reviewNominee(
  request: ReviewNomineeBody,
  principal: Principal,
  deps: ReviewNomineeDeps,
): Promise<ReviewNomineeResponse> {
  requireBoard(principal);
  await loadCampaign(deps.campaigns, request.campaignId);
  const head = await readVersion(deps.masters, request.campaignId, undefined);
  const entry: StoredEntry | undefined = head.entries.find((e) => e.nomineeId === request.nomineeId);
  if (!entry) throw new AppError('NOMINEE_NOT_FOUND');
  const review = reviewOf(request, entry, principal, deps.clock.now(), head.version);
  await deps.reviews.saveNomineeReview(request.campaignId, review);
  await deps.reviews.log(request.campaignId, logEntry(review));
  const awardHistoryId =
    review.state === 'awarded'
      ? await recordAward(deps.awardHistory, request.campaignId, entry, review)
      : null;
  const { nomineeId, displayName, state, note, reviewedBy, reviewedAt } = review;
  return {
    nomineeId,
    displayName,
    state,
    reviewedBy,
    reviewedAt,
    masterVersion: head.version,
    awardHistoryId,
    ...(note === undefined ? {} : { note }),
  };
}

function reviewOf(
  request: ReviewNomineeBody,
  entry: StoredEntry,
  principal: Principal,
  now: Date,
  masterVersion: number,
): NomineeReview {
  const note = request.note?.trim() || undefined;
  if (request.state === 'needsInfo' && note === undefined) throw new AppError('REVIEW_NOTE_REQUIRED');
  const base: NomineeReview = {
    nomineeId: entry.nomineeId,
    state: request.state,
    displayName: entry.displayName,
    sources: entry.sources.map((s) => ({ unitId: s.unitId, sheetRow: s.sheetRow })),
    masterVersion,
    reviewedBy: principal.email,
    reviewedAt: now.toISOString(),
    ...(note === undefined ? {} : { note }),
  };
  return request.state === 'awarded' ? { ...base, ...awardOf(request, entry) } : base;
}

function awardOf(request: ReviewNomineeBody, entry: StoredEntry) {
  const awardCode = request.awardCode ?? entry.awardDecision ?? entry.award;
  const { decisionNumber, decisionDate } = request;
  if (!decisionNumber || !decisionDate || !awardCode) throw new AppError('AWARD_DECISION_REQUIRED');
  return { awardCode, decisionNumber, decisionDate };
}

function logEntry(review: NomineeReview) {
  const detail = [review.note, review.decisionNumber, review.decisionDate].filter(Boolean).join(' · ');
  return {
    at: review.reviewedAt,
    actor: review.reviewedBy,
    action: 'reviewNominee' as const,
    subject: review.nomineeId,
    value: review.state,
    ...(detail ? { note: detail } : {}),
  };
}
