// HTTP function carryForward: POST { campaignId, fromCampaignId, states?, kinds? } → each unit's carried lists in
// the receiving campaign (board only).
import { carryForwardRequestSchema } from '../../shared/api/chains';
import { carryForward } from '../app/campaigns/carry-forward';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const carryForwardHandler = jsonEndpoint(
  {
    name: 'carryForward',
    schema: carryForwardRequestSchema,
    run: (body, principal) => carryForward(body, principal, services()),
  },
  endpointDeps,
);
