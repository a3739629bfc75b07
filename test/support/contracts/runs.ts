// The contract of RunRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import { newRunRecord } from '../../../functions/app/consolidation/progress';
import type { RunRepository } from '../../../functions/app/ports';
import { uniqueId } from './ids';

export function runsContract(make: () => RunRepository): void {
  it('reads a run back as last saved; null for an unknown run or campaign', async () => {
    const runs = make();
    const campaignId = uniqueId('camp');
    const run = newRunRecord(campaignId, 'run-abcdefgh', 'board@x.example', new Date('2026-11-01T00:00:00Z'));
    await runs.saveRun(run);
    await runs.saveRun({ ...run, stage: 'writing', done: 3, total: 8 });
    expect(await runs.getRun(campaignId, 'run-abcdefgh')).toEqual({
      ...run,
      stage: 'writing',
      done: 3,
      total: 8,
    });
    const done = { ...run, state: 'done' as const, masterVersion: 2, reused: true };
    await runs.saveRun(done);
    expect(await runs.getRun(campaignId, 'run-abcdefgh')).toEqual(done);
    expect(await runs.getRun(campaignId, 'run-missing1')).toBeNull();
    expect(await runs.getRun(uniqueId('camp'), 'run-abcdefgh')).toBeNull();
  });
}
