// The contract of MasterRepository, run against the in-memory fake and the Firestore adapter: versions are saved
// whole and read back whole (entries in display order), a version number is committed once, and however the store
// lays versions out (the Firestore adapter shares unchanged chunks between versions, splits large ones), every
// version reads back as saved.
import { expect, it } from 'vitest';
import { sortEntries } from '../../../functions/app/consolidation/display-order';
import { versionRecordOf } from '../../../functions/app/consolidation/summary';
import type { MasterRepository, MasterVersionRecord } from '../../../functions/app/ports';
import type { MasterEntry } from '../../../shared/consolidation/types';
import { sampleMaster } from '../../fixtures/xlsx/sample-master';
import { uniqueId } from './ids';

export function masterRecord(
  campaignId: string,
  version: number,
  options: {
    individuals?: number;
    collectives?: number;
    edit?: (e: MasterEntry, i: number) => MasterEntry;
  } = {},
): MasterVersionRecord {
  const master = sampleMaster({
    version,
    individuals: options.individuals ?? 30,
    collectives: options.collectives ?? 6,
  });
  const entries = options.edit ? master.entries.map(options.edit) : master.entries;
  const meta = { createdBy: 'bantdkt@langson.example', runId: `run-${version}`, inputHash: `h-${version}` };
  return versionRecordOf({ ...master, campaignId, entries }, { ...meta, byUnit: [] });
}

const infoOf = ({ entries: _entries, ...info }: MasterVersionRecord) => info;

export function mastersContract(make: () => MasterRepository): void {
  it('has no version before the first save (readEntries: MASTER_NOT_FOUND)', async () => {
    const masters = make();
    const c = uniqueId('camp');
    expect(await masters.latest(c)).toBeNull();
    expect(await masters.info(c, 1)).toBeNull();
    expect(await masters.read(c, 1)).toBeNull();
    await expect(masters.readEntries(c, 1, { offset: 0, limit: 10 })).rejects.toMatchObject({
      code: 'MASTER_NOT_FOUND',
    });
  });

  it('reads a saved version back whole, entries in display order, and in pages', async () => {
    const masters = make();
    const c = uniqueId('camp');
    const saved = masterRecord(c, 1);
    expect(await masters.save(saved)).toBe(true);
    expect(await masters.latest(c)).toEqual(infoOf(saved));
    expect(await masters.info(c, 1)).toEqual(infoOf(saved));
    const read = await masters.read(c, 1);
    expect(read).toEqual({ ...saved, entries: sortEntries(saved.entries) });
    const all = read?.entries ?? [];
    expect(await masters.readEntries(c, 1, { offset: 0, limit: 10 })).toEqual(all.slice(0, 10));
    expect(await masters.readEntries(c, 1, { offset: 30, limit: 10 })).toEqual(all.slice(30, 36));
    expect(await masters.readEntries(c, 1, { offset: 99, limit: 10 })).toEqual([]);
  });

  it('commits a version number once: a second save of it is refused and the first stays', async () => {
    const masters = make();
    const c = uniqueId('camp');
    expect(await masters.save(masterRecord(c, 1))).toBe(true);
    const other = masterRecord(c, 1, { individuals: 3, collectives: 1 });
    expect(await masters.save({ ...other, runId: 'other' })).toBe(false);
    expect((await masters.info(c, 1))?.runId).toBe('run-1');
    expect((await masters.read(c, 1))?.entries).toHaveLength(36);
  });

  it('reads every version back as saved when later ones share most entries; latest is the highest', async () => {
    const masters = make();
    const c = uniqueId('camp');
    const v1 = masterRecord(c, 1, { individuals: 250 });
    const award = (e: MasterEntry, i: number) =>
      i < 3 ? { ...e, award: 'CSTD_CS', proposedAwards: ['CSTD_CS'] } : e;
    const v2 = masterRecord(c, 2, { individuals: 250, edit: award });
    const v3 = masterRecord(c, 3, { individuals: 260, edit: award });
    for (const v of [v1, v2, v3]) expect(await masters.save(v)).toBe(true);
    expect((await masters.latest(c))?.version).toBe(3);
    for (const v of [v1, v2, v3])
      expect((await masters.read(c, v.version))?.entries).toEqual(sortEntries(v.entries));
  });

  it('reads back whole a version whose entries are too large for one stored document', async () => {
    const masters = make();
    const c = uniqueId('camp');
    const long = (e: MasterEntry, i: number) => ({
      ...e,
      achievements: `${i} ${'Thành tích xuất sắc. '.repeat(1500)}`,
    });
    const big = masterRecord(c, 1, { individuals: 160, collectives: 0, edit: long });
    expect(await masters.save(big)).toBe(true);
    expect((await masters.read(c, 1))?.entries).toEqual(sortEntries(big.entries));
  });

  it('reports progress, when it does, up to everything written before the version is visible', async () => {
    const masters = make();
    const c = uniqueId('camp');
    const seen: Array<[number, number, boolean]> = [];
    await masters.save(masterRecord(c, 1), async (done, total) => {
      seen.push([done, total, (await masters.latest(c)) !== null]);
    });
    const last = seen.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
    expect(seen.every(([, , visible]) => !visible)).toBe(true);
  });
}
