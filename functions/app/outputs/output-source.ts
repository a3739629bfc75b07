// What the board's outputs (master spreadsheet, official xlsx files) are made from: a committed master version,
// read only by the board, and every such read recorded in the access log (who, which version, where it went).
import type { MasterVersion } from '../../../shared/consolidation/types';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { masterVersionOf, readVersion } from '../consolidation/master-store';
import type {
  AccessLog,
  CampaignRecord,
  CampaignRepository,
  Clock,
  MasterRepository,
  Principal,
} from '../ports';

export interface OutputSourceDeps {
  campaigns: CampaignRepository;
  masters: MasterRepository;
  accessLog: AccessLog;
  clock: Clock;
  requestId: string;
}

export interface VersionRequest {
  campaignId: string;
  version?: number | undefined;
}

export interface OutputSource {
  campaign: CampaignRecord;
  master: MasterVersion;
}

/** The campaign and its current (or requested) master version; board only, MASTER_NOT_FOUND when there is none. */
export async function boardMasterVersion(
  request: VersionRequest,
  principal: Principal,
  deps: OutputSourceDeps,
): Promise<OutputSource> {
  requireBoard(principal);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  return { campaign, master: masterVersionOf(await readVersion(deps.masters, campaign.id, request.version)) };
}

/** The version before `master` (to name removed nominees), if there is one. */
export async function previousVersion(
  masters: MasterRepository,
  master: MasterVersion,
): Promise<MasterVersion | undefined> {
  if (master.version <= 1) return undefined;
  const previous = await masters.read(master.campaignId, master.version - 1);
  return previous ? masterVersionOf(previous) : undefined;
}

/** One access-log entry for an output of the master list (e.g. "master v3 → spreadsheet …"). */
export async function recordOutput(
  deps: OutputSourceDeps,
  principal: Principal,
  action: string,
  source: OutputSource,
  detail: string,
): Promise<void> {
  await deps.accessLog.record({
    at: deps.clock.now().toISOString(),
    actor: principal.email,
    action,
    campaignId: source.campaign.id,
    requestId: deps.requestId,
    detail: `master v${source.master.version} (${source.master.entries.length} entries) → ${detail}`,
  });
}
