// consolidate as a use case on in-memory ports (test/support/memory/, each checked by the same contract suite as its
// Firestore adapter): versions built from the latest submissions, reuse when nothing changed, replays, dry runs,
// reviews carried into the next version, and a version number taken by concurrent runs. Over HTTP on the embedded
// emulator: test/integration/consolidation*.test.ts.
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../../functions/app/consolidation/consolidate';
import { AppError } from '../../../../functions/app/errors';
import { reviewNominee } from '../../../../functions/app/review/review-nominee';
import { BOARD, CAMPAIGN, memoryWorld } from './support/memory-world';

const codeOf = (run: Promise<unknown>) =>
  run.then(
    () => 'none',
    (e: unknown) => (e instanceof AppError ? e.code : `other: ${String(e)}`),
  );

const run = (
  world: Awaited<ReturnType<typeof memoryWorld>>,
  over: { dryRun?: boolean; runId?: string } = {},
) => consolidate({ campaignId: CAMPAIGN, dryRun: false, ...over }, BOARD, world);

describe('consolidate (use case, in-memory ports)', () => {
  it('builds version 1 from every unit, stores it whole, and records the run as done', async () => {
    const world = await memoryWorld(6, 5);
    const result = await run(world);
    expect(result).toMatchObject({
      masterVersion: 1,
      reused: false,
      dryRun: false,
      state: 'done',
      progress: 1,
    });
    expect(result.totals.units).toBe(6);
    expect(result.totals.duplicateGroups).toBeGreaterThan(0);
    const stored = await world.masters.read(CAMPAIGN, 1);
    expect(stored?.entries).toHaveLength(result.totals.entries);
    expect(stored?.byUnit.map((u) => u.unitId)).toEqual(world.unitIds);
    expect(await world.runs.getRun(CAMPAIGN, result.runId)).toMatchObject({
      state: 'done',
      masterVersion: 1,
    });
  });

  it('reuses the current version when nothing changed, and builds the next one after a unit resubmits', async () => {
    const world = await memoryWorld(4, 5);
    await run(world);
    const again = await run(world);
    expect(again).toMatchObject({ masterVersion: 1, reused: true });
    expect(again.changes).toEqual({ added: [], removed: [], changed: [], newDuplicateGroups: [] });
    expect(await world.masters.latest(CAMPAIGN)).toMatchObject({ version: 1 });
    await world.submit(3, 5, (row, i) =>
      i < 3 ? [row[0], row[1], row[2], row[3], row[4], row[5], 'Chiến sĩ thi đua cơ sở'] : row,
    );
    const next = await run(world);
    expect(next).toMatchObject({ masterVersion: 2, reused: false });
    expect(next.changes).toMatchObject({ added: [], removed: [] });
    expect(next.changes.changed).toHaveLength(3);
    expect((await world.masters.read(CAMPAIGN, 1))?.entries).toHaveLength(again.totals.entries);
  });

  it('stores nothing on a dry run', async () => {
    const world = await memoryWorld(3, 4);
    const dry = await run(world, { dryRun: true });
    expect(dry).toMatchObject({ masterVersion: 1, dryRun: true, reused: false });
    expect(await world.masters.latest(CAMPAIGN)).toBeNull();
    expect(await world.runs.getRun(CAMPAIGN, dry.runId)).toBeNull();
  });

  it('answers a finished runId with its stored result, building nothing', async () => {
    const world = await memoryWorld(3, 4);
    const first = await run(world, { runId: 'run-fixed-01' });
    await world.submit(1, 7);
    const replayed = await run(world, { runId: 'run-fixed-01' });
    expect(replayed).toEqual(first);
    expect(await world.masters.latest(CAMPAIGN)).toMatchObject({ version: 1 });
  });

  it('carries the board review of a nominee into the next version', async () => {
    const world = await memoryWorld(3, 4);
    await run(world);
    const entry = (await world.masters.read(CAMPAIGN, 1))?.entries[0];
    if (!entry) throw new Error('no entry');
    const body = {
      campaignId: CAMPAIGN,
      nomineeId: entry.nomineeId,
      state: 'needsInfo' as const,
      note: 'Bổ sung',
    };
    await reviewNominee(body, BOARD, world);
    const next = await run(world);
    expect(next.masterVersion).toBe(2);
    const reviewed = (await world.masters.read(CAMPAIGN, 2))?.entries.find(
      (e) => e.nomineeId === entry.nomineeId,
    );
    expect(reviewed?.review).toMatchObject({ state: 'needsInfo', note: 'Bổ sung' });
  });

  it('refuses a unit user, and gives up when concurrent runs keep taking the version number', async () => {
    const world = await memoryWorld(2, 3);
    const unit = { email: 'dv-01@langson.example', role: 'unit' as const, unitIds: ['dv-01'] };
    expect(await codeOf(consolidate({ campaignId: CAMPAIGN, dryRun: false }, unit, world))).toBe(
      'FORBIDDEN_ROLE',
    );
    let attempts = 0;
    world.masters.save = async () => {
      attempts++;
      return false;
    };
    expect(await codeOf(run(world))).toBe('CONSOLIDATION_IN_PROGRESS');
    expect(attempts).toBe(3);
  });
});
