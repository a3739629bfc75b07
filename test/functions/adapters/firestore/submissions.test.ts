// The Firestore submission adapter against the embedded emulator with real firebase-admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkRows } from '../../../../functions/adapters/firestore/submission-docs';
import { FirestoreSubmissions } from '../../../../functions/adapters/firestore/submissions';
import type { CommitRecord, StoredRow } from '../../../../functions/app/ports';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';

let env: TestEmulator;
let repo: FirestoreSubmissions;

beforeAll(async () => {
  env = await startTestEmulator();
  repo = new FirestoreSubmissions(env.db);
});

afterAll(async () => {
  await env.stop();
});

const row = (n: number, text = 'Nguyễn Thị Hà'): StoredRow => ({
  sheetRow: n,
  cells: [n, text, null, true],
  valid: n % 7 !== 0,
  data: { fullName: text, nested: { a: [1, 2] } },
  issues:
    n % 7 === 0
      ? [{ row: n, column: 2, field: 'fullName', code: 'X', severity: 'error', message: 'Lỗi' }]
      : [],
});

const commit = (versionId: string, version: number): CommitRecord => ({
  versionId,
  version,
  contentHash: `h-${versionId}`,
  kind: 'individual',
  status: 'clean',
  summary: { rows: 1, validRows: 1, errorRows: 0, errors: 0, warnings: 0 },
  submittedAt: new Date().toISOString(),
  late: false,
  rowCount: 1,
});

describe('FirestoreSubmissions', () => {
  // Bounded work, about 3 s on a quiet 2-core machine: a limit many times that.
  it('chunks rows under the size limits and reads them back in order', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => row(i + 2, 'x'.repeat(i % 3 === 0 ? 2000 : 10)));
    expect(chunkRows(rows).length).toBeGreaterThan(2);
    await repo.writeRows('c', 'u', 'v1', rows);
    await repo.writeRows('c', 'u', 'v1', rows);
    expect(await repo.readRows('c', 'u', 'v1')).toEqual(rows);
  }, 120_000);

  it('claims keys and headers once (create precondition)', async () => {
    const claim = { versionId: 'v', contentHash: 'h', baseVersion: 0, late: false };
    expect(await repo.claimKey('c', 'u', 'k1', claim)).toBe(true);
    expect(await repo.claimKey('c', 'u', 'k1', { ...claim, contentHash: 'other' })).toBe(false);
    expect(await repo.getKey('c', 'u', 'k1')).toEqual(claim);
  });

  it('reserves distinct numbers for 30 concurrent versions, and the same number again for one version', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `ver-${i}`);
    const numbers = await Promise.all(ids.map((id) => repo.reserveNumber('c', 'seq-unit', id)));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await repo.reserveNumber('c', 'seq-unit', 'ver-7')).toBe(numbers[7]);
  });

  it('keeps the first commit marker and lists commits by version', async () => {
    const first = commit('a', 2);
    expect(await repo.commit('c', 'cm', first)).toEqual(first);
    expect(await repo.commit('c', 'cm', { ...first, submittedAt: 'later' })).toEqual(first);
    await repo.commit('c', 'cm', commit('b', 1));
    expect((await repo.listCommits('c', 'cm')).map((c) => c.versionId)).toEqual(['b', 'a']);
  });

  it('refuses to read a corrupt document with a coded error', async () => {
    await env.db.doc('campaigns/c/units/bad/commits/z').set({ version: 'one' });
    await expect(repo.getCommit('c', 'bad', 'z')).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
