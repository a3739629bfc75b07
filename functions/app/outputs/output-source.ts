// What the board's outputs (master spreadsheet, official xlsx files) are made from: a committed master version,
// read only by the board, and every such read recorded in the access log (who, which version, where it went).
import type { MasterVersion } from '../../../shared/consolidation/types';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { findManifest, loadVersion } from '../consolidation/master-store';
import type {
  AccessLog,
  CampaignRecord,
  CampaignRepository,
  Clock,
  MasterManifest,
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
  manifest: MasterManifest;
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
  const manifest = await findManifest(deps.masters, campaign.id, request.version);
  return { campaign, manifest, master: await loadVersion(deps.masters, manifest) };
}

/** The version before `manifest` (to name removed nominees), if there is one. */
export async function previousVersion(
  masters: MasterRepository,
  manifest: MasterManifest,
): Promise<MasterVersion | undefined> {
  if (manifest.version <= 1) return undefined;
  const previous = await masters.getManifest(manifest.campaignId, manifest.version - 1);
  return previous ? loadVersion(masters, previous) : undefined;
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
    detail: `master v${source.manifest.version} (${source.master.entries.length} entries) → ${detail}`,
  });
}
