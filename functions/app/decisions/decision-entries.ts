// What the decision steps read: the latest master version's entries with the board's current review of each.
// An entry counts as approved (đã duyệt) or awarded (đã khen thưởng) only when its review was made on the content
// it has now (a stale review shows as "cần duyệt lại" and is left out).
import type { MasterEntry } from '../../../shared/consolidation/types';
import { loadCampaign } from '../campaigns/load-target';
import { readVersion, type StoredEntry } from '../consolidation/master-store';
import type { CampaignRecord, NomineeReview } from '../ports';
import type { ReviewDeps } from '../review/review-duplicates';
import { latestHead } from '../review/review-nominee';
import { isStale } from '../review/review-states';

export interface ReviewedEntry {
  entry: StoredEntry;
  review: NomineeReview | undefined;
}

export interface DecisionSource {
  campaign: CampaignRecord;
  version: number;
  entries: ReviewedEntry[];
}

/** The campaign, its latest master version and each entry's current (not stale) review. */
export async function decisionSource(deps: ReviewDeps, campaignId: string): Promise<DecisionSource> {
  const campaign = await loadCampaign(deps.campaigns, campaignId);
  const head = await latestHead(deps, campaignId);
  const [master, reviews] = await Promise.all([
    readVersion(deps.masters, campaignId, head.version),
    deps.reviews.listNomineeReviews(campaignId),
  ]);
  const byId = new Map(reviews.map((r) => [r.nomineeId, r]));
  const entries = master.entries.map((entry) => {
    const review = byId.get(entry.nomineeId);
    return { entry, review: review && !isStale(review, entry) ? review : undefined };
  });
  return { campaign, version: head.version, entries };
}

export function isApproved(item: ReviewedEntry): boolean {
  return item.review?.state === 'approved';
}

/** Awarded by this decision number. */
export function isAwardedBy(item: ReviewedEntry, decisionNumber: string): boolean {
  return item.review?.state === 'awarded' && item.review.decisionNumber === decisionNumber;
}

/** The entry with the award its review gave (awarded) shown as the board's award decision. */
export function withAward(item: ReviewedEntry): MasterEntry {
  const awardCode = item.review?.state === 'awarded' ? item.review.awardCode : undefined;
  return awardCode === undefined ? item.entry : { ...item.entry, awardDecision: awardCode };
}
