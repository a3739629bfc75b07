// voteRound (board only): opens a council voting round on chosen entries of the latest master version (default:
// every approved one), shows its status, closes it (tally → review states, vote-close.ts) and produces its minutes
// (vote-minutes.ts). One open round per campaign at a time; opening the same nominees again while that round is open
// is a retry and answers the open round. While open the board sees turnout (who has voted), never a count; once
// closed, the counts per nominee — never an individual ballot.
import type { RoundNominee, RoundStatus, VoteRoundBody, VoteRoundResponse } from '../../../shared/api/votes';
import { MAX_ROUND_NOMINEES, ROUND_ACHIEVEMENTS_MAX } from '../../../shared/api/votes';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { readVersion, type StoredEntry } from '../consolidation/master-store';
import { AppError } from '../errors';
import { awardLabel, finalAward } from '../outputs/labels';
import type { Principal, VoteRepository, VoteRound } from '../ports';
import { closeRound } from './vote-close';
import { councilMembers, roundOf, summaryOf, type VoteDeps } from './vote-deps';
import { roundMinutes, type VoteMinutesDeps } from './vote-minutes';

export type VoteRoundDeps = VoteDeps & VoteMinutesDeps;

type OpenBody = Extract<VoteRoundBody, { action: 'open' }>;

export async function voteRound(
  request: VoteRoundBody,
  principal: Principal,
  deps: VoteRoundDeps,
): Promise<VoteRoundResponse> {
  requireBoard(principal);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const base = { campaignId: request.campaignId, action: request.action };
  switch (request.action) {
    case 'open':
      return { ...base, ...(await openRound(request, principal, deps)) };
    case 'status':
      return { ...base, ...(await roundsStatus(deps, request.campaignId, request.round)) };
    case 'close': {
      const { round, changed } = await closeRound(request, campaign, principal, deps);
      return { ...base, changed, round: await statusOf(deps, round) };
    }
    case 'minutes': {
      const round = await closedRound(deps.votes, request.campaignId, request.round);
      const files = await roundMinutes(round, campaign, request.date, deps);
      return { ...base, round: await statusOf(deps, round), files };
    }
  }
}

async function openRound(
  request: OpenBody,
  principal: Principal,
  deps: VoteDeps,
): Promise<Pick<VoteRoundResponse, 'round' | 'changed'>> {
  const { campaignId } = request;
  const [head, rounds, council] = await Promise.all([
    deps.masters.latest(campaignId),
    deps.votes.listRounds(campaignId),
    councilMembers(deps.members, campaignId),
  ]);
  if (!head) throw new AppError('MASTER_NOT_FOUND');
  const master = await readVersion(deps.masters, campaignId, head.version);
  const approved = new Set(
    (await deps.reviews.listNomineeReviews(campaignId))
      .filter((r) => r.state === 'approved')
      .map((r) => r.nomineeId),
  );
  const entries = chosenEntries(master.entries as StoredEntry[], request.nomineeIds, approved);
  const open = rounds.find((r) => r.state === 'open');
  if (open) {
    if (sameNominees(open, entries)) return { changed: false, round: await statusOf(deps, open) };
    throw new AppError('VOTE_ROUND_ALREADY_OPEN', `round ${open.round} is open`);
  }
  if (council.length === 0) throw new AppError('VOTE_NO_COUNCIL');
  const unitNames = new Map((await deps.campaigns.listUnits(campaignId)).map((u) => [u.id, u.name]));
  const round = await createNext(deps.votes, rounds, (n) => ({
    campaignId,
    round: n,
    title: request.title ?? `Vòng ${n}`,
    state: 'open',
    nominees: entries.map((e) => roundNominee(e, unitNames)),
    masterVersion: head.version,
    openedBy: principal.email,
    openedAt: deps.clock.now().toISOString(),
    ...(request.closesAt === undefined ? {} : { closesAt: new Date(request.closesAt).toISOString() }),
  }));
  return { changed: true, round: await statusOf(deps, round) };
}

/** The named entries (NOMINEE_NOT_FOUND for any other), or every entry approved now when none are named. */
function chosenEntries(
  entries: StoredEntry[],
  nomineeIds: string[] | undefined,
  approvedIds: Set<string>,
): StoredEntry[] {
  if (nomineeIds === undefined) {
    const approved = entries.filter((e) => approvedIds.has(e.nomineeId));
    if (approved.length === 0) throw new AppError('VOTE_NO_NOMINEES');
    if (approved.length > MAX_ROUND_NOMINEES)
      throw new AppError('VOTE_ROUND_TOO_LARGE', `${approved.length} approved entries`);
    return approved;
  }
  const byId = new Map(entries.map((e) => [e.nomineeId, e]));
  return [...new Set(nomineeIds)].map((id) => {
    const entry = byId.get(id);
    if (!entry) throw new AppError('NOMINEE_NOT_FOUND', `nominee ${id} not in the latest master version`);
    return entry;
  });
}

function sameNominees(round: VoteRound, entries: StoredEntry[]): boolean {
  const ids = new Set(round.nominees.map((n) => n.nomineeId));
  return ids.size === entries.length && entries.every((e) => ids.has(e.nomineeId));
}

/** create() of the next number; a number taken meanwhile by another opener is skipped (at most 5 tries). */
async function createNext(
  votes: VoteRepository,
  rounds: VoteRound[],
  make: (n: number) => VoteRound,
): Promise<VoteRound> {
  let n = Math.max(0, ...rounds.map((r) => r.round)) + 1;
  for (let attempt = 0; attempt < 5; attempt++, n++) {
    const round = make(n);
    if (await votes.createRound(round)) return round;
  }
  throw new AppError('VOTE_ROUND_ALREADY_OPEN', 'round numbers taken concurrently');
}

export function roundNominee(entry: StoredEntry, unitNames: Map<string, string>): RoundNominee {
  const awardCode = finalAward(entry) ?? entry.proposedAwards[0] ?? '';
  const units = [...new Set(entry.sources.map((s) => unitNames.get(s.unitId) ?? s.unitName ?? s.unitId))];
  return {
    nomineeId: entry.nomineeId,
    kind: entry.kind,
    displayName: entry.displayName,
    units,
    awardCode,
    awardLabel: awardCode === '' ? '' : awardLabel(awardCode),
    achievements: (entry.achievements ?? '').slice(0, ROUND_ACHIEVEMENTS_MAX),
  };
}

async function closedRound(votes: VoteRepository, campaignId: string, n: number): Promise<VoteRound> {
  const round = await roundOf(votes, campaignId, n);
  if (round.state !== 'closed' || !round.result) throw new AppError('VOTE_ROUND_OPEN');
  return round;
}

async function roundsStatus(
  deps: VoteDeps,
  campaignId: string,
  n: number | undefined,
): Promise<Pick<VoteRoundResponse, 'round' | 'rounds'>> {
  const rounds = await deps.votes.listRounds(campaignId);
  const chosen = n === undefined ? rounds.at(-1) : rounds.find((r) => r.round === n);
  if (n !== undefined && !chosen) throw new AppError('VOTE_ROUND_NOT_FOUND');
  return {
    round: chosen ? await statusOf(deps, chosen) : null,
    rounds: rounds.map(summaryOf).reverse(),
  };
}

/** Turnout (who has voted) from the ballots' owners; the votes themselves are not read into the answer. */
async function statusOf(deps: VoteDeps, round: VoteRound): Promise<RoundStatus> {
  const [council, ballots] = await Promise.all([
    councilMembers(deps.members, round.campaignId),
    deps.votes.listBallots(round.campaignId, round.round),
  ]);
  const cast = new Set(ballots.map((b) => b.email));
  return {
    ...summaryOf(round),
    nominees: round.nominees,
    members: council.length,
    voted: council.filter((m) => cast.has(m)),
    notVoted: council.filter((m) => !cast.has(m)),
    ...(round.state === 'closed' && round.result ? { result: round.result } : {}),
  };
}
