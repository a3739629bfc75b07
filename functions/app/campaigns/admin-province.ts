// adminProvince (a province super-admin): create, replace or read a province rule profile. Campaigns naming the province
// (campaign.provinceId) inherit its rules and override what they set themselves (rules-in-force.ts).
import type { AdminProvinceRequest, AdminProvinceResponse } from '../../../shared/api/province';
import { AppError } from '../errors';
import type { CampaignRepository, Clock, Principal } from '../ports';
import { requireProvinceAdmin } from './access';

export interface AdminProvinceDeps {
  campaigns: CampaignRepository;
  clock: Clock;
}

export async function adminProvince(
  request: AdminProvinceRequest,
  principal: Principal,
  deps: AdminProvinceDeps,
): Promise<AdminProvinceResponse> {
  requireProvinceAdmin(principal);
  const { getProvince, saveProvince } = deps.campaigns;
  if (!getProvince || !saveProvince) throw new AppError('INTERNAL', 'campaign repository without provinces');
  const existing = await getProvince.call(deps.campaigns, request.provinceId);
  if (!request.profile) {
    if (!existing) throw new AppError('PROVINCE_NOT_FOUND', request.provinceId);
    return { province: existing, created: false };
  }
  const at = deps.clock.now().toISOString();
  const province = {
    ...request.profile,
    id: request.provinceId,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    updatedBy: principal.email,
  };
  await saveProvince.call(deps.campaigns, province);
  return { province, created: existing === null };
}
