// How a master version is laid out in documents: its entries in content-addressed chunks (grouped by kind and
// first source unit, shared/consolidation/chunks.ts), each chunk kept well under Firestore's 1 MiB per document;
// the manifest (commit marker) lists the chunks by hash, so a chunk an earlier version stored is not written again.
import { chunkMaster } from '../../../shared/consolidation/chunks';
import { contentHash } from '../../../shared/consolidation/hash';
import type { MasterChunk } from '../../../shared/consolidation/types';
import type { MasterVersionInfo, MasterVersionRecord, StoredEntry } from '../../app/ports';

/** Entries per chunk: with row issues and eligibility reasons, ~1–4 KB each. */
export const CHUNK_ENTRIES = 100;
/** A chunk larger than this (serialized) is halved until it fits. */
export const CHUNK_MAX_BYTES = 512 * 1024;

/** One chunk document listed by a manifest. */
export interface ChunkRef {
  hash: string;
  chunkId: string;
  count: number;
}

/** The manifest document: the version's description plus its chunks. Written last, with create(). */
export interface Manifest extends MasterVersionInfo {
  chunks: ChunkRef[];
}

/** Deterministic chunks of the entries: equal entries give equal chunks and hashes. */
/** Chunks of a version's entries; the entries "chưa hợp lệ" go into chunks of their own. */
export function chunkEntries(
  entries: StoredEntry[],
  invalidEntries: StoredEntry[] = [],
  maxBytes = CHUNK_MAX_BYTES,
): MasterChunk[] {
  return chunkMaster({ entries, invalidEntries }, CHUNK_ENTRIES).flatMap((chunk) => fitSize(chunk, maxBytes));
}

function fitSize(chunk: MasterChunk, maxBytes: number): MasterChunk[] {
  const n = chunk.entries.length;
  if (n <= 1 || Buffer.byteLength(JSON.stringify(chunk.entries), 'utf8') <= maxBytes) return [chunk];
  const half = Math.ceil(n / 2);
  return [part(chunk, 0, half, 'a'), part(chunk, half, n, 'b')].flatMap((c) => fitSize(c, maxBytes));
}

function part(chunk: MasterChunk, from: number, to: number, suffix: string): MasterChunk {
  const entries = chunk.entries.slice(from, to);
  return { ...chunk, chunkId: `${chunk.chunkId}${suffix}`, hash: contentHash(entries), entries };
}

export function manifestOf(master: MasterVersionRecord, chunks: MasterChunk[]): Manifest {
  const { entries: _entries, invalidEntries: _invalid, ...info } = master;
  return {
    ...info,
    chunks: chunks.map((c) => ({ hash: c.hash, chunkId: c.chunkId, count: c.entries.length })),
  };
}

export function infoOf(manifest: Manifest): MasterVersionInfo {
  const { chunks: _chunks, ...info } = manifest;
  return info;
}
