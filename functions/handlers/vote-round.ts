// HTTP function voteRound (board only): POST { campaignId, action: 'open', nomineeIds?, title?, closesAt? } |
// { action: 'status', round? } | { action: 'close', round } | { action: 'minutes', round, date? } →
// { campaignId, action, changed?, round, rounds?, files? }. Turnout while open, counts once closed, never a ballot.
import { voteRoundRequestSchema } from '../../shared/api/votes';
import { voteRound } from '../app/review/vote-round';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const voteRoundHandler = jsonEndpoint(
  {
    name: 'voteRound',
    schema: voteRoundRequestSchema,
    run: (body, principal) => voteRound(body, principal, { ...services(), render: services().xlsx.render }),
  },
  endpointDeps,
);
