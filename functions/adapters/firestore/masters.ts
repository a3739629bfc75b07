// Master versions (docs/data-model.md "Master versions"): content-addressed chunk documents
// campaigns/{c}/masterChunks/{hash} created with create() (ALREADY_EXISTS = already stored, nothing written) and
// one manifest per version, campaigns/{c}/masterVersions/{000001}, created last: it is the commit marker. Chunking
// and document sizes stay here (master-chunks.ts); the port speaks of versions and entries. Committed versions never
// change, so the last few read or saved are kept in memory by this instance.
import type { Firestore } from 'firebase-admin/firestore';
import type { MasterChunk } from '../../../shared/consolidation/types';
import { sortEntries } from '../../app/consolidation/display-order';
import { AppError } from '../../app/errors';
import type {
  EntryPage,
  MasterRepository,
  MasterVersionInfo,
  MasterVersionRecord,
  SaveProgress,
  StoredEntry,
} from '../../app/ports';
import { call, createOnce } from './errors';
import { joinParts, type ManifestPart, type PartedManifest, storedManifest } from './manifest-parts';
import { chunkEntries, infoOf, type Manifest, manifestOf } from './master-chunks';
import {
  asStored,
  chunkDocSchema,
  manifestDocSchema,
  manifestPartDocSchema,
  partedManifestDocSchema,
} from './master-docs';
import { campaignSub, versionDocId } from './master-paths';
import { parseData, parseDoc } from './parse';

const PARALLEL_WRITES = 8;
const CACHED_VERSIONS = 4;
/** At most this many entries kept in the cache (a national version has ~250,000): older versions are let go first. */
const CACHED_ENTRIES = 300_000;

export class FirestoreMasters implements MasterRepository {
  private readonly versions = new Map<string, MasterVersionRecord>();
  /** The latest manifest seen per campaign (committed ones never change), so a following read() or save() skips a read. */
  private readonly heads = new Map<string, Manifest>();

  constructor(private readonly db: Firestore) {}

  async latest(campaignId: string): Promise<MasterVersionInfo | null> {
    const manifest = await this.latestManifest(campaignId);
    return manifest ? infoOf(manifest) : null;
  }

  async info(campaignId: string, version: number): Promise<MasterVersionInfo | null> {
    const manifest = await this.manifest(campaignId, version);
    return manifest ? infoOf(manifest) : null;
  }

  async read(campaignId: string, version: number): Promise<MasterVersionRecord | null> {
    const head = this.heads.get(campaignId);
    const manifest = head?.version === version ? head : await this.manifest(campaignId, version);
    return manifest ? this.load(manifest) : null;
  }

  async readEntries(campaignId: string, version: number, page: EntryPage): Promise<StoredEntry[]> {
    const master = await this.read(campaignId, version);
    if (!master) throw new AppError('MASTER_NOT_FOUND');
    return master.entries.slice(page.offset, page.offset + page.limit);
  }

  async save(master: MasterVersionRecord, progress?: SaveProgress): Promise<boolean> {
    const chunks = chunkEntries(master.entries, master.invalidEntries);
    const stored = await this.storedHashes(master.campaignId, master.version - 1);
    await this.writeChunks(
      master.campaignId,
      chunks.filter((c) => !stored.has(c.hash)),
      progress,
    );
    const manifest = manifestOf(master, chunks);
    const layout = storedManifest(manifest);
    if (layout.kind === 'parted') await this.writeParts(master.campaignId, layout.parts);
    const body = layout.kind === 'whole' ? layout.manifest : layout.marker;
    const ref = campaignSub(this.db, master.campaignId, 'masterVersions').doc(versionDocId(master.version));
    const created = await createOnce('commit master version', () => ref.create(body));
    if (created)
      this.remember(manifest, recordOf(manifest, [...master.entries, ...(master.invalidEntries ?? [])]));
    return created;
  }

  private async latestManifest(campaignId: string): Promise<Manifest | null> {
    const query = campaignSub(this.db, campaignId, 'masterVersions').orderBy('version', 'desc').limit(1);
    const snapshot = await call('latest master version', () => query.get());
    const doc = snapshot.docs[0];
    const manifest = doc ? await this.manifestOfDoc(campaignId, doc.data(), doc.ref.path) : null;
    if (manifest) this.heads.set(campaignId, manifest);
    else this.heads.delete(campaignId);
    return manifest;
  }

  private async manifest(campaignId: string, version: number): Promise<Manifest | null> {
    const ref = campaignSub(this.db, campaignId, 'masterVersions').doc(versionDocId(version));
    const snapshot = await call('get master version', () => ref.get());
    const data = snapshot.data();
    return data ? this.manifestOfDoc(campaignId, data, ref.path) : null;
  }

  /** The manifest a commit-marker document stands for: itself, or the manifest joined from its parts. */
  private async manifestOfDoc(campaignId: string, data: unknown, path: string): Promise<Manifest> {
    if (!(data && typeof data === 'object' && 'parts' in data))
      return asStored<Manifest>(parseData(manifestDocSchema, data, path));
    const marker = asStored<PartedManifest>(parseData(partedManifestDocSchema, data, path));
    const col = campaignSub(this.db, campaignId, 'masterManifestParts');
    const snapshots = await call('read master manifest parts', () =>
      this.db.getAll(...marker.parts.map((p) => col.doc(p.hash))),
    );
    const texts = snapshots.map((snapshot) => {
      const part = parseDoc(manifestPartDocSchema, snapshot);
      if (!part) throw new AppError('INTERNAL', `master manifest part ${snapshot.ref.path} missing`);
      return part.text;
    });
    return asStored<Manifest>(parseData(manifestDocSchema, joinParts(texts), path));
  }

  /** The parts of a cut manifest, before its commit marker (an existing part is the same text: nothing written). */
  private async writeParts(campaignId: string, parts: ManifestPart[]): Promise<void> {
    const col = campaignSub(this.db, campaignId, 'masterManifestParts');
    for (let start = 0; start < parts.length; start += PARALLEL_WRITES) {
      const batch = parts.slice(start, start + PARALLEL_WRITES);
      await Promise.all(
        batch.map((part) => createOnce('create master manifest part', () => col.doc(part.hash).create(part))),
      );
    }
  }

  /** Hashes of the chunks version `version` lists (the previous version of one being saved). */
  private async storedHashes(campaignId: string, version: number): Promise<Set<string>> {
    if (version < 1) return new Set();
    const head = this.heads.get(campaignId);
    const previous = head?.version === version ? head : await this.manifest(campaignId, version);
    return new Set(previous?.chunks.map((c) => c.hash) ?? []);
  }

  private async writeChunks(
    campaignId: string,
    fresh: MasterChunk[],
    progress?: SaveProgress,
  ): Promise<void> {
    const col = campaignSub(this.db, campaignId, 'masterChunks');
    for (let start = 0; start < fresh.length; start += PARALLEL_WRITES) {
      const batch = fresh.slice(start, start + PARALLEL_WRITES);
      await Promise.all(
        batch.map((chunk) => createOnce('create master chunk', () => col.doc(chunk.hash).create(chunk))),
      );
      await progress?.(start + batch.length, fresh.length);
    }
  }

  private async load(manifest: Manifest): Promise<MasterVersionRecord> {
    const cached = this.versions.get(cacheKey(manifest));
    if (cached) return cached;
    const chunks = await this.readChunks(
      manifest.campaignId,
      manifest.chunks.map((c) => c.hash),
    );
    const master = recordOf(
      manifest,
      chunks.flatMap((c) => c.entries),
    );
    this.remember(manifest, master);
    return master;
  }

  private async readChunks(campaignId: string, hashes: string[]): Promise<MasterChunk[]> {
    if (hashes.length === 0) return [];
    const col = campaignSub(this.db, campaignId, 'masterChunks');
    const snapshots = await call('read master chunks', () =>
      this.db.getAll(...hashes.map((h) => col.doc(h))),
    );
    return snapshots.map((snapshot) => {
      const parsed = parseDoc(chunkDocSchema, snapshot);
      if (!parsed) throw new AppError('INTERNAL', `master chunk ${snapshot.ref.path} missing`);
      return asStored<MasterChunk>(parsed);
    });
  }

  private remember(manifest: Manifest, master: MasterVersionRecord): void {
    const key = cacheKey(manifest);
    this.versions.delete(key);
    this.versions.set(key, master);
    for (const old of this.versions.keys()) {
      if (this.versions.size <= 1) break;
      if (this.versions.size <= CACHED_VERSIONS && this.cachedEntries() <= CACHED_ENTRIES) break;
      this.versions.delete(old);
    }
  }

  private cachedEntries(): number {
    let n = 0;
    for (const v of this.versions.values()) n += v.entries.length + (v.invalidEntries?.length ?? 0);
    return n;
  }
}

function cacheKey(manifest: Manifest): string {
  return `${manifest.campaignId}/${manifest.version}/${manifest.inputHash}/${manifest.createdAt}`;
}

/** A version's record from its manifest and all its chunks' entries (the entries "chưa hợp lệ" kept apart). */
function recordOf(manifest: Manifest, all: StoredEntry[]): MasterVersionRecord {
  const sorted = sortEntries(all);
  const invalid = sorted.filter((e) => e.validity === 'invalid');
  const entries = sorted.filter((e) => e.validity !== 'invalid');
  return { ...infoOf(manifest), entries, ...(invalid.length > 0 ? { invalidEntries: invalid } : {}) };
}
