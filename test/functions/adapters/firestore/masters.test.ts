// The consolidation adapters against the embedded emulator with real firebase-admin: content-addressed chunks and
// manifests with create() preconditions, run status, decisions, reviews and the award history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirestoreAwardHistory } from '../../../../functions/adapters/firestore/award-history';
import { FirestoreRuns } from '../../../../functions/adapters/firestore/consolidation-runs';
import { FirestoreMasters } from '../../../../functions/adapters/firestore/masters';
import { FirestoreReviews } from '../../../../functions/adapters/firestore/reviews';
import { newRunRecord } from '../../../../functions/app/consolidation/progress';
import type { AwardHistoryRecord, MasterManifest } from '../../../../functions/app/ports';
import { buildMaster } from '../../../../shared/consolidation/build-master';
import { chunkMaster } from '../../../../shared/consolidation/chunks';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';

let env: TestEmulator;
const C = 'camp-masters';

beforeAll(async () => {
  env = await startTestEmulator();
});

afterAll(async () => {
  await env.stop();
});

const master = buildMaster({
  campaignId: C,
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  submissions: [
    {
      unitId: 'u1',
      version: 1,
      submittedAt: '2026-10-01T00:00:00.000Z',
      rows: [
        {
          sheetRow: 2,
          kind: 'individual',
          valid: true,
          data: { fullName: 'Lò Thị Mai', birthYear: 1980, gender: 'female' },
        },
        {
          sheetRow: 3,
          kind: 'individual',
          valid: true,
          data: { fullName: 'Hà Văn Tú', birthYear: 1975, cccd: '020075000001' },
        },
      ],
    },
  ],
});

function manifest(version: number, hashes: string[]): MasterManifest {
  const { totals, changes, duplicates, stats, unitVersions, createdAt } = master;
  return {
    campaignId: C,
    version,
    createdAt,
    createdBy: 'board@x.example',
    runId: `run-${version}`,
    inputHash: `h${version}`,
    chunks: hashes.map((hash, i) => ({ hash, chunkId: `c${i}`, count: 1 })),
    totals,
    changes,
    duplicates,
    stats,
    unitVersions,
    byUnit: [],
  };
}

describe('FirestoreMasters', () => {
  it('creates a chunk once (ALREADY_EXISTS → false) and reads it back equal', async () => {
    const masters = new FirestoreMasters(env.db);
    const [chunk] = chunkMaster(master);
    if (!chunk) throw new Error('no chunk');
    expect(await masters.putChunk(C, chunk)).toBe(true);
    expect(await masters.putChunk(C, chunk)).toBe(false);
    const [read] = await masters.readChunks(C, [chunk.hash]);
    expect(read).toEqual(chunk);
    await expect(masters.readChunks(C, ['0000000000000000'])).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('commits a version number once and finds the highest committed version', async () => {
    const masters = new FirestoreMasters(env.db);
    expect(await masters.latestManifest(C)).toBeNull();
    expect(await masters.commitManifest(manifest(1, []))).toBe(true);
    expect(await masters.commitManifest({ ...manifest(1, []), runId: 'other' })).toBe(false);
    expect(await masters.commitManifest(manifest(2, ['abc']))).toBe(true);
    expect((await masters.latestManifest(C))?.version).toBe(2);
    expect((await masters.getManifest(C, 1))?.runId).toBe('run-1');
    expect(await masters.getManifest(C, 9)).toBeNull();
  });
});

describe('FirestoreRuns, FirestoreReviews, FirestoreAwardHistory', () => {
  it('saves and reads a run status', async () => {
    const runs = new FirestoreRuns(env.db);
    const run = newRunRecord(C, 'run-abcdefgh', 'board@x.example', new Date('2026-11-01T00:00:00Z'));
    await runs.saveRun({ ...run, stage: 'writing', done: 3, total: 8 });
    expect(await runs.getRun(C, 'run-abcdefgh')).toMatchObject({ stage: 'writing', done: 3, total: 8 });
    expect(await runs.getRun(C, 'run-missing1')).toBeNull();
  });

  it('replaces a decision on the same members and keeps reviews by nomineeId', async () => {
    const reviews = new FirestoreReviews(env.db);
    const decision = {
      decisionId: 'd-1',
      groupId: 'g-1',
      memberKeys: ['a|1', 'b|1'],
      decidedBy: 'x',
      decidedAt: 't',
      masterVersion: 1,
    };
    await reviews.saveDuplicateDecision(C, { ...decision, decision: 'same' });
    await reviews.saveDuplicateDecision(C, {
      ...decision,
      decision: 'different',
      note: 'Hai người khác nhau',
    });
    expect(await reviews.listDuplicateDecisions(C)).toEqual([
      { ...decision, decision: 'different', note: 'Hai người khác nhau' },
    ]);
    const review = {
      nomineeId: 'i-1',
      state: 'needsInfo' as const,
      note: 'Bổ sung',
      displayName: 'A',
      sources: [{ unitId: 'u1', sheetRow: 2 }],
      masterVersion: 1,
      reviewedBy: 'x',
      reviewedAt: 't',
    };
    await reviews.saveNomineeReview(C, review);
    expect(await reviews.listNomineeReviews(C)).toEqual([review]);
  });

  it('records an award once and finds records by more than 30 keys', async () => {
    const history = new FirestoreAwardHistory(env.db);
    const record = (n: number): AwardHistoryRecord => ({
      id: `a-${n}`,
      nomineeKey: `cccd:0200750000${String(n).padStart(2, '0')}`,
      campaignId: C,
      nomineeId: `i-${n}`,
      recordedBy: 'x',
      recordedAt: 't',
      awardCode: 'LDTT',
      year: 2025,
    });
    expect(await history.record(record(1))).toBe(true);
    expect(await history.record(record(1))).toBe(false);
    await history.record(record(40));
    const keys = Array.from({ length: 45 }, (_, n) => record(n).nomineeKey);
    expect((await history.findByKeys(keys)).map((r) => r.id)).toEqual(['a-1', 'a-40']);
  });
});
