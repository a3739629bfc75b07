// Cold start: the reads a nomination request will need (campaign, its province profile, the unit) started as soon
// as the body is read, so they run while the caller's role is looked up instead of after it. Results land in the
// per-instance campaign cache (adapters/cache/cached-campaigns.ts), where the use case finds them; nothing is
// answered from here, and a failed read is dropped by the cache and redone (and reported) by the use case.
import type { CampaignRepository } from '../app/ports';

const quiet = () => undefined;

function idOf(value: unknown, key: 'campaignId' | 'unitId'): string | undefined {
  const id = (value as Record<string, unknown> | null)?.[key];
  return typeof id === 'string' && id.length > 0 && id.length <= 128 ? id : undefined;
}

/** Starts the target's reads for the raw (not yet validated) JSON body; returns at once. */
export function prefetchTarget(campaigns: CampaignRepository, value: unknown): void {
  const campaignId = idOf(value, 'campaignId');
  if (campaignId === undefined) return;
  campaigns
    .getCampaign(campaignId)
    .then((campaign) => {
      const provinceId = campaign?.provinceId;
      if (provinceId !== undefined && campaigns.getProvince) return campaigns.getProvince(provinceId);
      return null;
    })
    .catch(quiet);
  const unitId = idOf(value, 'unitId');
  if (unitId !== undefined) campaigns.getUnit(campaignId, unitId).catch(quiet);
}
