// Loads the campaign and the unit a nomination request is about, refusing unknown and legacy units. The campaign
// comes with the rules in force: its own merged over its province profile's (rules-in-force.ts).
import type { ProvinceProfile, RulesInForce } from '../../../shared/api/province';
import { AppError } from '../errors';
import type { CampaignRecord, CampaignRepository, UnitRecord } from '../ports';
import { rulesInForce, withRulesInForce } from './rules-in-force';

export interface Target {
  campaign: CampaignRecord;
  unit: UnitRecord;
}

export async function loadCampaign(
  campaigns: CampaignRepository,
  campaignId: string,
): Promise<CampaignRecord> {
  return (await loadCampaignRules(campaigns, campaignId)).campaign;
}

/** The campaign with its rules in force, and those rules with where each came from (campaignStatus). */
export async function loadCampaignRules(
  campaigns: CampaignRepository,
  campaignId: string,
): Promise<{ campaign: CampaignRecord; rules: RulesInForce }> {
  const stored = await campaigns.getCampaign(campaignId);
  if (!stored) throw new AppError('CAMPAIGN_NOT_FOUND');
  const province = await provinceOf(campaigns, stored);
  return { campaign: withRulesInForce(stored, province), rules: rulesInForce(stored, province) };
}

/** The campaign's province profile, or null (none named, or no longer stored: the campaign's rules alone apply). */
export async function provinceOf(
  campaigns: CampaignRepository,
  campaign: CampaignRecord,
): Promise<ProvinceProfile | null> {
  if (campaign.provinceId === undefined || !campaigns.getProvince) return null;
  return campaigns.getProvince(campaign.provinceId);
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
