// Closing a voting round (voteRound close): the round is marked closed first (no ballot is taken from then on),
// then the ballots of the council's active members are counted (vote-tally.ts) and the outcome goes through
// reviewNominees — the same review states, review log and mail path as the board's own decisions: passed →
// approved (an approved or awarded nominee stays as it is), failed → ineligible with the note "Không đạt tỉ lệ
// phiếu tại vòng N". The result is stored on the round last; closing a closed round answers it again.
import type { NomineeReviewRow } from '../../../shared/api/reviews';
import type { NomineeTally, RoundResult } from '../../../shared/api/votes';
import type { CampaignRecord, Principal, VoteRound } from '../ports';
import { reviewNominees } from './review-nominees';
import { councilMembers, roundOf, type VoteDeps } from './vote-deps';
import { percent, tallyRound } from './vote-tally';

export async function closeRound(
  request: { campaignId: string; round: number },
  campaign: CampaignRecord,
  principal: Principal,
  deps: VoteDeps,
): Promise<{ round: VoteRound; changed: boolean }> {
  const found = await roundOf(deps.votes, request.campaignId, request.round);
  if (found.state === 'closed' && found.result) return { round: found, changed: false };
  const closedAt = found.closedAt ?? deps.clock.now().toISOString();
  const closing: VoteRound = { ...found, state: 'closed', closedAt, closedBy: principal.email };
  await deps.votes.saveRound(closing);
  const [members, ballots] = await Promise.all([
    councilMembers(deps.members, request.campaignId),
    deps.votes.listBallots(request.campaignId, request.round),
  ]);
  const { counted, ...tally } = tallyRound({
    nominees: found.nominees,
    members,
    ballots,
    rules: campaign.rules,
  });
  const reviews = await applyReviews(request, closing, tally.nominees, principal, deps);
  const result: RoundResult = {
    ...tally,
    passed: tally.nominees.filter((n) => n.passed).length,
    failed: tally.nominees.filter((n) => !n.passed).length,
    reviews,
    closedAt,
    closedBy: principal.email,
  };
  const closed: VoteRound = { ...closing, result, counted };
  await deps.votes.saveRound(closed);
  return { round: closed, changed: true };
}

async function applyReviews(
  request: { campaignId: string },
  round: VoteRound,
  tallies: NomineeTally[],
  principal: Principal,
  deps: VoteDeps,
): Promise<RoundResult['reviews']> {
  const stored = new Map(
    (await deps.reviews.listNomineeReviews(request.campaignId)).map((r) => [r.nomineeId, r.state]),
  );
  const rows = tallies.flatMap((t): NomineeReviewRow[] => {
    const state = stored.get(t.nomineeId);
    if (t.passed)
      return state === 'approved' || state === 'awarded'
        ? []
        : [{ nomineeId: t.nomineeId, state: 'approved' }];
    return [{ nomineeId: t.nomineeId, state: 'ineligible', note: failedNote(round, t) }];
  });
  if (rows.length === 0) return { saved: 0, unchanged: 0, failed: 0 };
  const { saved, unchanged, failed } = await reviewNominees(
    { campaignId: request.campaignId, reviews: rows },
    principal,
    deps,
  );
  return { saved, unchanged, failed };
}

export function failedNote(round: VoteRound, tally: NomineeTally): string {
  return `Không đạt tỉ lệ phiếu tại vòng ${round.round} (${tally.agree}/${tally.base} đồng ý, ${percent(tally.share)}).`;
}
