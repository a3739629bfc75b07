// Loads the campaign and the unit a nomination request is about, refusing unknown and legacy units.
import { AppError } from '../errors';
import type { CampaignRecord, CampaignRepository, UnitRecord } from '../ports';

export interface Target {
  campaign: CampaignRecord;
  unit: UnitRecord;
}

export async function loadCampaign(
  campaigns: CampaignRepository,
  campaignId: string,
): Promise<CampaignRecord> {
  const campaign = await campaigns.getCampaign(campaignId);
  if (!campaign) throw new AppError('CAMPAIGN_NOT_FOUND');
  return campaign;
}

export async function loadTarget(
  campaigns: CampaignRepository,
  campaignId: string,
  unitId: string,
): Promise<Target> {
  const [campaign, unit] = await Promise.all([
    loadCampaign(campaigns, campaignId),
    campaigns.getUnit(campaignId, unitId),
  ]);
  if (!unit) throw new AppError('UNIT_NOT_IN_CAMPAIGN');
  if (unit.status === 'legacy') throw new AppError('UNIT_LEGACY');
  return { campaign, unit };
}
