// The council vote functions (shared/api/votes.ts): castBallot for council members, voteRound for the board.
import {
  type BallotVote,
  type CastBallotResponse,
  castBallotResponseSchema,
  type VoteRoundResponse,
  voteRoundResponseSchema,
} from '../../../shared/api/votes';
import type { Connection } from '../core/connection';
import { parseAnswer } from './parse';
import { postJson } from './transport';

export function readBallot(connection: Connection): CastBallotResponse {
  const body = { campaignId: connection.campaignId, action: 'read' };
  return parseAnswer(castBallotResponseSchema, postJson(connection, 'castBallot', body));
}

export function sendBallot(connection: Connection, round: number, votes: BallotVote[]): CastBallotResponse {
  const body = { campaignId: connection.campaignId, action: 'cast', round, votes };
  return parseAnswer(castBallotResponseSchema, postJson(connection, 'castBallot', body));
}

export function voteRoundCall(connection: Connection, request: Record<string, unknown>): VoteRoundResponse {
  const body = { campaignId: connection.campaignId, ...request };
  return parseAnswer(voteRoundResponseSchema, postJson(connection, 'voteRound', body));
}
