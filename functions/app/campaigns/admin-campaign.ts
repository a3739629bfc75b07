// adminCampaign (board only): create or update a campaign, write its unit registry and its members.
import type {
  AdminCampaignRequest,
  AdminCampaignResponse,
  CampaignRecord,
} from '../../../shared/api/admin-campaign';
import { AppError } from '../errors';
import type { CampaignRepository, Clock, MemberRepository, Principal } from '../ports';
import { requireBoard } from './access';
import { checkParent } from './parent';

export interface AdminDeps {
  campaigns: CampaignRepository;
  members: MemberRepository;
  clock: Clock;
}

export async function adminCampaign(
  request: AdminCampaignRequest,
  principal: Principal,
  deps: AdminDeps,
): Promise<AdminCampaignResponse> {
  requireBoard(principal);
  const existing = await deps.campaigns.getCampaign(request.campaignId);
  const campaign = request.campaign ? upserted(request, existing, deps.clock.now()) : existing;
  if (!campaign) throw new AppError('CAMPAIGN_NOT_FOUND');
  await checkParent(deps.campaigns, request.campaignId, request.campaign?.parent);
  if (request.campaign) await deps.campaigns.saveCampaign(campaign);
  if (request.units) await deps.campaigns.saveUnits(campaign.id, request.units);
  if (request.members) await deps.members.saveMembers(request.members);
  return {
    campaign,
    created: existing === null,
    unitsWritten: request.units?.length ?? 0,
    membersWritten: request.members?.length ?? 0,
  };
}

function upserted(
  request: AdminCampaignRequest,
  existing: CampaignRecord | null,
  now: Date,
): CampaignRecord | null {
  if (!request.campaign) return existing;
  const at = now.toISOString();
  return { ...request.campaign, id: request.campaignId, createdAt: existing?.createdAt ?? at, updatedAt: at };
}
