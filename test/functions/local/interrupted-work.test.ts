// Crash-safe consolidation runs on the local stack: a run left "running" by a previous process is reported failed
// with RUN_INTERRUPTED after a restart, and a run whose heartbeat went stale is reported failed on read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STALE_MS } from '../../../functions/app/consolidation/consolidation-status';
import { newRunRecord } from '../../../functions/app/consolidation/progress';
import { ORPHAN_STARTED_AT } from '../../../functions/local/interrupted-work';
import { startStack } from '../../../functions/local/stack';
import { API_ERRORS } from '../../../shared/api/errors';
import { BOARD, CAMPAIGN } from '../../support/grids';
import { post } from '../../support/http';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const status = (url: string, runId: string) =>
  post<Record<string, unknown>>(url, 'consolidationStatus', { campaignId: CAMPAIGN, runId }, { user: BOARD });

describe('interrupted consolidation runs', () => {
  it('are failed with RUN_INTERRUPTED at restart, or on read once their heartbeat is stale', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tonvinh-runs-'));
    dirs.push(dataDir);
    const first = await startStack({ port: 0, dataDir });
    const now = first.services.clock.now();
    await first.services.runs.saveRun(newRunRecord(CAMPAIGN, 'run-crashed-01', BOARD, now));
    const old = new Date(now.getTime() - STALE_MS - 60_000);
    await first.services.runs.saveRun(newRunRecord(CAMPAIGN, 'run-stale-0001', BOARD, old));
    await first.services.runs.saveRun(newRunRecord(CAMPAIGN, 'run-alive-0001', BOARD, now));
    const stale = await status(first.url, 'run-stale-0001');
    expect(stale.body).toMatchObject({
      state: 'failed',
      stage: 'failed',
      error: { code: 'RUN_INTERRUPTED', message: API_ERRORS.RUN_INTERRUPTED.message },
    });
    expect((await status(first.url, 'run-alive-0001')).body).toMatchObject({ state: 'running' });
    expect((await status(first.url, 'run-alive-0001')).body).not.toHaveProperty('error');

    const versions = first.services.db.collection(`campaigns/${CAMPAIGN}/units/p-tam-thanh/versions`);
    await versions.doc('v-orphan').set({ startedAt: now.toISOString() });
    await versions.doc('v-done').set({ startedAt: now.toISOString() });
    await first.services.db.doc(`campaigns/${CAMPAIGN}/units/p-tam-thanh/commits/v-done`).set({ version: 1 });
    await first.close();

    const second = await startStack({ port: 0, dataDir });
    expect(second.interruptedRuns).toBe(3);
    expect(second.interruptedSubmissions).toBe(1);
    const restored = second.services.db.collection(versions.path);
    expect((await restored.doc('v-orphan').get()).get('startedAt')).toBe(ORPHAN_STARTED_AT);
    expect((await restored.doc('v-done').get()).get('startedAt')).toBe(now.toISOString());
    const crashed = await status(second.url, 'run-crashed-01');
    expect(crashed.status).toBe(200);
    expect(crashed.body).toMatchObject({
      state: 'failed',
      message: API_ERRORS.RUN_INTERRUPTED.message,
      error: { code: 'RUN_INTERRUPTED' },
    });
    expect((await second.services.runs.getRun(CAMPAIGN, 'run-alive-0001'))?.state).toBe('failed');
    await second.close();
  });
});
