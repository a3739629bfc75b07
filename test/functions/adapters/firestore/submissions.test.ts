// SubmissionRepository: one contract, two implementations (in memory; Firestore on the embedded emulator with real
// firebase-admin), plus what only the Firestore layout has: rows split into chunk documents, corrupt documents.
import { describe, expect, it } from 'vitest';
import { chunkRows } from '../../../../functions/adapters/firestore/submission-docs';
import { FirestoreSubmissions } from '../../../../functions/adapters/firestore/submissions';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { storedRow, submissionsContract } from '../../../support/contracts/submissions';
import { MemorySubmissions } from '../../../support/memory/submissions';

const db = emulatorDb();

describe('MemorySubmissions', () => submissionsContract(() => new MemorySubmissions()));
describe('FirestoreSubmissions', () => {
  submissionsContract(() => new FirestoreSubmissions(db()));

  it('stores many or large rows as several chunk documents under the size limits', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => storedRow(i + 2, 'x'.repeat(i % 3 === 0 ? 2000 : 10)));
    const chunks = chunkRows(rows);
    expect(chunks.length).toBeGreaterThan(2);
    await new FirestoreSubmissions(db()).unit('layout', 'u').writeRows('v1', rows);
    const stored = await db().collection('campaigns/layout/units/u/versions/v1/chunks').get();
    expect(stored.size).toBe(chunks.length);
  }, 120_000); // bounded work, about 3 s on a quiet 2-core machine: a limit many times that

  it('refuses to read a corrupt document with a coded error', async () => {
    await db().doc('campaigns/c/units/bad/commits/z').set({ version: 'one' });
    await expect(new FirestoreSubmissions(db()).unit('c', 'bad').getCommit('z')).rejects.toMatchObject({
      code: 'INTERNAL',
    });
  });
});
