// HTTP function campaignStatus: POST { campaignId, unitId? } → per-unit status, totals and on-time rate.
import { campaignStatusRequestSchema } from '../../shared/api/campaign-status';
import { campaignStatus } from '../app/campaigns/campaign-status';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const campaignStatusHandler = jsonEndpoint(
  {
    name: 'campaignStatus',
    schema: campaignStatusRequestSchema,
    run: (body, principal, requestId) => campaignStatus(body, principal, { ...services(), requestId }),
  },
  endpointDeps,
);
