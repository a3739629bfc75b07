// HTTP function consolidationStatus: POST { campaignId, runId } → run progress; the version's figures once done (board only).
import { consolidationStatusRequestSchema } from '../../shared/api/consolidation';
import { consolidationStatus } from '../app/consolidation/consolidation-status';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const consolidationStatusHandler = jsonEndpoint(
  {
    name: 'consolidationStatus',
    schema: consolidationStatusRequestSchema,
    run: (body, principal) => consolidationStatus(body, principal, services()),
  },
  endpointDeps,
);
