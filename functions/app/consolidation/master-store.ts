// Finding a master version through the MasterRepository: the requested one or the latest, MASTER_NOT_FOUND when
// there is none. How versions are stored is the repository's business.
import type { MasterVersion } from '../../../shared/consolidation/types';
import { AppError } from '../errors';
import type { MasterRepository, MasterVersionInfo, MasterVersionRecord } from '../ports';

export type { StoredEntry } from '../ports';

/** The requested version's description, or the latest one's; MASTER_NOT_FOUND when there is none. */
export async function findVersion(
  masters: MasterRepository,
  campaignId: string,
  version: number | undefined,
): Promise<MasterVersionInfo> {
  const info =
    version === undefined ? await masters.latest(campaignId) : await masters.info(campaignId, version);
  if (!info) throw new AppError('MASTER_NOT_FOUND');
  return info;
}

/** The whole requested (or latest) version; MASTER_NOT_FOUND when there is none. */
export async function readVersion(
  masters: MasterRepository,
  campaignId: string,
  version: number | undefined,
): Promise<MasterVersionRecord> {
  const info = await findVersion(masters, campaignId, version);
  const master = await masters.read(campaignId, info.version);
  if (!master) throw new AppError('MASTER_NOT_FOUND');
  return master;
}

/** The consolidation core's view of a stored version (without who built it from what). */
export function masterVersionOf(record: MasterVersionRecord): MasterVersion {
  const { campaignId, version, createdAt, entries, duplicates, changes, stats, totals, unitVersions } =
    record;
  const invalid = record.invalidEntries?.length ? { invalidEntries: record.invalidEntries } : {};
  return {
    campaignId,
    version,
    createdAt,
    entries,
    ...invalid,
    duplicates,
    changes,
    stats,
    totals,
    unitVersions,
  };
}
