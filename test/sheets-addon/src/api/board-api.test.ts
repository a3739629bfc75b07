// The built add-on reads the server's consolidate and consolidationStatus answers (shared/api/consolidation.ts):
// figures at the top level (masterVersion) once consolidate returns, under `result` once a polled run is done.
// Answers are recorded from the real functions; a run caught mid-way is followed through the real server in
// test/sheets-addon/e2e.test.ts (a running state cannot be recorded deterministically).
import { describe, expect, it } from 'vitest';
import { readRecording, replayRoutes } from '../../support/recordings';
import { addon, connect } from '../../support/world';

interface Done {
  runId: string;
  message: string;
  masterVersion: number;
  changes: { added: string[]; removed: string[]; changed: unknown[]; newDuplicateGroups: string[] };
}

async function board() {
  const a = await addon({ fetch: replayRoutes({ consolidate: 'done', consolidationStatus: 'done' }) });
  connect(a);
  return a;
}

describe('board API answers (recorded)', () => {
  it('reads a finished consolidate answer with its version, totals and changes', async () => {
    const done = readRecording('consolidate', 'done').body as Done;
    const a = await board();
    const payload = a.call('runConsolidation', 'run-1-abcdef', {}) as { changes: Array<{ value: number }> };
    expect(payload).toMatchObject({
      runId: done.runId,
      state: 'done',
      percent: 100,
      version: done.masterVersion,
      message: done.message,
      sheet: null,
    });
    const c = done.changes;
    expect(payload.changes.map((x) => x.value)).toEqual([
      c.added.length,
      c.removed.length,
      c.changed.length,
      c.newDuplicateGroups.length,
    ]);
  });

  it('reads the figures of a polled run under result once done', async () => {
    const status = readRecording('consolidationStatus', 'done').body as { result: { masterVersion: number } };
    const a = await board();
    expect(a.call('consolidationProgress', 'run-2-abcdef')).toMatchObject({
      state: 'done',
      percent: 100,
      version: status.result.masterVersion,
    });
  });
});
