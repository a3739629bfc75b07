// HTTP function reviewNominees (board only): POST { campaignId, version?, reviews: [{ nomineeId, state, note?,
// decisionNumber?, decisionDate?, awardCode? }] } → { campaignId, version, results: [...], saved, unchanged, failed };
// then every nominee returned for completion is mailed to its units (once per review decision).
import { reviewNomineesRequestSchema } from '../../shared/api/reviews';
import { reviewNominees } from '../app/review/review-nominees';
import { services } from '../composition';
import { returnedAfterReview } from '../mail-composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const reviewNomineesHandler = jsonEndpoint(
  {
    name: 'reviewNominees',
    schema: reviewNomineesRequestSchema,
    run: async (body, principal) => {
      const { reviews, ...response } = await reviewNominees(body, principal, services());
      await returnedAfterReview(services(), body.campaignId, reviews);
      return response;
    },
  },
  endpointDeps,
);
