// HTTP function reviewDuplicates: POST { campaignId, groupId?, memberKeys, decision } → the stored decision (board only).
import { reviewDuplicatesRequestSchema } from '../../shared/api/reviews';
import { reviewDuplicates } from '../app/review/review-duplicates';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const reviewDuplicatesHandler = jsonEndpoint(
  {
    name: 'reviewDuplicates',
    schema: reviewDuplicatesRequestSchema,
    run: (body, principal) => reviewDuplicates(body, principal, services()),
  },
  endpointDeps,
);
