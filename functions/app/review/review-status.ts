// What a unit sees of the board's review in campaignStatus: how many of its entries in the current master version
// are reviewed, and the nominees returned to it for completion (needsInfo) with the board's note. A review of
// content the unit has changed since (resubmitted and consolidated) no longer counts: it waits for the board.
import type { ReturnedNominee } from '../../../shared/api/campaign-status';
import { readVersion } from '../consolidation/master-store';
import type { MasterRepository, MasterVersionInfo, NomineeReview, ReviewRepository } from '../ports';
import { type LatestByKind, latestLists, newestOf } from '../submissions/latest-by-kind';
import { FINAL_REVIEW_STATES, isStale } from './review-states';

export interface UnitReviewView {
  /** The newest submission version of the unit taken by the current master version (0 = not in it). */
  submissionVersion: number;
  /** Rows of the unit taken by the current master version (both kinds' lists, valid or not). */
  consolidatedRows: number;
  masterEntries: number;
  reviewedEntries: number;
  returned: ReturnedNominee[];
}

type ReviewLookup = (unitId: string) => UnitReviewView | undefined;

/** `latest`: the current master version's description when the caller has read it already (one manifest read). */
export async function reviewViews(
  deps: { masters?: MasterRepository; reviews?: ReviewRepository },
  campaignId: string,
  latest?: Promise<MasterVersionInfo | null>,
): Promise<ReviewLookup> {
  if (!deps.masters || !deps.reviews) return () => undefined;
  const [head, reviews] = await Promise.all([
    latest ?? deps.masters.latest(campaignId),
    deps.reviews.listNomineeReviews(campaignId),
  ]);
  if (!head) return () => undefined;
  const current = await currentReviews(deps.masters, head, reviews);
  const byId = new Map(current.map((r) => [r.nomineeId, r]));
  return (unitId) => viewOf(head, byId, unitId);
}

/** The reviews made on the content the entries have now (the version is read only when a review has a hash). */
async function currentReviews(
  masters: MasterRepository,
  head: MasterVersionInfo,
  reviews: NomineeReview[],
): Promise<NomineeReview[]> {
  if (!reviews.some((r) => r.contentHash !== undefined)) return reviews;
  const entries = new Map(
    (await readVersion(masters, head.campaignId, head.version)).entries.map((e) => [e.nomineeId, e]),
  );
  return reviews.filter((r) => {
    const entry = entries.get(r.nomineeId);
    return entry === undefined || !isStale(r, entry);
  });
}

/** Reviews made on the content the entries have now: a review of content the unit changed since waits for the board. */
function viewOf(
  head: MasterVersionInfo,
  reviews: Map<string, NomineeReview>,
  unitId: string,
): UnitReviewView {
  const ids = head.byUnit.find((u) => u.unitId === unitId)?.nomineeIds ?? [];
  const mine = ids.flatMap((id) => reviews.get(id) ?? []);
  return {
    submissionVersion: head.unitVersions[unitId] ?? 0,
    consolidatedRows: head.byUnit.find((u) => u.unitId === unitId)?.rows ?? 0,
    masterEntries: ids.length,
    reviewedEntries: mine.filter((r) => FINAL_REVIEW_STATES.has(r.state)).length,
    returned: mine.filter((r) => r.state === 'needsInfo').map((r) => returnedOf(r, unitId)),
  };
}

function returnedOf(review: NomineeReview, unitId: string): ReturnedNominee {
  return {
    nomineeId: review.nomineeId,
    displayName: review.displayName,
    note: review.note ?? '',
    sheetRows: review.sources.filter((s) => s.unitId === unitId).map((s) => s.sheetRow),
    reviewedAt: review.reviewedAt,
  };
}

/**
 * The current master version took the unit's latest list of each kind. The manifest records the newest version
 * taken per unit and the rows taken, so: the newest version taken is the unit's newest commit (no list of either
 * kind arrived since), and the rows taken are exactly the rows of the kinds' latest lists (a master built from
 * one list only, e.g. by the earlier per-unit rule, does not count as having taken both).
 */
export function tookLatestLists(latest: LatestByKind, view: UnitReviewView): boolean {
  const newest = newestOf(latest);
  if (!newest || newest.version !== view.submissionVersion) return false;
  const rows = latestLists(latest).reduce((n, c) => n + c.rowCount, 0);
  return rows === view.consolidatedRows;
}
