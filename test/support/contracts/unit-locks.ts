// The contract of UnitLockRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { UnitLock, UnitLockRepository } from '../../../functions/app/ports';
import { uniqueId } from './ids';

export function unitLocksContract(make: () => UnitLockRepository): void {
  it('reads a lock back per campaign and unit, replaces it on save, lists a campaign’s locks by unit', async () => {
    const repo = make();
    const [a, b] = [uniqueId('lock-a'), uniqueId('lock-b')];
    const lock: UnitLock = {
      unitId: 'so-y-te',
      locked: true,
      changedBy: 'board@langson.example',
      changedAt: '2026-12-01T02:00:00.000Z',
      submissionVersion: 3,
      masterVersion: 2,
    };
    expect(await repo.getLock(a, 'so-y-te')).toBeNull();
    await repo.saveLock(a, lock);
    await repo.saveLock(a, { ...lock, unitId: 'so-giao-duc' });
    expect(await repo.getLock(a, 'so-y-te')).toEqual(lock);
    expect(await repo.getLock(b, 'so-y-te')).toBeNull();
    const reopened = { ...lock, locked: false, note: 'Mở lại để bổ sung.' };
    await repo.saveLock(a, reopened);
    expect(await repo.getLock(a, 'so-y-te')).toEqual(reopened);
    const units = (await repo.listLocks(a)).map((l) => l.unitId).sort();
    expect(units).toEqual(['so-giao-duc', 'so-y-te']);
    expect(await repo.listLocks(b)).toEqual([]);
  });
}
