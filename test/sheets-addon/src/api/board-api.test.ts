// The built add-on reads the server's consolidate and consolidationStatus answers (shared/api/consolidation.ts):
// figures at the top level (masterVersion) once consolidate returns, under `result` once a polled run is done.
import { describe, expect, it } from 'vitest';
import { json, jsonRoutes } from '../../../fakes/apps-script/url-fetch';
import { addon, connect } from '../../support/world';

const totals = {
  entries: 601,
  individuals: 601,
  collectives: 0,
  units: 20,
  invalidRows: 0,
  duplicateGroups: 2,
};
const changes = { added: ['a', 'b'], removed: [], changed: [], newDuplicateGroups: ['g'] };

async function board(status: unknown) {
  const a = await addon({
    fetch: jsonRoutes({
      consolidate: () =>
        json(200, {
          runId: 'run-1',
          state: 'done',
          progress: 1,
          message: 'Đã lập phiên bản 3',
          masterVersion: 3,
          totals,
          changes,
        }),
      consolidationStatus: () => json(200, status),
    }),
  });
  connect(a);
  return a;
}

describe('board API answers', () => {
  it('reads a finished consolidate answer with its version, totals and changes', async () => {
    const a = await board({});
    expect(a.call('runConsolidation', 'run-1-abcdef', {})).toMatchObject({
      runId: 'run-1',
      state: 'done',
      percent: 100,
      version: 3,
      message: 'Đã lập phiên bản 3',
      sheet: null,
    });
    const payload = a.call('runConsolidation', 'run-1-abcdef', {}) as { changes: Array<{ value: number }> };
    expect(payload.changes.map((c) => c.value)).toEqual([2, 0, 0, 1]);
  });

  it('polls a running run, then reads the figures under result', async () => {
    const running = await board({
      runId: 'run-2',
      state: 'running',
      stage: 'reading',
      progress: 0.25,
      message: 'Đang đọc',
    });
    expect(running.call('consolidationProgress', 'run-2-abcdef')).toMatchObject({
      state: 'running',
      percent: 25,
      version: null,
    });
    const done = await board({
      runId: 'run-2',
      state: 'done',
      progress: 1,
      message: '',
      result: { masterVersion: 4, totals, changes },
    });
    expect(done.call('consolidationProgress', 'run-2-abcdef')).toMatchObject({ state: 'done', version: 4 });
  });
});
