// HTTP function reviewNominees (board only): POST { campaignId, version?, reviews: [{ nomineeId, state, note?,
// decisionNumber?, decisionDate?, awardCode? }] } → { campaignId, version, results: [...], saved, unchanged, failed };
// the use case then has every nominee returned for completion mailed to its units (once per review decision).
import { reviewNomineesRequestSchema } from '../../shared/api/reviews';
import { reviewNominees } from '../app/review/review-nominees';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const reviewNomineesHandler = jsonEndpoint(
  {
    name: 'reviewNominees',
    schema: reviewNomineesRequestSchema,
    run: (body, principal) => reviewNominees(body, principal, services()),
  },
  endpointDeps,
);
