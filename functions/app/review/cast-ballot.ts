// castBallot (council members only): reads the open round (or the one named) with the caller's own ballot, or casts
// the caller's whole ballot — one vote, đồng ý or không đồng ý, for every nominee of the round. One ballot per member
// per round: casting again replaces it (version + 1) until the round closes; the same ballot again is a retry and
// writes nothing. Nobody but its caster ever reads a ballot back (the tally counts it, vote-close.ts).
import type { BallotVote, CastBallotBody, CastBallotResponse, OwnBallot } from '../../../shared/api/votes';
import { requireCouncil } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { AppError } from '../errors';
import type { Ballot, Principal, VoteRound } from '../ports';
import { roundOf, summaryOf, type VoteDeps } from './vote-deps';

export type CastBallotDeps = Pick<VoteDeps, 'campaigns' | 'votes' | 'clock'>;

export async function castBallot(
  request: CastBallotBody,
  principal: Principal,
  deps: CastBallotDeps,
): Promise<CastBallotResponse> {
  requireCouncil(principal);
  await loadCampaign(deps.campaigns, request.campaignId);
  if (request.action === 'read') return readBallot(request, principal, deps);
  const round = await roundOf(deps.votes, request.campaignId, request.round);
  requireOpen(round, deps.clock.now());
  const votes = ballotVotes(round, request.votes);
  const stored = await deps.votes.getBallot(request.campaignId, round.round, principal.email);
  if (stored && sameVotes(stored.votes, votes)) return answer(request.campaignId, round, stored, false);
  const ballot: Ballot = {
    round: round.round,
    email: principal.email,
    votes,
    version: (stored?.version ?? 0) + 1,
    castAt: deps.clock.now().toISOString(),
  };
  await deps.votes.saveBallot(request.campaignId, ballot);
  await requireCounted(deps, round, ballot);
  return answer(request.campaignId, round, ballot, true);
}

async function readBallot(
  request: Extract<CastBallotBody, { action: 'read' }>,
  principal: Principal,
  deps: CastBallotDeps,
): Promise<CastBallotResponse> {
  const round =
    request.round === undefined
      ? ((await deps.votes.listRounds(request.campaignId)).filter((r) => r.state === 'open').at(-1) ?? null)
      : await roundOf(deps.votes, request.campaignId, request.round);
  if (!round) return { campaignId: request.campaignId, round: null, ballot: null };
  const ballot = await deps.votes.getBallot(request.campaignId, round.round, principal.email);
  return answer(request.campaignId, round, ballot);
}

function requireOpen(round: VoteRound, now: Date): void {
  if (round.state === 'closed') throw new AppError('VOTE_ROUND_CLOSED', `round ${round.round} closed`);
  if (round.closesAt !== undefined && now.getTime() >= Date.parse(round.closesAt))
    throw new AppError('VOTE_ROUND_CLOSED', `round ${round.round} closing time ${round.closesAt} passed`);
}

/** The votes in the round's nominee order; VOTE_BALLOT_INVALID unless each nominee is named exactly once. */
function ballotVotes(round: VoteRound, votes: BallotVote[]): BallotVote[] {
  const byId = new Map(votes.map((v) => [v.nomineeId, v.vote]));
  const complete =
    byId.size === votes.length &&
    votes.length === round.nominees.length &&
    round.nominees.every((n) => byId.has(n.nomineeId));
  if (!complete)
    throw new AppError('VOTE_BALLOT_INVALID', `${votes.length} votes for ${round.nominees.length} nominees`);
  return round.nominees.map((n) => ({ nomineeId: n.nomineeId, vote: byId.get(n.nomineeId) ?? 'disagree' }));
}

function sameVotes(a: BallotVote[], b: BallotVote[]): boolean {
  return a.length === b.length && a.every((v, i) => v.nomineeId === b[i]?.nomineeId && v.vote === b[i]?.vote);
}

/**
 * A close that began between the open check and the write may not have counted this ballot: re-read the round;
 * if it is closed and its count does not hold this version, the ballot is refused (VOTE_ROUND_CLOSED).
 */
async function requireCounted(deps: CastBallotDeps, round: VoteRound, ballot: Ballot): Promise<void> {
  const now = await deps.votes.getRound(round.campaignId, round.round);
  if (!now || now.state === 'open') return;
  if (now.counted?.[ballot.email] === ballot.version) return;
  throw new AppError('VOTE_ROUND_CLOSED', `round ${round.round} closed while the ballot was written`);
}

function answer(
  campaignId: string,
  round: VoteRound,
  ballot: Ballot | null,
  changed?: boolean,
): CastBallotResponse {
  const own: OwnBallot | null = ballot && {
    votes: ballot.votes,
    version: ballot.version,
    castAt: ballot.castAt,
  };
  return {
    campaignId,
    round: { ...summaryOf(round), nominees: round.nominees },
    ballot: own,
    ...(changed === undefined ? {} : { changed }),
  };
}
