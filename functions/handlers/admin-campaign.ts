// HTTP function adminCampaign (the campaign's board, or a province super-admin): POST { campaignId, campaign?,
// units?, members? }.
import { adminCampaignRequestSchema } from '../../shared/api/admin-campaign';
import { adminCampaign } from '../app/campaigns/admin-campaign';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const adminCampaignHandler = jsonEndpoint(
  {
    name: 'adminCampaign',
    schema: adminCampaignRequestSchema,
    allowAdmin: true,
    run: (body, principal) => adminCampaign(body, principal, services()),
  },
  endpointDeps,
);
