// Seeds the province super-admin and, through the adminCampaign use case (as that admin), the sample campaign with
// its units and members, unless it already exists.
import { adminCampaign } from '../app/campaigns/admin-campaign';
import type { Services } from '../composition';
import {
  BOARD_EMAIL,
  SEED_ACCOUNTS,
  SEED_CAMPAIGN_ID,
  SEED_MEMBERS,
  SEED_UNITS,
  seedCampaign,
} from './seed-data';

export async function seed(services: Services): Promise<boolean> {
  if (await services.campaigns.getCampaign(SEED_CAMPAIGN_ID)) return false;
  await services.members.saveMembers(SEED_ACCOUNTS);
  const admin = { email: BOARD_EMAIL, role: 'admin' as const, unitIds: [], admin: true };
  const campaign = seedCampaign(services.clock.now());
  const request = { campaignId: SEED_CAMPAIGN_ID, campaign, units: SEED_UNITS, members: SEED_MEMBERS };
  await adminCampaign(request, admin, services);
  return true;
}
