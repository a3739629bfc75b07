// lockUnit and the submit guard with in-memory repositories.
import { describe, expect, it } from 'vitest';
import { lockUnit, requireUnlocked } from '../../../../functions/app/campaigns/lock-unit';
import type { Principal } from '../../../../functions/app/ports';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryMasters } from '../../../support/memory/masters';
import { MemoryUnitLocks } from '../../../support/memory/unit-locks';

const BOARD: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };

function world() {
  const campaign = campaignRecordSchema.parse({
    id: 'c1',
    title: 'Đợt',
    eventKind: 'khac',
    deadline: '2026-06-30T17:00:00+07:00',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const unit = {
    id: 'u1',
    name: 'Đơn vị 1',
    kind: 'commune' as const,
    status: 'current' as const,
    legacyIds: [],
  };
  const locks = new MemoryUnitLocks();
  const deps = {
    campaigns: memoryCampaigns(campaign, [unit]),
    masters: new MemoryMasters(),
    locks,
    clock: { now: () => new Date('2026-07-01T00:00:00Z') },
  };
  return { deps, locks };
}

describe('lockUnit', () => {
  it('locks, refuses submissions while locked, answers a repeat unchanged, and reopens', async () => {
    const { deps, locks } = world();
    const locked = await lockUnit({ campaignId: 'c1', unitId: 'u1', action: 'lock' }, BOARD, deps);
    expect(locked).toMatchObject({
      changed: true,
      lock: { locked: true, submissionVersion: null, masterVersion: null },
    });
    await expect(requireUnlocked(locks, 'c1', 'u1')).rejects.toMatchObject({ code: 'UNIT_LOCKED' });
    await expect(requireUnlocked(locks, 'c1', 'u2')).resolves.toBeUndefined();
    expect((await lockUnit({ campaignId: 'c1', unitId: 'u1', action: 'lock' }, BOARD, deps)).changed).toBe(
      false,
    );
    expect(locks.writes).toBe(1);
    const reopened = await lockUnit(
      { campaignId: 'c1', unitId: 'u1', action: 'reopen', note: 'Sửa' },
      BOARD,
      deps,
    );
    expect(reopened.lock).toEqual({
      unitId: 'u1',
      locked: false,
      changedBy: BOARD.email,
      changedAt: '2026-07-01T00:00:00.000Z',
      note: 'Sửa',
    });
    await expect(requireUnlocked(locks, 'c1', 'u1')).resolves.toBeUndefined();
  });

  it('is for the board only, and for units of the campaign', async () => {
    const { deps } = world();
    const unit: Principal = { email: 'u@x.example', role: 'unit', unitIds: ['u1'] };
    await expect(
      lockUnit({ campaignId: 'c1', unitId: 'u1', action: 'lock' }, unit, deps),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_ROLE',
    });
    await expect(
      lockUnit({ campaignId: 'c1', unitId: 'zz', action: 'lock' }, BOARD, deps),
    ).rejects.toMatchObject({
      code: 'UNIT_NOT_IN_CAMPAIGN',
    });
  });
});
