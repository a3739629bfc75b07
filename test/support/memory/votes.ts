// In-memory VoteRepository for use-case tests; checked by the same contract suite as the Firestore adapter
// (test/support/contracts/votes.ts).
import type { Ballot, VoteRepository, VoteRound } from '../../../functions/app/ports';

export class MemoryVotes implements VoteRepository {
  /** `${campaignId}|${round}` → round. */
  readonly rounds = new Map<string, VoteRound>();
  /** `${campaignId}|${round}` → email → ballot. */
  readonly ballots = new Map<string, Map<string, Ballot>>();
  /** Every ballot read (getBallot, listBallots), for secrecy checks. */
  readonly ballotReads: string[] = [];

  async createRound(round: VoteRound) {
    const key = `${round.campaignId}|${round.round}`;
    if (this.rounds.has(key)) return false;
    this.rounds.set(key, structuredClone(round));
    return true;
  }
  async getRound(campaignId: string, round: number) {
    const found = this.rounds.get(`${campaignId}|${round}`);
    return found ? structuredClone(found) : null;
  }
  async listRounds(campaignId: string) {
    return [...this.rounds.values()]
      .filter((r) => r.campaignId === campaignId)
      .sort((a, b) => a.round - b.round)
      .map((r) => structuredClone(r));
  }
  async saveRound(round: VoteRound) {
    this.rounds.set(`${round.campaignId}|${round.round}`, structuredClone(round));
  }
  async getBallot(campaignId: string, round: number, email: string) {
    this.ballotReads.push(`get ${email}`);
    const found = this.ballots.get(`${campaignId}|${round}`)?.get(email);
    return found ? structuredClone(found) : null;
  }
  async saveBallot(campaignId: string, ballot: Ballot) {
    const key = `${campaignId}|${ballot.round}`;
    const own = this.ballots.get(key) ?? new Map<string, Ballot>();
    own.set(ballot.email, structuredClone(ballot));
    this.ballots.set(key, own);
  }
  async listBallots(campaignId: string, round: number) {
    this.ballotReads.push('list');
    const own = this.ballots.get(`${campaignId}|${round}`);
    return [...(own?.values() ?? [])]
      .sort((a, b) => a.email.localeCompare(b.email))
      .map((b) => structuredClone(b));
  }
}
