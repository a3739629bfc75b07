// consolidationStatus (board only): the run's status document (stage, done/total, progress); once done, the
// figures of the master version it produced. A run whose document has not moved for STALE_MS is reported failed
// (its writer died; the previous master version is untouched and a new run completes the work).
import type {
  ConsolidationStatusRequest,
  ConsolidationStatusResponse,
} from '../../../shared/api/consolidation';
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
import { STAGE_MESSAGES } from './progress';
import { resultOf } from './summary';

export interface StatusRunDeps {
  campaigns: CampaignRepository;
  runs: RunRepository;
  masters: MasterRepository;
  clock: Clock;
  staleMs?: number;
}

const STALE_MS = 10 * 60_000;

export async function consolidationStatus(
  request: ConsolidationStatusRequest,
  principal: Principal,
  deps: StatusRunDeps,
): Promise<ConsolidationStatusResponse> {
  requireBoard(principal);
  await loadCampaign(deps.campaigns, request.campaignId);
  const run = await deps.runs.getRun(request.campaignId, request.runId);
  if (!run) throw new AppError('RUN_NOT_FOUND');
  const shown = isStale(run, deps) ? stalled(run) : run;
  const { startedBy: _by, reused, ...status } = shown;
  if (shown.state !== 'done' || shown.masterVersion === null) return status;
  const info = await deps.masters.info(run.campaignId, shown.masterVersion);
  return info ? { ...status, result: resultOf(info, reused, false) } : status;
}

function isStale(run: RunRecord, deps: StatusRunDeps): boolean {
  const age = deps.clock.now().getTime() - Date.parse(run.updatedAt);
  return run.state === 'running' && age > (deps.staleMs ?? STALE_MS);
}

function stalled(run: RunRecord): RunRecord {
  return { ...run, state: 'failed', stage: 'failed', message: STAGE_MESSAGES.failed };
}
