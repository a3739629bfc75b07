// lockUnit (board only): lock a unit's accepted list once reviewed (submitNominations then refuses UNIT_LOCKED for
// that unit), or reopen it. The lock records who, when, the board's note, and the unit's submission and master
// versions at the time of locking; campaignStatus shows it per unit. Repeating an action changes nothing.
import type { LockUnitRequest, LockUnitResponse, UnitLock } from '../../../shared/api/campaign-status';
import { AppError } from '../errors';
import type { CampaignRepository, Clock, MasterRepository, Principal, UnitLockRepository } from '../ports';
import { requireBoard } from './access';
import { loadTarget } from './load-target';

export interface LockDeps {
  campaigns: CampaignRepository;
  masters: MasterRepository;
  locks: UnitLockRepository;
  clock: Clock;
}

export async function lockUnit(
  request: LockUnitRequest,
  principal: Principal,
  deps: LockDeps,
): Promise<LockUnitResponse> {
  requireBoard(principal);
  const { campaignId, unitId } = request;
  await loadTarget(deps.campaigns, campaignId, unitId);
  const current = await deps.locks.getLock(campaignId, unitId);
  const locked = request.action === 'lock';
  if (current && current.locked === locked) return { campaignId, lock: current, changed: false };
  const lock = await lockOf(request, principal, deps);
  await deps.locks.saveLock(campaignId, lock);
  return { campaignId, lock, changed: true };
}

async function lockOf(request: LockUnitRequest, principal: Principal, deps: LockDeps): Promise<UnitLock> {
  const base = {
    unitId: request.unitId,
    locked: request.action === 'lock',
    changedBy: principal.email,
    changedAt: deps.clock.now().toISOString(),
    ...(request.note ? { note: request.note } : {}),
  };
  if (!base.locked) return base;
  const head = await deps.masters.latest(request.campaignId);
  return {
    ...base,
    submissionVersion: head?.unitVersions[request.unitId] ?? null,
    masterVersion: head?.version ?? null,
  };
}

/** For submitNominations: refuses a unit whose list the board has locked. */
export async function requireUnlocked(
  locks: UnitLockRepository | undefined,
  campaignId: string,
  unitId: string,
): Promise<void> {
  if ((await locks?.getLock(campaignId, unitId))?.locked) throw new AppError('UNIT_LOCKED');
}
