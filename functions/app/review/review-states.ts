// Nominee review states (hợp lệ, cần bổ sung, đã duyệt, không đủ điều kiện, đã khen thưởng) and how they map onto
// the consolidation core's ReviewState (ineligible entries count as rejected in the statistics).
import type { EntryReview, NomineeReviewState } from '../../../shared/api/master-entries';
import type { MasterEntry, ReviewDecision, ReviewState } from '../../../shared/consolidation/types';
import type { NomineeReview } from '../ports';
import { changedFields, reviewedHash, reviewedValuesOf } from './reviewed-content';

const CORE_STATE: Record<NomineeReviewState, ReviewState> = {
  valid: 'pending',
  needsInfo: 'needsInfo',
  approved: 'approved',
  ineligible: 'rejected',
  awarded: 'approved',
};

/** States that close a nominee's review for the unit ("reviewed" status); needsInfo waits for the unit. */
export const FINAL_REVIEW_STATES: ReadonlySet<NomineeReviewState> = new Set([
  'valid',
  'approved',
  'ineligible',
  'awarded',
]);

export function toReviewDecision(review: NomineeReview): ReviewDecision {
  return {
    nomineeId: review.nomineeId,
    state: CORE_STATE[review.state],
    decidedBy: review.reviewedBy,
    decidedAt: review.reviewedAt,
    ...(review.note === undefined ? {} : { note: review.note }),
    ...(review.state === 'awarded' && review.awardCode !== undefined
      ? { awardDecision: review.awardCode }
      : {}),
  };
}

export function entryReview(review: NomineeReview): EntryReview {
  const { state, note, decisionNumber, decisionDate, reviewedBy, reviewedAt, contentHash } = review;
  return {
    state,
    reviewedBy,
    reviewedAt,
    ...(note === undefined ? {} : { note }),
    ...(decisionNumber === undefined ? {} : { decisionNumber }),
    ...(decisionDate === undefined ? {} : { decisionDate }),
    ...(contentHash === undefined ? {} : { contentHash }),
  };
}

/** True when the review was made on other content than `entry` has now (older reviews without a hash: never). */
export function isStale(review: NomineeReview, entry: MasterEntry): boolean {
  return review.contentHash !== undefined && reviewedHash(reviewedValuesOf(entry)) !== review.contentHash;
}

/** The review as shown on `entry`: as stored, or needsReReview with the fields changed since (old and new values). */
export function reviewOnEntry(review: NomineeReview, entry: MasterEntry): EntryReview {
  const shown = entryReview(review);
  if (!isStale(review, entry)) return shown;
  const changed = changedFields(review.reviewedValues ?? {}, reviewedValuesOf(entry));
  return { ...shown, state: 'needsReReview', reviewedState: review.state, changedFields: changed };
}
