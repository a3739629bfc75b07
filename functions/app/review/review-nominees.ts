// reviewNominees (board only): every changed row of the board's review columns in one request, one result per row.
// Each row is decided by the same rules as reviewNominee (review-nominee.ts); a refused row (unknown nominee, note
// or award decision missing) does not stop the others. Idempotent: a row whose decision is already stored on the
// same content is answered `changed: false` and writes nothing, so a retried request stores and mails nothing twice.
import type {
  NomineeReviewResult,
  NomineeReviewRow,
  ReviewNomineesBody,
  ReviewNomineesResponse,
} from '../../../shared/api/reviews';
import { requireBoard } from '../campaigns/access';
import { campaignEvaluationYear } from '../campaigns/evaluation-year';
import { loadCampaign } from '../campaigns/load-target';
import { readVersion, type StoredEntry } from '../consolidation/master-store';
import { AppError, codedFailure } from '../errors';
import type { CommitNotifier, NomineeReview, Principal } from '../ports';
import {
  awardOf,
  latestHead,
  type ReviewNomineeDeps,
  reviewLogEntry,
  reviewOf,
  sameDecision,
} from './review-nominee';

/** A row decided: the review to answer with, whether it must be written, and the entry it is on. */
interface Decided {
  row: NomineeReviewRow;
  review: NomineeReview;
  entry: StoredEntry;
  changed: boolean;
}

type Outcome = Decided | NomineeReviewResult;

export interface ReviewNomineesResult extends ReviewNomineesResponse {
  /** The reviews stored or confirmed by this request (for the "returned" mail); not sent to the client. */
  reviews: NomineeReview[];
}

export type ReviewNomineesDeps = ReviewNomineeDeps & { notifier?: Pick<CommitNotifier, 'reviewed'> };

/**
 * Stores the changed decisions, then tells the notifier (the "returned" mail of every nominee returned to its units,
 * once per review decision, also on a retry) and answers a result per row.
 */
export async function reviewNominees(
  request: ReviewNomineesBody,
  principal: Principal,
  deps: ReviewNomineesDeps,
): Promise<ReviewNomineesResponse> {
  const { reviews, ...response } = await storeReviews(request, principal, deps);
  await deps.notifier?.reviewed({ campaignId: request.campaignId, reviews });
  return response;
}

async function storeReviews(
  request: ReviewNomineesBody,
  principal: Principal,
  deps: ReviewNomineeDeps,
): Promise<ReviewNomineesResult> {
  requireBoard(principal);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const head = await latestHead(deps, request.campaignId);
  if (request.version !== undefined && request.version !== head.version)
    throw new AppError('MASTER_VERSION_CHANGED', `reviewed v${request.version}, latest v${head.version}`);
  const [master, stored] = await Promise.all([
    readVersion(deps.masters, request.campaignId, head.version),
    deps.reviews.listNomineeReviews(request.campaignId),
  ]);
  const entries = new Map(master.entries.map((e) => [e.nomineeId, e as StoredEntry]));
  const previous = new Map(stored.map((r) => [r.nomineeId, r]));
  const now = deps.clock.now();
  const outcomes = request.reviews.map((row): Outcome => {
    try {
      const entry = entries.get(row.nomineeId);
      if (!entry) throw new AppError('NOMINEE_NOT_FOUND');
      const fresh = reviewOf(row, entry, principal, now, head.version);
      const old = previous.get(row.nomineeId);
      const changed = !sameDecision(old, fresh);
      return { row, entry, changed, review: changed || !old ? fresh : old };
    } catch (error) {
      return refused(row, error);
    }
  });
  const decided = outcomes.filter(isDecided);
  const writes = decided
    .filter((d) => d.changed)
    .map((d) => ({ review: d.review, log: reviewLogEntry(d.review) }));
  await deps.reviews.saveNomineeReviews(request.campaignId, writes);
  const year = campaignEvaluationYear(campaign);
  const results = await resultsOf(deps, request.campaignId, outcomes, year);
  return {
    campaignId: request.campaignId,
    version: head.version,
    results,
    saved: writes.length,
    unchanged: decided.length - writes.length,
    failed: outcomes.length - decided.length,
    reviews: decided.map((d) => d.review),
  };
}

function isDecided(outcome: Outcome): outcome is Decided {
  return 'review' in outcome;
}

function refused(row: NomineeReviewRow, error: unknown): NomineeReviewResult {
  if (!(error instanceof AppError)) throw error;
  const { code, message } = codedFailure(error);
  return { nomineeId: row.nomineeId, ok: false, error: { code, message } };
}

async function resultsOf(
  deps: ReviewNomineeDeps,
  campaignId: string,
  outcomes: Outcome[],
  year: number,
): Promise<NomineeReviewResult[]> {
  const results: NomineeReviewResult[] = [];
  for (const outcome of outcomes) {
    if (!isDecided(outcome)) {
      results.push(outcome);
      continue;
    }
    const { review, entry, changed } = outcome;
    const awardHistoryId = await awardOf(deps, campaignId, entry, review, year);
    results.push({
      nomineeId: review.nomineeId,
      ok: true,
      state: review.state,
      changed,
      reviewedAt: review.reviewedAt,
      ...(review.reviewId === undefined ? {} : { reviewId: review.reviewId }),
      ...(review.state === 'awarded' ? { awardHistoryId } : {}),
    });
  }
  return results;
}
