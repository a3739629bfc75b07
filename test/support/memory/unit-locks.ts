// In-memory UnitLockRepository for use-case tests; checked by the same contract suite as the Firestore adapter
// (test/support/contracts/unit-locks.ts).
import type { UnitLock, UnitLockRepository } from '../../../functions/app/ports';

export class MemoryUnitLocks implements UnitLockRepository {
  /** campaignId → unitId → lock. */
  readonly locks = new Map<string, Map<string, UnitLock>>();
  writes = 0;

  async getLock(campaignId: string, unitId: string) {
    const found = this.locks.get(campaignId)?.get(unitId);
    return found ? structuredClone(found) : null;
  }
  async listLocks(campaignId: string) {
    const list = [...(this.locks.get(campaignId)?.values() ?? [])].map((l) => structuredClone(l));
    return list.sort((a, b) => a.unitId.localeCompare(b.unitId));
  }
  async saveLock(campaignId: string, lock: UnitLock) {
    this.writes++;
    const own = this.locks.get(campaignId) ?? new Map<string, UnitLock>();
    own.set(lock.unitId, structuredClone(lock));
    this.locks.set(campaignId, own);
  }
}
