// reviewNominee (board only): the review state of a nominee — hợp lệ, cần bổ sung (with a note the unit sees in
// campaignStatus), đã duyệt, không đủ điều kiện, đã khen thưởng (with the decision number and date, recorded in the
// award history for later campaigns). Kept by nomineeId, so it survives every later consolidation. A review applies
// to the content reviewed: it stores the reviewed fields' values and their hash (reviewed-content.ts).

import type { ReviewNomineeBody, ReviewNomineeResponse } from '../../../shared/api/reviews';
import { contentHash } from '../../../shared/consolidation/hash';
import { requireBoard } from '../campaigns/access';
import { campaignEvaluationYear } from '../campaigns/evaluation-year';
import { loadCampaign } from '../campaigns/load-target';
import { recordAward } from '../consolidation/award-history';
import { readVersion, type StoredEntry } from '../consolidation/master-store';
import { AppError } from '../errors';
import type {
  AwardHistoryRepository,
  MasterVersionInfo,
  NomineeReview,
  Principal,
  ReviewLogEntry,
} from '../ports';
import type { ReviewDeps } from './review-duplicates';
import { reviewedHash, reviewedValuesOf } from './reviewed-content';

export interface ReviewNomineeDeps extends ReviewDeps {
  awardHistory: AwardHistoryRepository;
}

/** One review decision as the board sends it (reviewNominee body, or one row of reviewNominees). */
export type ReviewDecisionInput = Omit<ReviewNomineeBody, 'campaignId'>;

export async function reviewNominee(
  request: ReviewNomineeBody,
  principal: Principal,
  deps: ReviewNomineeDeps,
): Promise<ReviewNomineeResponse> {
  requireBoard(principal);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const head = await latestHead(deps, request.campaignId);
  const entry = (await readVersion(deps.masters, request.campaignId, head.version)).entries.find(
    (e) => e.nomineeId === request.nomineeId,
  );
  if (!entry) throw new AppError('NOMINEE_NOT_FOUND');
  const review = reviewOf(request, entry, principal, deps.clock.now(), head.version);
  await deps.reviews.saveNomineeReview(request.campaignId, review);
  await deps.reviews.log(request.campaignId, reviewLogEntry(review));
  const year = campaignEvaluationYear(campaign);
  const awardHistoryId = await awardOf(deps, request.campaignId, entry, review, year);
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

export async function latestHead(deps: ReviewDeps, campaignId: string): Promise<MasterVersionInfo> {
  const head = await deps.masters.latest(campaignId);
  if (!head) throw new AppError('MASTER_NOT_FOUND');
  return head;
}

/** For awarded: records the award in the award history (idempotent by record id); otherwise null. */
export async function awardOf(
  deps: ReviewNomineeDeps,
  campaignId: string,
  entry: StoredEntry,
  review: NomineeReview,
  year: number,
): Promise<string | null> {
  return review.state === 'awarded' ? recordAward(deps.awardHistory, campaignId, entry, review, year) : null;
}

/** The review to store for a decision on `entry`; throws the decision's coded error (note or award missing). */
export function reviewOf(
  request: ReviewDecisionInput,
  entry: StoredEntry,
  principal: Principal,
  now: Date,
  masterVersion: number,
): NomineeReview {
  const note = request.note?.trim() || undefined;
  if (request.state === 'needsInfo' && note === undefined) throw new AppError('REVIEW_NOTE_REQUIRED');
  const reviewedValues = reviewedValuesOf(entry);
  const decision = {
    nomineeId: entry.nomineeId,
    state: request.state,
    ...(note === undefined ? {} : { note }),
    ...(request.state === 'awarded' ? awardDecisionOf(request, entry) : {}),
    contentHash: reviewedHash(reviewedValues),
  };
  const reviewedAt = now.toISOString();
  return {
    ...decision,
    displayName: entry.displayName,
    sources: entry.sources.map((s) => ({ unitId: s.unitId, sheetRow: s.sheetRow })),
    masterVersion,
    reviewedBy: principal.email,
    reviewedAt,
    reviewId: `rv-${contentHash([decision, reviewedAt])}`,
    reviewedValues,
  };
}

/** True when `stored` already records this decision on this content (a retried request): nothing to write. */
export function sameDecision(stored: NomineeReview | undefined, fresh: NomineeReview): boolean {
  if (!stored) return false;
  const keys = ['state', 'note', 'decisionNumber', 'decisionDate', 'awardCode', 'contentHash'] as const;
  return keys.every((key) => stored[key] === fresh[key]);
}

function awardDecisionOf(request: ReviewDecisionInput, entry: StoredEntry) {
  const awardCode = request.awardCode ?? entry.awardDecision ?? entry.award;
  const { decisionNumber, decisionDate } = request;
  if (!decisionNumber || !decisionDate || !awardCode) throw new AppError('AWARD_DECISION_REQUIRED');
  return { awardCode, decisionNumber, decisionDate };
}

export function reviewLogEntry(review: NomineeReview): ReviewLogEntry {
  const detail = [review.note, review.decisionNumber, review.decisionDate].filter(Boolean).join(' · ');
  return {
    at: review.reviewedAt,
    actor: review.reviewedBy,
    action: 'reviewNominee',
    subject: review.nomineeId,
    value: review.state,
    ...(detail ? { note: detail } : {}),
  };
}
