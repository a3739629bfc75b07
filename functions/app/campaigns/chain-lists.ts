// What sendUp and carryForward share: the entries of a campaign's current master version in the chosen review
// states (the board's reviews as they stand now, also those made after the last consolidation), and submitting
// one list of them through submitNominations with a submission key derived from what is sent.
import type { SentList } from '../../../shared/api/chains';
import type { NomineeReviewState } from '../../../shared/api/master-entries';
import type { MasterEntry } from '../../../shared/consolidation/types';
import type { NominationKind } from '../../../shared/grid/types';
import { readVersion } from '../consolidation/master-store';
import type { MasterRepository, NomineeReview, Principal, ReviewRepository } from '../ports';
import { sha256 } from '../submissions/content-hash';
import { type SubmitDeps, submitNominations } from '../submissions/submit-nominations';
import { type EntryRow, entryGrid } from './entry-grid';

export interface ChainDeps extends SubmitDeps {
  masters: MasterRepository;
  reviews: ReviewRepository;
}

export interface Chosen {
  entry: MasterEntry;
  review: NomineeReview;
}

export interface Selection {
  masterVersion: number;
  picks: Chosen[];
}

/** Entries of the current master version whose review is in `states` (unreviewed entries are never taken). */
export async function selectEntries(
  deps: Pick<ChainDeps, 'masters' | 'reviews'>,
  campaignId: string,
  states: readonly NomineeReviewState[],
  kinds: readonly NominationKind[],
): Promise<Selection> {
  const [master, reviews] = await Promise.all([
    readVersion(deps.masters, campaignId, undefined),
    deps.reviews.listNomineeReviews(campaignId),
  ]);
  const byId = new Map(reviews.map((r) => [r.nomineeId, r]));
  const picks = master.entries.flatMap((entry) => {
    const review = byId.get(entry.nomineeId);
    if (!review || !states.includes(review.state) || !kinds.includes(entry.kind)) return [];
    return [{ entry, review }];
  });
  return { masterVersion: master.version, picks };
}

/** The award to propose: the board's recorded award, else its award decision, else the units' proposal. */
export function awardOf(pick: Chosen): string | undefined {
  return pick.review.awardCode ?? pick.entry.awardDecision ?? pick.entry.award;
}

export interface ListTarget {
  campaignId: string;
  unitId: string;
  kind: NominationKind;
  sheetName: string;
  /** Everything the key must depend on besides the rows (who sends, from which version, which states). */
  keyParts: string[];
  ownKey?: string | undefined;
}

/**
 * Submits the rows as the unit's list of this kind. The key is content-derived (a retry, or sending the same
 * selection again, replays the stored version; a changed selection is a new version).
 */
export async function submitList(
  target: ListTarget,
  rows: EntryRow[],
  principal: Principal,
  deps: SubmitDeps,
): Promise<SentList> {
  const grid = entryGrid(target.kind, rows, target.sheetName);
  const ids = rows.map((r) => r.entry.nomineeId);
  const letter = target.kind === 'individual' ? 'i' : 'c';
  const digest = sha256([...target.keyParts, target.kind, ...ids].join('|')).slice(0, 48);
  const submissionKey = target.ownKey ? `${target.ownKey}:${letter}` : `chain-${letter}-${digest}`;
  const request = {
    campaignId: target.campaignId,
    unitId: target.unitId,
    kind: target.kind,
    grid,
    submissionKey,
  };
  const response = await submitNominations(request, principal, deps);
  return { kind: target.kind, rows: rows.length, nomineeIds: ids, submissionKey, response };
}

export function byKind<T extends { entry: MasterEntry }>(items: T[]): Array<[NominationKind, T[]]> {
  const kinds: NominationKind[] = ['individual', 'collective'];
  return kinds
    .map((kind) => [kind, items.filter((i) => i.entry.kind === kind)] as [NominationKind, T[]])
    .filter(([, list]) => list.length > 0);
}
