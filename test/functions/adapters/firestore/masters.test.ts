// MasterRepository: one contract, two implementations (in memory; Firestore on the embedded emulator with real
// firebase-admin), plus what only the Firestore layout has: content-addressed chunk documents shared between
// versions (a version that changes one chunk writes one), chunks split under the document size limit.
import { describe, expect, it } from 'vitest';
import { CHUNK_MAX_BYTES, chunkEntries } from '../../../../functions/adapters/firestore/master-chunks';
import { FirestoreMasters } from '../../../../functions/adapters/firestore/masters';
import type { MasterEntry } from '../../../../shared/consolidation/types';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { uniqueId } from '../../../support/contracts/ids';
import { masterRecord, mastersContract } from '../../../support/contracts/masters';
import { MemoryMasters } from '../../../support/memory/masters';

const db = emulatorDb();

async function docs(campaignId: string, sub: 'masterChunks' | 'masterVersions'): Promise<number> {
  return (await db().collection(`campaigns/${campaignId}/${sub}`).get()).size;
}

describe('MemoryMasters', () => mastersContract(() => new MemoryMasters()));
describe('FirestoreMasters', () => {
  mastersContract(() => new FirestoreMasters(db()));

  it('writes only the chunks a new version changed, also from a fresh instance', async () => {
    const c = uniqueId('camp');
    const v1 = masterRecord(c, 1, { individuals: 250 });
    await new FirestoreMasters(db()).save(v1);
    const first = await docs(c, 'masterChunks');
    expect(first).toBe(chunkEntries(v1.entries).length);
    const award = (e: MasterEntry) =>
      e.nomineeId === 'n-i-00007' ? { ...e, award: 'CSTD_CS', proposedAwards: ['CSTD_CS'] } : e;
    const fresh = new FirestoreMasters(db());
    expect(await fresh.save(masterRecord(c, 2, { individuals: 250, edit: award }))).toBe(true);
    expect(await docs(c, 'masterChunks')).toBe(first + 1);
    expect(await docs(c, 'masterVersions')).toBe(2);
  });

  it('halves a chunk over the size limit until each part fits, deterministically', () => {
    const long = (e: MasterEntry, i: number) => ({
      ...e,
      achievements: `${i} ${'Thành tích. '.repeat(2500)}`,
    });
    const { entries } = masterRecord('c', 1, { individuals: 160, collectives: 0, edit: long });
    const chunks = chunkEntries(entries);
    expect(chunks.length).toBeGreaterThan(chunkEntries(entries, [], Number.POSITIVE_INFINITY).length);
    for (const chunk of chunks)
      expect(Buffer.byteLength(JSON.stringify(chunk.entries), 'utf8')).toBeLessThanOrEqual(CHUNK_MAX_BYTES);
    expect(chunkEntries(entries)).toEqual(chunks);
    expect(chunks.flatMap((c) => c.entries)).toHaveLength(160);
  });
});
