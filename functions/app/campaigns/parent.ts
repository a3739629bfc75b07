// A campaign's parent (campaign chains): the parent must exist, the named unit must be a current unit of it, and
// following parents up from it must not come back to this campaign.
import type { ParentCampaign } from '../../../shared/api/admin-campaign';
import { AppError } from '../errors';
import type { CampaignRepository } from '../ports';

const MAX_DEPTH = 8;

export async function checkParent(
  campaigns: CampaignRepository,
  campaignId: string,
  parent: ParentCampaign | undefined,
): Promise<void> {
  if (parent === undefined) return;
  const unit = await campaigns.getUnit(parent.campaignId, parent.unitId);
  if (!unit || unit.status !== 'current') throw new AppError('PARENT_CAMPAIGN_INVALID', 'parent unit');
  let next: string | undefined = parent.campaignId;
  for (let depth = 0; next !== undefined && depth < MAX_DEPTH; depth++) {
    if (next === campaignId) throw new AppError('PARENT_CAMPAIGN_INVALID', 'chain loops');
    const campaign = await campaigns.getCampaign(next);
    if (!campaign) throw new AppError('PARENT_CAMPAIGN_INVALID', `campaign ${next} not found`);
    next = campaign.parent?.campaignId;
  }
}
