// Durable local store of the embedded emulator (npm start): a write the stack has answered survives kill -9.
// - Journal: every commit the emulator applies is appended as the post-images of the documents it wrote to
//   `journal-<seq>.log` and fdatasync'ed before the gRPC answer is sent (emulator.ts wraps Commit), so a write is
//   durable before any client (or any other request) can act on its answer.
// - Start: the newest complete snapshot and the segments after it are folded (last post-image wins) and the
//   documents are put straight into the emulator's in-memory tree, without gRPC (no 4 MiB message limit).
// - Compaction, in the background and never two at once: a new segment is started, the whole state is written
//   to `snapshot-<seq>.json.tmp` (yielding between batches; commits go on into the new segment), fsync'ed,
//   renamed to `snapshot-<seq>.json`, the directory fsync'ed, then older snapshots and segments are removed.
//   Replaying post-images is idempotent, so a snapshot taken while commits go on is still exact once the new
//   segment is replayed over it. A crash at any step leaves either the old snapshot and all its segments, or the
//   new snapshot (older files are removed at the next start).
import { existsSync, renameSync } from 'node:fs';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import {
  type CollectionInternals,
  type DocumentInternals,
  type EmbeddedEmulator,
  type EmulatorState,
  internals,
} from './emulator';
import {
  frame,
  listDataFiles,
  readRecords,
  removeFiles,
  Segment,
  segmentName,
  snapshotName,
  syncDirectory,
  truncateFile,
} from './journal-files';
import {
  buildDocument,
  type StoredDocument,
  type StoredValue,
  storedDocument,
  toStored,
} from './store-codec';

export interface DurableStoreOptions {
  /** Journal bytes after which a background compaction starts (default 64 MiB). */
  compactAfterBytes?: number;
  /** Project of a legacy `firestore.json` (the whole-state file of earlier versions), migrated once. */
  projectId?: string;
  /** Where background compaction failures are reported (default console.error). */
  onError?: (error: unknown) => void;
}

export interface DurableStore {
  /** Documents present after the restore. */
  restoredDocuments: number;
  /** Starts a compaction unless one runs; resolves when the running one ends. */
  compact(): Promise<void>;
  /** Waits for a running compaction and closes the journal (commits after this are refused). */
  close(): Promise<void>;
}

interface SnapshotRecord {
  docs: StoredDocument[];
}
interface JournalRecord {
  w: StoredDocument[];
}

const LEGACY_FILE = 'firestore.json';
const SNAPSHOT_BATCH_CHARS = 4 * 1024 * 1024;

type Fold = Map<string, StoredDocument>;

function foldDocs(fold: Fold, docs: StoredDocument[]): void {
  for (const doc of docs) fold.set(doc.p, doc);
}

/** Reads the newest snapshot and the segments from it; cuts a torn tail off the last segment. */
function readState(dir: string): { fold: Fold; nextSeq: number; journalBytes: number } {
  const files = listDataFiles(dir);
  removeFiles(dir, files.temporary);
  const base = files.snapshots.at(-1) ?? 0;
  removeFiles(dir, [
    ...files.snapshots.filter((s) => s < base).map(snapshotName),
    ...files.segments.filter((s) => s < base).map(segmentName),
  ]);
  const fold: Fold = new Map();
  if (files.snapshots.length > 0) {
    const snapshot = readRecords(join(dir, snapshotName(base)));
    if (snapshot.validBytes !== snapshot.size)
      throw new Error(`local store: ${snapshotName(base)} is damaged`);
    for (const record of snapshot.records) foldDocs(fold, (record as SnapshotRecord).docs);
  }
  const segments = files.segments.filter((s) => s >= base);
  let journalBytes = 0;
  for (const [i, seq] of segments.entries())
    journalBytes += replaySegment(dir, seq, fold, i === segments.length - 1);
  return { fold, nextSeq: Math.max(base, (segments.at(-1) ?? 0) + 1), journalBytes };
}

function replaySegment(dir: string, seq: number, fold: Fold, last: boolean): number {
  const file = join(dir, segmentName(seq));
  const read = readRecords(file);
  for (const record of read.records) foldDocs(fold, (record as JournalRecord).w);
  if (read.validBytes === read.size) return read.size;
  if (!last) throw new Error(`local store: ${segmentName(seq)} is damaged before its end`);
  truncateFile(file, read.validBytes);
  return read.validBytes;
}

const collectionPathOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
const depthOf = (path: string) => path.split('/').length;

/** Puts the folded documents into the emulator's tree: one assignment per collection. */
export function restoreDocuments(state: EmulatorState, fold: Fold): number {
  const byCollection = new Map<string, StoredDocument[]>();
  for (const doc of fold.values()) {
    if (doc.d === 1) continue;
    const parent = collectionPathOf(doc.p);
    const list = byCollection.get(parent);
    if (list) list.push(doc);
    else byCollection.set(parent, [doc]);
  }
  let count = 0;
  const paths = [...byCollection.keys()].sort((a, b) => depthOf(a) - depthOf(b));
  for (const path of paths) {
    const collection = state.getCollection(path) as CollectionInternals;
    const documents = { ...collection.documents };
    for (const doc of byCollection.get(path) ?? []) {
      const id = doc.p.slice(path.length + 1);
      documents[id] = buildDocument(state, collection, id, doc);
      count++;
    }
    collection.documents = documents;
  }
  return count;
}

/** Every existing document of the tree (collections are read as they are when reached). */
function* walkDocuments(state: EmulatorState): Generator<DocumentInternals> {
  for (const project of Object.values(internals(state).projects))
    for (const database of Object.values(project.databases))
      for (const collection of Object.values(database.collections)) yield* walkCollection(collection);
}

function* walkCollection(collection: CollectionInternals): Generator<DocumentInternals> {
  for (const doc of Object.values(collection.documents)) {
    if (doc.metadata.hasExist) yield doc;
    for (const child of Object.values(doc.collections)) yield* walkCollection(child);
  }
}

async function writeSnapshot(state: EmulatorState, dir: string, seq: number): Promise<void> {
  const tmp = join(dir, `${snapshotName(seq)}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    let batch: StoredDocument[] = [];
    let chars = 0;
    for (const doc of walkDocuments(state)) {
      const stored = toStored(doc);
      batch.push(stored);
      chars += JSON.stringify(stored.f).length;
      if (chars < SNAPSHOT_BATCH_CHARS) continue;
      await handle.write(frame({ docs: batch }));
      batch = [];
      chars = 0;
      await yieldToLoop();
    }
    if (batch.length > 0) await handle.write(frame({ docs: batch }));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, join(dir, snapshotName(seq)));
  syncDirectory(dir);
}

async function legacyFold(dir: string, projectId: string | undefined): Promise<Fold | undefined> {
  const file = join(dir, LEGACY_FILE);
  if (!existsSync(file) || projectId === undefined) return undefined;
  const { documents } = JSON.parse(await readFile(file, 'utf8')) as {
    documents: Array<{ path: string; fields: Record<string, StoredValue> }>;
  };
  const prefix = `projects/${projectId}/databases/(default)/documents/`;
  const now = Date.now();
  return new Map(
    documents.map((d) => [prefix + d.path, { p: prefix + d.path, c: now, u: now, f: d.fields }]),
  );
}

class Store implements DurableStore {
  restoredDocuments = 0;
  private segment: Segment;
  private running: Promise<void> | undefined;
  private failed: unknown;
  private closed = false;
  private bytesSinceCompaction: number;

  constructor(
    private readonly state: EmulatorState,
    private readonly dir: string,
    nextSeq: number,
    journalBytes: number,
    private readonly options: DurableStoreOptions,
  ) {
    this.segment = new Segment(dir, nextSeq);
    this.bytesSinceCompaction = journalBytes;
  }

  /** Journals the post-images of `paths`; throws (and refuses every later commit) when the disk fails. */
  record(paths: string[]): void {
    if (this.closed) throw new Error('closed');
    if (this.failed !== undefined) throw this.failed;
    if (paths.length === 0) return;
    const record = frame({ w: paths.map((p) => storedDocument(this.state, p)) });
    try {
      this.segment.append(record);
    } catch (error) {
      this.failed = error;
      throw error;
    }
    this.bytesSinceCompaction += record.length;
    if (this.bytesSinceCompaction >= (this.options.compactAfterBytes ?? 64 * 1024 * 1024))
      void this.compact().catch(() => undefined);
  }

  compact(): Promise<void> {
    if (this.running) return this.running;
    if (this.closed) return Promise.resolve();
    this.bytesSinceCompaction = 0;
    const seq = this.segment.seq + 1;
    this.segment.close();
    this.segment = new Segment(this.dir, seq);
    this.running = this.runCompaction(seq).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runCompaction(seq: number): Promise<void> {
    try {
      await writeSnapshot(this.state, this.dir, seq);
      const files = listDataFiles(this.dir);
      removeFiles(this.dir, [
        ...files.snapshots.filter((s) => s < seq).map(snapshotName),
        ...files.segments.filter((s) => s < seq).map(segmentName),
      ]);
    } catch (error) {
      (this.options.onError ?? console.error)(error);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.running?.catch(() => undefined);
    if (this.closed) return;
    this.closed = true;
    this.segment.close();
  }
}

/**
 * Restores the emulator's state from `dir` (creating it when missing) and journals every later commit there.
 * Call before any client writes.
 */
export async function openDurableStore(
  emulator: EmbeddedEmulator,
  dir: string,
  options: DurableStoreOptions = {},
): Promise<DurableStore> {
  await mkdir(dir, { recursive: true });
  const read = readState(dir);
  const legacy = read.fold.size === 0 ? await legacyFold(dir, options.projectId) : undefined;
  const store = new Store(emulator.state, dir, read.nextSeq, read.journalBytes, options);
  store.restoredDocuments = restoreDocuments(emulator.state, legacy ?? read.fold);
  emulator.observeCommits((paths) => store.record(paths));
  if (legacy) {
    await store.compact();
    renameSync(join(dir, LEGACY_FILE), join(dir, `${LEGACY_FILE}.migrated`));
  }
  return store;
}
