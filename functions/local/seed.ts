// Seeds the sample campaign through the adminCampaign use case (as the board), unless it already exists.
import { adminCampaign } from '../app/campaigns/admin-campaign';
import type { Services } from '../composition';
import { BOARD_EMAIL, SEED_CAMPAIGN_ID, SEED_MEMBERS, SEED_UNITS, seedCampaign } from './seed-data';

export async function seed(services: Services): Promise<boolean> {
  if (await services.campaigns.getCampaign(SEED_CAMPAIGN_ID)) return false;
  await services.members.saveMembers(SEED_MEMBERS);
  const board = { email: BOARD_EMAIL, role: 'board' as const, unitIds: [] };
  const campaign = seedCampaign(services.clock.now());
  await adminCampaign({ campaignId: SEED_CAMPAIGN_ID, campaign, units: SEED_UNITS }, board, services);
  return true;
}
