// What the council-vote use cases share (voteRound, castBallot): their ports, the council's members, a round by number.
import { AppError } from '../errors';
import type { MemberRepository, VoteRepository, VoteRound } from '../ports';
import type { ReviewNomineesDeps } from './review-nominees';

export type VoteDeps = ReviewNomineesDeps & { votes: VoteRepository; members: MemberRepository };

/** Emails of the campaign's active council members, sorted. */
export async function councilMembers(members: MemberRepository, campaignId: string): Promise<string[]> {
  const all = await members.listCampaignMembers(campaignId);
  return all
    .filter((m) => m.active && m.role === 'council')
    .map((m) => m.email)
    .sort();
}

export async function roundOf(votes: VoteRepository, campaignId: string, n: number): Promise<VoteRound> {
  const round = await votes.getRound(campaignId, n);
  if (!round) throw new AppError('VOTE_ROUND_NOT_FOUND');
  return round;
}

/** What anyone may see of a round without its nominees. */
export function summaryOf(round: VoteRound) {
  const { round: n, title, state, nominees, openedAt, openedBy, closesAt, closedAt } = round;
  return {
    round: n,
    title,
    state,
    nomineeCount: nominees.length,
    openedAt,
    openedBy,
    ...(closesAt === undefined ? {} : { closesAt }),
    ...(closedAt === undefined ? {} : { closedAt }),
  };
}
