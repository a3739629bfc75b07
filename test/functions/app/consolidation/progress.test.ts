import { describe, expect, it } from 'vitest';
import { newRunRecord, RunTracker } from '../../../../functions/app/consolidation/progress';
import type { RunRecord, RunRepository } from '../../../../functions/app/ports';

function memoryRuns(): RunRepository & { saved: RunRecord[] } {
  const saved: RunRecord[] = [];
  return { saved, getRun: async () => saved.at(-1) ?? null, saveRun: async (run) => void saved.push(run) };
}

const clock = { now: () => new Date('2026-11-01T00:00:00Z') };

async function readAll(units: number) {
  const runs = memoryRuns();
  const tracker = new RunTracker(runs, newRunRecord('c', 'run-00000001', 'b@x', clock.now()), clock);
  await tracker.start();
  for (let i = 1; i <= units; i++) await tracker.unitRead(i, units);
  return runs.saved;
}

describe('RunTracker', () => {
  it('writes the same number of status documents for 10 or 1,000 units', async () => {
    expect((await readAll(10)).length).toBe(2);
    expect((await readAll(1000)).length).toBe(2);
    expect((await readAll(1000))[1]).toMatchObject({
      stage: 'reading',
      done: 500,
      total: 1000,
      progress: 0.25,
    });
  });

  it('reports stages with progress and finishes with the master version', async () => {
    const runs = memoryRuns();
    const tracker = new RunTracker(runs, newRunRecord('c', 'run-00000001', 'b@x', clock.now()), clock);
    await tracker.stage('writing', 4, 8);
    expect(runs.saved.at(-1)).toMatchObject({ stage: 'writing', state: 'running' });
    expect(runs.saved.at(-1)?.progress).toBeCloseTo(0.775, 6);
    await tracker.finish(3, false, 'Xong');
    expect(runs.saved.at(-1)).toMatchObject({
      state: 'done',
      stage: 'done',
      progress: 1,
      masterVersion: 3,
      message: 'Xong',
    });
    await tracker.fail();
    expect(runs.saved.at(-1)?.message).toBe(
      'Lượt tổng hợp bị lỗi; danh sách tổng hợp trước đó vẫn giữ nguyên. Hãy chạy lại.',
    );
  });

  it('writes nothing for a dry run', async () => {
    const tracker = new RunTracker(null, newRunRecord('c', 'run-00000001', 'b@x', clock.now()), clock);
    await tracker.start();
    await tracker.finish(1, true, '');
    expect(tracker.current.state).toBe('done');
  });
});

describe('RunTracker heartbeat', () => {
  it('refreshes the run while it runs and never writes after its final state', async () => {
    const runs = memoryRuns();
    let t = Date.parse('2026-11-01T00:00:00Z');
    const ticking = {
      now: () => {
        t += 1000;
        return new Date(t);
      },
    };
    const tracker = new RunTracker(runs, newRunRecord('c', 'run-00000001', 'b@x', ticking.now()), ticking, 5);
    await tracker.start();
    while (runs.saved.length < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    const beats = runs.saved.map((r) => r.updatedAt);
    expect(new Set(beats).size).toBe(beats.length);
    expect(runs.saved.every((r) => r.state === 'running')).toBe(true);
    await tracker.finish(2, false, 'Xong');
    const count = runs.saved.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs.saved.length).toBe(count);
    expect(runs.saved.at(-1)).toMatchObject({ state: 'done', masterVersion: 2 });
  });
});
