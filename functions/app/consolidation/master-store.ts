// Reading and writing master versions through the MasterRepository: chunks are content-addressed (a chunk the
// current version already lists is not written again), the manifest is the commit marker, and a version is
// read back as the MasterVersion the consolidation core works with, entries in display order.
import type { EntryReview } from '../../../shared/api/master-entries';
import type { MasterChunk, MasterEntry, MasterVersion } from '../../../shared/consolidation/types';
import { AppError } from '../errors';
import type { MasterManifest, MasterRepository } from '../ports';

/** A master entry as stored and listed: the core's entry plus the board's review details. */
export type StoredEntry = MasterEntry & { review?: EntryReview };

/** Entries per chunk document: with row issues and eligibility reasons, ~1–4 KB each, well under 1 MiB. */
export const MASTER_CHUNK_SIZE = 100;

const PARALLEL_WRITES = 8;

export type ChunkWriteProgress = (written: number, total: number) => Promise<void>;

/** Writes the chunks not already stored; returns how many documents were created. */
export async function writeChunks(
  masters: MasterRepository,
  campaignId: string,
  chunks: MasterChunk[],
  stored: ReadonlySet<string>,
  progress: ChunkWriteProgress,
): Promise<number> {
  const fresh = chunks.filter((c) => !stored.has(c.hash));
  let created = 0;
  for (let start = 0; start < fresh.length; start += PARALLEL_WRITES) {
    const batch = fresh.slice(start, start + PARALLEL_WRITES);
    const results = await Promise.all(batch.map((chunk) => masters.putChunk(campaignId, chunk)));
    created += results.filter(Boolean).length;
    await progress(start + batch.length, fresh.length);
  }
  return created;
}

/** The full master version of a manifest (all its chunks); committed versions never change, so they are cached. */
export async function loadVersion(
  masters: MasterRepository,
  manifest: MasterManifest,
): Promise<MasterVersion> {
  const cached = versionCache.get(cacheKey(manifest));
  if (cached) return cached;
  const hashes = manifest.chunks.map((c) => c.hash);
  const chunks = await masters.readChunks(manifest.campaignId, hashes);
  const { campaignId, version, createdAt, duplicates, changes, stats, totals, unitVersions } = manifest;
  const all = sortEntries(chunks.flatMap((c) => c.entries));
  const master = {
    campaignId,
    version,
    createdAt,
    entries: all.filter((e) => e.validity !== 'invalid'),
    invalidEntries: all.filter((e) => e.validity === 'invalid'),
    duplicates,
    changes,
    stats,
    totals,
    unitVersions,
  };
  rememberVersion(manifest, master);
  return master;
}

const CACHED_VERSIONS = 4;
const versionCache = new Map<string, MasterVersion>();

function cacheKey(manifest: MasterManifest): string {
  return `${manifest.campaignId}/${manifest.version}/${manifest.inputHash}`;
}

/** Keeps a committed version in memory (its entries are not to be mutated by readers). */
export function rememberVersion(manifest: MasterManifest, master: MasterVersion): void {
  versionCache.delete(cacheKey(manifest));
  versionCache.set(cacheKey(manifest), master);
  for (const key of versionCache.keys()) {
    if (versionCache.size <= CACHED_VERSIONS) break;
    versionCache.delete(key);
  }
}

/** Display order of the consolidation core: kind, then name without diacritics, then nomineeId. */
export function sortEntries<T extends MasterEntry>(entries: T[]): T[] {
  const keyed = entries.map((entry) => ({ entry, key: foldName(entry.displayName) }));
  keyed.sort(
    (a, b) =>
      compare(a.entry.kind, b.entry.kind) ||
      compare(a.key, b.key) ||
      compare(a.entry.nomineeId, b.entry.nomineeId),
  );
  return keyed.map((k) => k.entry);
}

function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The requested version's manifest, or the latest one; MASTER_NOT_FOUND when there is none. */
export async function findManifest(
  masters: MasterRepository,
  campaignId: string,
  version: number | undefined,
): Promise<MasterManifest> {
  const manifest =
    version === undefined
      ? await masters.latestManifest(campaignId)
      : await masters.getManifest(campaignId, version);
  if (!manifest) throw new AppError('MASTER_NOT_FOUND');
  return manifest;
}
