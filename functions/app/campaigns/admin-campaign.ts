// adminCampaign (board only): create or update a campaign, write its unit registry and its members. `campaign` is
// a partial update: the fields sent replace the stored ones, the others stay; null clears an optional field. The
// merged campaign is checked as a whole, and every error names its field (path into the request body). The
// evaluation year is set at creation (default: the deadline's and kind's, evaluation-year.ts) and then kept.
import {
  type AdminCampaignRequest,
  type AdminCampaignResponse,
  type CampaignConfig,
  type CampaignPatch,
  type CampaignRecord,
  campaignConfigSchema,
  type MemberRecord,
} from '../../../shared/api/admin-campaign';
import { fieldErrorsOf } from '../../../shared/api/field-errors';
import { AppError, InvalidFieldsError } from '../errors';
import type { CampaignRepository, Clock, MemberRepository, Principal } from '../ports';
import { requireAdministrator } from './access';
import { yearOfDeadline } from './evaluation-year';
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
  requireAdministrator(principal);
  const existing = await deps.campaigns.getCampaign(request.campaignId);
  const campaign = request.campaign ? updated(request, existing, deps.clock.now()) : existing;
  if (!campaign) throw new AppError('CAMPAIGN_NOT_FOUND');
  if (request.campaign) await checkProvince(deps.campaigns, campaign);
  await checkParent(deps.campaigns, request.campaignId, request.campaign?.parent ?? undefined);
  if (request.campaign) await deps.campaigns.saveCampaign(campaign);
  if (request.units) await deps.campaigns.saveUnits(campaign.id, request.units);
  const members = [...(existing ? [] : creatorOf(principal, request)), ...(request.members ?? [])];
  if (members.length > 0) await deps.members.saveCampaignMembers(campaign.id, members);
  return {
    campaign,
    created: existing === null,
    unitsWritten: request.units?.length ?? 0,
    membersWritten: request.members?.length ?? 0,
    updatedFields: Object.keys(request.campaign ?? {}).sort(),
  };
}

/** Creating a campaign makes its creator a board member of it (unless the request sets the creator's role). */
function creatorOf(principal: Principal, request: AdminCampaignRequest): MemberRecord[] {
  if (request.members?.some((m) => m.email === principal.email)) return [];
  return [{ email: principal.email, role: 'board', unitIds: [], active: true }];
}

function updated(request: AdminCampaignRequest, existing: CampaignRecord | null, now: Date): CampaignRecord {
  const merged = mergePatch(existing ? configOf(existing) : {}, request.campaign ?? {});
  const parsed = campaignConfigSchema.safeParse(merged, { reportInput: true });
  if (!parsed.success) throw new InvalidFieldsError(fieldErrorsOf(parsed.error, ['campaign']));
  const at = now.toISOString();
  const evaluationYear = parsed.data.evaluationYear ?? yearOfDeadline(parsed.data);
  return {
    ...parsed.data,
    evaluationYear,
    id: request.campaignId,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
}

/** The stored campaign's config fields (without id and timestamps). */
function configOf(record: CampaignRecord): Partial<CampaignConfig> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...config } = record;
  return config;
}

/** Shallow merge: a field sent replaces the stored one; null removes it. */
export function mergePatch(base: Record<string, unknown>, patch: CampaignPatch): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete merged[field];
    else if (value !== undefined) merged[field] = value;
  }
  return merged;
}

/** A campaign may only name a province profile that exists. */
async function checkProvince(campaigns: CampaignRepository, campaign: CampaignRecord): Promise<void> {
  if (campaign.provinceId === undefined) return;
  const province = campaigns.getProvince ? await campaigns.getProvince(campaign.provinceId) : null;
  if (!province) throw new AppError('PROVINCE_NOT_FOUND', campaign.provinceId);
}
