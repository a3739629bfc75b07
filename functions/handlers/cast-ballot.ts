// HTTP function castBallot (council members only): POST { campaignId, action: 'read', round? } |
// { campaignId, action: 'cast', round, votes: [{ nomineeId, vote: 'agree' | 'disagree' }] } →
// { campaignId, round (with its nominees), ballot (the caller's own, or null), changed? }.
import { castBallotRequestSchema } from '../../shared/api/votes';
import { castBallot } from '../app/review/cast-ballot';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const castBallotHandler = jsonEndpoint(
  {
    name: 'castBallot',
    schema: castBallotRequestSchema,
    run: (body, principal) => castBallot(body, principal, services()),
  },
  endpointDeps,
);
