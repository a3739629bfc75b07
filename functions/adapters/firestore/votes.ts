// Council voting rounds and their secret ballots (docs/data-model.md "Council vote"):
//   campaigns/{campaignId}/voteRounds/{000001}                 VoteRound (nominee snapshot, state, result)
//   campaigns/{campaignId}/voteRounds/{000001}/ballots/{email}  Ballot (set whole on each change)
import type { Firestore } from 'firebase-admin/firestore';
import { z } from 'zod';
import { ballotVoteSchema, roundNomineeSchema, roundResultSchema } from '../../../shared/api/votes';
import type { Ballot, VoteRepository, VoteRound } from '../../app/ports';
import { call, createOnce } from './errors';
import { asStored } from './master-docs';
import { parseData, parseDoc } from './parse';
import { campaignDoc, pad } from './paths';

const voteRoundSchema = z.object({
  campaignId: z.string(),
  round: z.int().min(1),
  title: z.string(),
  state: z.enum(['open', 'closed']),
  nominees: z.array(roundNomineeSchema),
  masterVersion: z.int(),
  openedBy: z.string(),
  openedAt: z.string(),
  closesAt: z.string().optional(),
  closedBy: z.string().optional(),
  closedAt: z.string().optional(),
  result: roundResultSchema.optional(),
  counted: z.record(z.string(), z.int()).optional(),
});

const ballotSchema = z.object({
  round: z.int().min(1),
  email: z.string(),
  votes: z.array(ballotVoteSchema),
  version: z.int().min(1),
  castAt: z.string(),
});

export class FirestoreVotes implements VoteRepository {
  constructor(private readonly db: Firestore) {}

  private rounds(campaignId: string) {
    return campaignDoc(this.db, campaignId).collection('voteRounds');
  }

  private ballots(campaignId: string, round: number) {
    return this.rounds(campaignId).doc(pad(round)).collection('ballots');
  }

  async createRound(round: VoteRound): Promise<boolean> {
    const ref = this.rounds(round.campaignId).doc(pad(round.round));
    return createOnce('create vote round', () => ref.create(round));
  }

  async getRound(campaignId: string, round: number): Promise<VoteRound | null> {
    const snapshot = await call('get vote round', () => this.rounds(campaignId).doc(pad(round)).get());
    const parsed = parseDoc(voteRoundSchema, snapshot);
    return parsed ? asStored<VoteRound>(parsed) : null;
  }

  async listRounds(campaignId: string): Promise<VoteRound[]> {
    const snapshot = await call('list vote rounds', () => this.rounds(campaignId).orderBy('round').get());
    return snapshot.docs.map((doc) =>
      asStored<VoteRound>(parseData(voteRoundSchema, doc.data(), doc.ref.path)),
    );
  }

  async saveRound(round: VoteRound): Promise<void> {
    const ref = this.rounds(round.campaignId).doc(pad(round.round));
    await call('save vote round', () => ref.set(round));
  }

  async getBallot(campaignId: string, round: number, email: string): Promise<Ballot | null> {
    const snapshot = await call('get ballot', () => this.ballots(campaignId, round).doc(email).get());
    return parseDoc(ballotSchema, snapshot);
  }

  async saveBallot(campaignId: string, ballot: Ballot): Promise<void> {
    const ref = this.ballots(campaignId, ballot.round).doc(ballot.email);
    await call('save ballot', () => ref.set(ballot));
  }

  async listBallots(campaignId: string, round: number): Promise<Ballot[]> {
    const snapshot = await call('list ballots', () => this.ballots(campaignId, round).get());
    return snapshot.docs.map((doc) => parseData(ballotSchema, doc.data(), doc.ref.path));
  }
}
