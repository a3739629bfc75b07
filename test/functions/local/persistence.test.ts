// The durable local store against the real emulator and firebase-admin: a commit answered is on disk (restart
// without close), every value type round-trips, torn tails are cut, compaction (also interrupted) keeps the state,
// and a state far beyond one 4 MiB gRPC message is restored straight into the store.
import { appendFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FieldValue, type Firestore, GeoPoint, Timestamp } from 'firebase-admin/firestore';
import { afterAll, describe, expect, it } from 'vitest';
import { createFirestore } from '../../../functions/adapters/firestore/client';
import { type EmbeddedEmulator, startEmulator } from '../../../functions/local/emulator';
import { segmentName, snapshotName } from '../../../functions/local/journal-files';
import { type DurableStore, openDurableStore } from '../../../functions/local/persistence';

const PROJECT = 'demo-durable';
const dirs: string[] = [];
const open: Array<{ emulator: EmbeddedEmulator; db: Firestore }> = [];

afterAll(async () => {
  for (const { emulator, db } of open) {
    await db.terminate().catch(() => undefined);
    emulator.stop();
  }
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tonvinh-durable-'));
  dirs.push(dir);
  return dir;
}

/** An emulator restored from `dir`; never closed by the test body, like a process killed with SIGKILL. */
async function boot(dir: string, compactAfterBytes?: number) {
  const emulator = await startEmulator(0);
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  const store: DurableStore = await openDurableStore(emulator, dir, {
    projectId: PROJECT,
    ...(compactAfterBytes === undefined ? {} : { compactAfterBytes }),
  });
  const db = createFirestore({ projectId: PROJECT, emulatorHost: emulator.host });
  open.push({ emulator, db });
  return { emulator, store, db };
}

/** Abandons a booted emulator without closing its store (no flush, no compaction). */
async function kill(booted: { emulator: EmbeddedEmulator; db: Firestore }) {
  await booted.db.terminate();
  booted.emulator.stop();
}

const row = (i: number) => ({
  stt: i,
  hoTen: `Nguyễn Văn ${i}`,
  cccd: String(10 ** 11 + i),
  ghiChu: 'ghi chú '.repeat(30),
});

describe('durable local store', () => {
  it('keeps every answered commit and every value type without a close', async () => {
    const dir = await tempDir();
    const first = await boot(dir);
    const created = await first.db.doc('campaigns/c1').create({
      text: 'Tỉnh Lạng Sơn',
      int: 42,
      double: 1.25,
      bool: true,
      nil: null,
      when: Timestamp.fromMillis(1_700_000_000_123),
      bytes: Buffer.from([0, 1, 254, 255]),
      where: new GeoPoint(21.85, 106.76),
      ref: first.db.doc('units/u1'),
      list: [1, 'a', { nested: [true] }],
      map: { a: { b: 'c' } },
      nan: Number.NaN,
      serverTime: FieldValue.serverTimestamp(),
    });
    await first.db.doc('campaigns/c1/versions/v1').set({ n: 1 });
    await first.db.doc('campaigns/c2').set({ gone: true });
    await first.db.doc('campaigns/c2').delete();
    await first.db.doc('campaigns/c1').update({ count: FieldValue.increment(3) });
    const plain = (data: Record<string, unknown> | undefined) => ({
      ...data,
      ref: (data?.ref as { path: string } | undefined)?.path,
    });
    const before = plain((await first.db.doc('campaigns/c1').get()).data());
    expect(before.ref).toBe('units/u1');
    await kill(first);

    const second = await boot(dir);
    const after = await second.db.doc('campaigns/c1').get();
    expect(plain(after.data())).toEqual(before);
    expect(after.get('count')).toBe(3);
    expect(after.createTime?.toMillis()).toBe(created.writeTime.toMillis());
    expect((await second.db.doc('campaigns/c1/versions/v1').get()).data()).toEqual({ n: 1 });
    expect((await second.db.doc('campaigns/c2').get()).exists).toBe(false);
    expect(second.store.restoredDocuments).toBe(2);
    await expect(second.db.doc('campaigns/c1/versions/v1').create({ n: 2 })).rejects.toMatchObject({
      code: 6,
    });
    await kill(second);
  });

  it('cuts a torn record off the journal tail and keeps the records before it', async () => {
    const dir = await tempDir();
    const first = await boot(dir);
    await first.db.doc('units/a').set({ v: 1 });
    await first.db.doc('units/b').set({ v: 2 });
    await kill(first);
    const segment = join(dir, segmentName(1));
    const size = statSync(segment).size;
    appendFileSync(segment, Buffer.from([200, 0, 0, 0, 1, 2, 3, 4, 123]));

    const second = await boot(dir);
    expect(statSync(segment).size).toBe(size);
    expect((await second.db.doc('units/b').get()).data()).toEqual({ v: 2 });
    await second.db.doc('units/c').set({ v: 3 });
    await kill(second);
    const third = await boot(dir);
    const all = await third.db.collection('units').get();
    expect(all.docs.map((d) => d.id).sort()).toEqual(['a', 'b', 'c']);
    await kill(third);
  });

  it('compacts in the background while commits go on, once at a time, and restores the same state', async () => {
    const dir = await tempDir();
    const first = await boot(dir, 20_000);
    const writes = Array.from({ length: 60 }, (_, i) =>
      first.db.doc(`units/u${i % 7}/versions/v${i}`).set({ rows: [row(i), row(i + 1)] }),
    );
    const compactions = [first.store.compact(), first.store.compact()];
    await Promise.all([...writes, ...compactions]);
    await first.db.doc('units/u0/versions/v0').delete();
    await first.store.compact();
    const names = readdirSync(dir);
    expect(names.filter((n) => n.startsWith('snapshot-')).length).toBe(1);
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
    await kill(first);

    const second = await boot(dir);
    expect(second.store.restoredDocuments).toBe(59);
    expect((await second.db.doc('units/u3/versions/v10').get()).data()).toEqual({ rows: [row(10), row(11)] });
    expect((await second.db.doc('units/u0/versions/v0').get()).exists).toBe(false);
    await kill(second);
  });

  it('recovers from a compaction cut short: a half-written snapshot is ignored, older files are kept until done', async () => {
    const dir = await tempDir();
    const first = await boot(dir);
    await first.db.doc('units/a').set({ v: 1 });
    await first.store.compact();
    await first.db.doc('units/b').set({ v: 2 });
    await kill(first);
    // A crash after the rotation and during the snapshot of the next compaction: next segment and a .tmp exist.
    writeFileSync(join(dir, `${snapshotName(3)}.tmp`), 'half');
    writeFileSync(join(dir, segmentName(3)), '');

    const second = await boot(dir);
    const all = await second.db.collection('units').get();
    expect(Object.fromEntries(all.docs.map((d) => [d.id, d.get('v')]))).toEqual({ a: 1, b: 2 });
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
    await kill(second);
  });

  it('migrates the whole-state firestore.json of earlier versions once', async () => {
    const dir = await tempDir();
    const legacy = {
      format: 1,
      projectId: PROJECT,
      documents: [
        { path: 'campaigns/old', fields: { title: { type: 'string_value', value: 'Cũ' } } },
        { path: 'campaigns/old/units/u1', fields: { n: { type: 'integer_value', value: 7 } } },
      ],
    };
    writeFileSync(join(dir, 'firestore.json'), JSON.stringify(legacy));
    const first = await boot(dir);
    expect(first.store.restoredDocuments).toBe(2);
    expect((await first.db.doc('campaigns/old/units/u1').get()).data()).toEqual({ n: 7 });
    const names = readdirSync(dir);
    expect(names).toContain('firestore.json.migrated');
    expect(names).not.toContain('firestore.json');
    await kill(first);
    const second = await boot(dir);
    expect((await second.db.doc('campaigns/old').get()).data()).toEqual({ title: 'Cũ' });
    await kill(second);
  });

  it('restores a state far beyond one 4 MiB gRPC message, with a large collection, straight into the store', async () => {
    const dir = await tempDir();
    const first = await boot(dir);
    const chunk = Array.from({ length: 200 }, (_, i) => row(i));
    for (let start = 0; start < 60; start += 10) {
      const batch = first.db.batch();
      for (let i = start; i < start + 10; i++)
        batch.set(first.db.doc(`big/v1/chunks/c${i}`), { rows: chunk });
      await batch.commit();
    }
    const batch = first.db.batch();
    for (let i = 0; i < 450; i++) batch.set(first.db.doc(`flat/d${i}`), { i });
    await batch.commit();
    await first.store.compact();
    await kill(first);
    expect(statSync(join(dir, snapshotName(2))).size).toBeGreaterThan(4 * 1024 * 1024);

    const second = await boot(dir);
    expect(second.store.restoredDocuments).toBe(510);
    const chunks = await second.db.collection('big/v1/chunks').get();
    expect(chunks.size).toBe(60);
    expect(chunks.docs[0]?.get('rows')).toEqual(chunk);
    expect((await second.db.collection('flat').count().get()).data().count).toBe(450);
    await kill(second);
  });
});
