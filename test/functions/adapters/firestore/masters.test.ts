// MasterRepository: one contract, two implementations (in memory; Firestore on the embedded emulator with real
// firebase-admin), plus what only the Firestore layout has: content-addressed chunk documents shared between
// versions (a version that changes one chunk writes one), chunks split under the document size limit.
import { describe, expect, it } from 'vitest';
import {
  MANIFEST_INLINE_BYTES,
  MANIFEST_PART_BYTES,
} from '../../../../functions/adapters/firestore/manifest-parts';
import { CHUNK_MAX_BYTES, chunkEntries } from '../../../../functions/adapters/firestore/master-chunks';
import { FirestoreMasters } from '../../../../functions/adapters/firestore/masters';
import { sortEntries } from '../../../../functions/app/consolidation/display-order';
import type { MasterVersionRecord } from '../../../../functions/app/ports';
import type { DuplicateGroup, MasterEntry } from '../../../../shared/consolidation/types';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { uniqueId } from '../../../support/contracts/ids';
import { masterRecord, mastersContract } from '../../../support/contracts/masters';
import { MemoryMasters } from '../../../support/memory/masters';

const db = emulatorDb();

type Sub = 'masterChunks' | 'masterVersions' | 'masterManifestParts';

async function docs(campaignId: string, sub: Sub): Promise<number> {
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

  it('cuts a manifest over the document limit into parts under it, and reads it back whole from a fresh instance', async () => {
    const c = uniqueId('camp');
    const big = withGroups(masterRecord(c, 1), 5000);
    const bytes = Buffer.byteLength(JSON.stringify({ ...big, entries: [] }), 'utf8');
    expect(bytes).toBeGreaterThan(1024 * 1024);
    expect(await new FirestoreMasters(db()).save(big)).toBe(true);
    const marker = (await db().doc(`campaigns/${c}/masterVersions/000001`).get()).data() ?? {};
    expect(Buffer.byteLength(JSON.stringify(marker), 'utf8')).toBeLessThan(MANIFEST_INLINE_BYTES);
    expect(marker.parts.length).toBeGreaterThanOrEqual(2);
    const parts = await db().collection(`campaigns/${c}/masterManifestParts`).get();
    expect(parts.size).toBe(marker.parts.length);
    for (const part of parts.docs)
      expect(Buffer.byteLength(part.data().text, 'utf8')).toBeLessThanOrEqual(MANIFEST_PART_BYTES);
    const fresh = new FirestoreMasters(db());
    const { entries: _entries, ...info } = big;
    expect(await fresh.latest(c)).toEqual(info);
    expect(await new FirestoreMasters(db()).info(c, 1)).toEqual(info);
    const read = await new FirestoreMasters(db()).read(c, 1);
    expect(read?.duplicates).toEqual(big.duplicates);
    expect(read?.entries.map((e) => e.nomineeId)).toEqual(sortEntries(big.entries).map((e) => e.nomineeId));
    const page = await new FirestoreMasters(db()).readEntries(c, 1, { offset: 5, limit: 3 });
    expect(page).toEqual(read?.entries.slice(5, 8));
  });

  it('keeps a manifest under the limit in one document, next to versions cut into parts', async () => {
    const c = uniqueId('camp');
    const masters = new FirestoreMasters(db());
    expect(await masters.save(masterRecord(c, 1))).toBe(true);
    expect(await docs(c, 'masterManifestParts')).toBe(0);
    expect(await masters.save(withGroups(masterRecord(c, 2), 5000))).toBe(true);
    expect(await docs(c, 'masterManifestParts')).toBeGreaterThanOrEqual(2);
    expect(await masters.save(masterRecord(c, 3))).toBe(true);
    expect((await new FirestoreMasters(db()).info(c, 2))?.duplicates).toEqual(
      withGroups(masterRecord(c, 2), 5000).duplicates,
    );
    expect((await new FirestoreMasters(db()).latest(c))?.version).toBe(3);
    expect((await new FirestoreMasters(db()).info(c, 1))?.duplicates).toEqual(masterRecord(c, 1).duplicates);
  });
});

/** The record with `n` more duplicate groups (Vietnamese reasons): at 5,000 its manifest passes 1 MiB. */
function withGroups(record: MasterVersionRecord, n: number): MasterVersionRecord {
  const groups: DuplicateGroup[] = Array.from({ length: n }, (_, i) => ({
    groupId: `g-${String(i).padStart(16, '0')}`,
    kind: 'probable',
    score: 0.8,
    reasons: [
      { code: 'DUP_SAME_NAME_BIRTH_YEAR', message: 'Trùng họ tên và năm sinh, khác đơn vị đề nghị.' },
    ],
    memberRowIds: [`p01:individual:${i + 2}`, `p02:individual:${i + 2}`],
    memberKeys: [`p01|i|n|nguyen van a|${i}`, `p02|i|n|nguyen van a|${i}`],
    nomineeIds: [`i-${String(i).padStart(16, '0')}`],
  }));
  return { ...record, duplicates: [...record.duplicates, ...groups] };
}
