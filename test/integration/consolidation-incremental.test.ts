// Incremental re-runs and crashes, counted on the real Firestore adapters (embedded emulator): a re-run after 3
// rows of one unit changed writes only the changed chunks plus a constant; a re-run with no change writes a
// constant; a run killed after half its writes leaves readers on the previous version, and the next run completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { ConsolidateResponse } from '../../shared/api/consolidation';
import type { ErrorBody } from '../../shared/api/error-body';
import type { MasterListResponse } from '../../shared/api/master-list';
import { post } from '../support/http';
import {
  BOARD,
  countWrites,
  docCount,
  setUpCampaign,
  submitAll,
  submitUnit,
  type WriteCounter,
} from './support/consolidation-world';

const CAMPAIGN = 'ls-tonghop-incr';
/** Run status writes of a run that builds a version: start, half read, matching, writing, written, done. */
const RUN_WRITES = 6;
let stack: Stack;
let counter: WriteCounter;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  await setUpCampaign(stack, CAMPAIGN, 20);
  await submitAll(stack, CAMPAIGN, 20, 30);
  counter = countWrites(stack, CAMPAIGN);
});

afterAll(async () => {
  counter.restore();
  await stack.close();
});

const consolidate = () =>
  post<ConsolidateResponse>(stack.url, 'consolidate', { campaignId: CAMPAIGN }, { user: BOARD });

/** The chunk documents a version's manifest lists (the Firestore layout, docs/data-model.md "Master versions"). */
async function chunkHashes(version: number): Promise<string[]> {
  const path = `campaigns/${CAMPAIGN}/masterVersions/${String(version).padStart(6, '0')}`;
  const manifest = (await stack.services.db.doc(path).get()).data() as { chunks: Array<{ hash: string }> };
  return manifest.chunks.map((c) => c.hash);
}

const award =
  (award: string) => (row: Parameters<NonNullable<Parameters<typeof submitUnit>[4]>>[0], i: number) =>
    (i < 3 ? [row[0], row[1], row[2], row[3], row[4], row[5], award] : row) as typeof row;

describe('incremental consolidation', () => {
  it('writes every chunk, the manifest and the run status on the first run', async () => {
    counter.reset();
    const response = await consolidate();
    expect(response.body.masterVersion).toBe(1);
    const chunks = await chunkHashes(1);
    expect(chunks.length).toBe(20);
    expect(counter.byCollection).toEqual({
      masterChunks: 20,
      masterVersions: 1,
      consolidationRuns: RUN_WRITES,
    });
    expect(await docCount(stack, CAMPAIGN, 'masterChunks')).toBe(20);
  });

  it('writes only a constant (the run status) when nothing changed', async () => {
    counter.reset();
    const response = await consolidate();
    expect(response.body).toMatchObject({ masterVersion: 1, reused: true });
    expect(response.body.changes).toEqual({ added: [], removed: [], changed: [], newDuplicateGroups: [] });
    expect(counter.byCollection).toEqual({ consolidationRuns: 3 });
    expect(await docCount(stack, CAMPAIGN, 'masterChunks')).toBe(20);
    expect(await docCount(stack, CAMPAIGN, 'masterVersions')).toBe(1);
  });

  it('after 3 rows of one unit changed, writes the changed chunks + a constant and reports only those changes', async () => {
    await submitUnit(stack, CAMPAIGN, 7, 30, award('Chiến sĩ thi đua cơ sở'));
    const before = new Set(await chunkHashes(1));
    counter.reset();
    const response = await consolidate();
    expect(response.body.masterVersion).toBe(2);
    const changedChunks = (await chunkHashes(2)).filter((h) => !before.has(h));
    expect(changedChunks).toHaveLength(1);
    expect(counter.byCollection.masterChunks).toBe(changedChunks.length);
    expect(counter.writes()).toBeLessThanOrEqual(changedChunks.length + 1 + RUN_WRITES);
    expect(await docCount(stack, CAMPAIGN, 'masterChunks')).toBe(21);
    expect(response.body.changes.added).toEqual([]);
    expect(response.body.changes.removed).toEqual([]);
    expect(response.body.changes.changed).toHaveLength(3);
    expect(response.body.changes.changed.every((c) => c.fields.some((f) => f.field === 'award'))).toBe(true);
  });
});

describe('a consolidation killed halfway', () => {
  // Bounded work, about 3 s on a quiet 2-core machine: a limit many times that.
  it('leaves readers on the previous version; the next run completes and reuses what was written', async () => {
    for (const unit of [0, 4, 9, 12, 15, 18])
      await submitUnit(stack, CAMPAIGN, unit, 30, award('Chiến sĩ thi đua cơ sở'));
    counter.reset();
    counter.failAfter(6); // start, half, matching, writing + 2 of the 6 changed chunks
    const crashed = await consolidate();
    expect(crashed.status).toBe(500);
    expect((crashed.body as unknown as ErrorBody).error.code).toBe('INTERNAL');
    expect(counter.byCollection.masterChunks).toBe(2);
    const seen = await post<MasterListResponse>(
      stack.url,
      'masterList',
      { campaignId: CAMPAIGN, pageSize: 5000 },
      { user: BOARD },
    );
    expect(seen.body.master.version).toBe(2);
    expect(seen.body.master.entries.filter((e) => e.award === 'CSTD_CS')).toHaveLength(3);
    expect(await docCount(stack, CAMPAIGN, 'masterVersions')).toBe(2);

    counter.reset();
    const next = await consolidate();
    expect(next.status).toBe(200);
    expect(next.body.masterVersion).toBe(3);
    expect(next.body.changes.changed).toHaveLength(18);
    expect(counter.byCollection.masterChunks).toBe(6); // 2 of them found already stored (create() → ALREADY_EXISTS)
    expect(await docCount(stack, CAMPAIGN, 'masterChunks')).toBe(21 + 6);
    const after = await post<MasterListResponse>(
      stack.url,
      'masterList',
      { campaignId: CAMPAIGN, pageSize: 5000 },
      { user: BOARD },
    );
    expect(after.body.master.version).toBe(3);
    expect(after.body.master.entries.filter((e) => e.award === 'CSTD_CS')).toHaveLength(21);
  }, 120_000);
});
