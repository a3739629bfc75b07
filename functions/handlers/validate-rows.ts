// HTTP function validateRows: POST { campaignId, unitId, kind, grid } → { issues, summary }. Stores nothing.
import { validateRowsRequestSchema } from '../../shared/api/nominations';
import { validateRows } from '../app/submissions/validate-rows';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';
import { prefetchTarget } from './prefetch';

export const validateRowsHandler = jsonEndpoint(
  {
    name: 'validateRows',
    schema: validateRowsRequestSchema,
    run: (body, principal) => validateRows(body, principal, services()),
    prefetch: (value) => prefetchTarget(services().campaigns, value),
  },
  endpointDeps,
);
