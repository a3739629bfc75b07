// Campaign reads cached per instance for a short time (cold start and every request after it: validateRows and
// submitNominations read the same campaign, province and unit documents on each call). This instance's own writes
// through the repository drop what they touch, so it never reads its own write stale; another instance's write is
// seen after at most `ttlMs`.
import type { ProvinceProfile } from '../../../shared/api/province';
import type { CampaignRecord, CampaignRepository, Clock, UnitRecord } from '../../app/ports';

export const CAMPAIGN_CACHE_TTL_MS = 30_000;

const copy = <T>(value: T): T => structuredClone(value);

interface Entry {
  at: number;
  value: Promise<unknown>;
}

/**
 * A CampaignRepository that keeps reads for `ttlMs` (a failed read is not kept). Each caller gets its own copy, so a
 * use case that changes what it read cannot change what the next request reads.
 */
export function cachedCampaigns(
  inner: CampaignRepository,
  clock: Clock,
  ttlMs = CAMPAIGN_CACHE_TTL_MS,
): CampaignRepository {
  const entries = new Map<string, Entry>();
  const read = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const now = clock.now().getTime();
    const hit = entries.get(key);
    if (hit && now - hit.at < ttlMs) return (hit.value as Promise<T>).then(copy);
    const value = load();
    entries.set(key, { at: now, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value.then(copy);
  };
  const drop = (prefix: string) => {
    for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
  };
  const cached: CampaignRepository = {
    getCampaign: (id) => read<CampaignRecord | null>(`campaign/${id}`, () => inner.getCampaign(id)),
    saveCampaign: async (campaign) => {
      drop(`campaign/${campaign.id}`);
      try {
        await inner.saveCampaign(campaign);
      } finally {
        drop(`campaign/${campaign.id}`);
      }
    },
    getUnit: (campaignId, unitId) =>
      read<UnitRecord | null>(`units/${campaignId}/unit/${unitId}`, () => inner.getUnit(campaignId, unitId)),
    listUnits: (campaignId) =>
      read<UnitRecord[]>(`units/${campaignId}/all`, () => inner.listUnits(campaignId)),
    saveUnits: async (campaignId, units) => {
      drop(`units/${campaignId}/`);
      try {
        await inner.saveUnits(campaignId, units);
      } finally {
        drop(`units/${campaignId}/`);
      }
    },
  };
  return withProvinces(cached, inner, read, drop);
}

/** The optional province reads and writes, cached the same way when the inner repository has them. */
function withProvinces(
  cached: CampaignRepository,
  inner: CampaignRepository,
  read: <T>(key: string, load: () => Promise<T>) => Promise<T>,
  drop: (prefix: string) => void,
): CampaignRepository {
  const { getProvince, saveProvince } = inner;
  if (getProvince)
    cached.getProvince = (id) =>
      read<ProvinceProfile | null>(`province/${id}`, () => getProvince.call(inner, id));
  if (saveProvince)
    cached.saveProvince = async (province) => {
      drop(`province/${province.id}`);
      try {
        await saveProvince.call(inner, province);
      } finally {
        drop(`province/${province.id}`);
      }
    };
  return cached;
}
