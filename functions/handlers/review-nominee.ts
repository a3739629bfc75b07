// HTTP function reviewNominee: POST { campaignId, nomineeId, state, note?, decisionNumber?, decisionDate? } → the stored review (board only).
import { reviewNomineeRequestSchema } from '../../shared/api/reviews';
import { reviewNominee } from '../app/review/review-nominee';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const reviewNomineeHandler = jsonEndpoint(
  {
    name: 'reviewNominee',
    schema: reviewNomineeRequestSchema,
    run: (body, principal) => reviewNominee(body, principal, services()),
  },
  endpointDeps,
);
