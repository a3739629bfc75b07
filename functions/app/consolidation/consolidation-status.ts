// consolidationStatus (board only): the run's status document (stage, done/total, progress); once done, the
// figures of the master version it produced. A running run refreshes its document every HEARTBEAT_MS; one whose
// heartbeat is older than STALE_MS is reported failed with RUN_INTERRUPTED (its writer died; the previous master
// version is untouched and a new run completes the work).
import type {
  ConsolidationStatusRequest,
  ConsolidationStatusResponse,
} from '../../../shared/api/consolidation';
import { API_ERRORS } from '../../../shared/api/errors';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { AppError } from '../errors';
import type {
  CampaignRepository,
  Clock,
  MasterRepository,
  Principal,
  RunRecord,
  RunRepository,
} from '../ports';
import { HEARTBEAT_MS, STAGE_MESSAGES } from './progress';
import { resultOf } from './summary';

export interface StatusRunDeps {
  campaigns: CampaignRepository;
  runs: RunRepository;
  masters: MasterRepository;
  clock: Clock;
  staleMs?: number;
}

/** Twelve missed heartbeats. */
export const STALE_MS = 12 * HEARTBEAT_MS;

export async function consolidationStatus(
  request: ConsolidationStatusRequest,
  principal: Principal,
  deps: StatusRunDeps,
): Promise<ConsolidationStatusResponse> {
  requireBoard(principal);
  await loadCampaign(deps.campaigns, request.campaignId);
  const run = await deps.runs.getRun(request.campaignId, request.runId);
  if (!run) throw new AppError('RUN_NOT_FOUND');
  const shown = isStale(run, deps) ? interrupted(run) : run;
  const { startedBy: _by, reused, ...status } = shown;
  if (shown.state !== 'done' || shown.masterVersion === null) return status;
  const info = await deps.masters.info(run.campaignId, shown.masterVersion);
  return info ? { ...status, result: resultOf(info, reused, false) } : status;
}

function isStale(run: RunRecord, deps: StatusRunDeps): boolean {
  const age = deps.clock.now().getTime() - Date.parse(run.updatedAt);
  return run.state === 'running' && age > (deps.staleMs ?? STALE_MS);
}

/** The run as failed by an interruption (also used by the local stack for the runs of a previous process). */
export function interrupted(run: RunRecord): RunRecord {
  const { message } = API_ERRORS.RUN_INTERRUPTED;
  return { ...run, state: 'failed', stage: 'failed', message, error: { code: 'RUN_INTERRUPTED', message } };
}
