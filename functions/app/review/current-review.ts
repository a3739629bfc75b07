// The board's current review on a master entry, as consolidation stores it and as masterList shows it between
// consolidations: the core state and award of the decision, the review with its label, and "cần duyệt lại" when
// the review was made on other content than the entry has now (then it no longer counts as the board's decision).
import type { StoredEntry } from '../consolidation/master-store';
import type { NomineeReview } from '../ports';
import { reviewOnEntry, toReviewDecision } from './review-states';

/** Applies `review` to `entry` in place; true when the review is stale (made on other content). */
export function applyReview(entry: StoredEntry, review: NomineeReview): boolean {
  const decision = toReviewDecision(review);
  entry.reviewState = decision.state;
  if (decision.note === undefined) delete entry.reviewNote;
  else entry.reviewNote = decision.note;
  if (decision.awardDecision === undefined) delete entry.awardDecision;
  else entry.awardDecision = decision.awardDecision;
  entry.review = reviewOnEntry(review, entry);
  if (entry.review.state !== 'needsReReview') return false;
  entry.reviewState = 'pending';
  delete entry.awardDecision;
  return true;
}

/** Entries with the reviews stored now (reviews made since the version was consolidated included). */
export function withCurrentReviews(entries: StoredEntry[], reviews: NomineeReview[]): StoredEntry[] {
  const byId = new Map(reviews.map((r) => [r.nomineeId, r]));
  return entries.map((entry) => {
    const review = byId.get(entry.nomineeId);
    if (!review) return entry;
    const shown = { ...entry };
    applyReview(shown, review);
    return shown;
  });
}
