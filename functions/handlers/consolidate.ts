// HTTP function consolidate: POST { campaignId, dryRun?, runId? } → master version figures (board only).
import { consolidateRequestSchema } from '../../shared/api/consolidation';
import { consolidate } from '../app/consolidate';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const consolidateHandler = jsonEndpoint(
  {
    name: 'consolidate',
    schema: consolidateRequestSchema,
    run: (body, principal) => consolidate(body, principal, services()),
  },
  endpointDeps,
);
