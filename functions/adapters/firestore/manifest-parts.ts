// Size guard of the master manifest (docs/data-model.md "Master versions"): a version's description (chunk list,
// change set, duplicate groups, statistics, per-unit figures) grows with the campaign; at national scale (hundreds of
// thousands of entries) it passes Firestore's 1 MiB per document. Such a manifest is stored as its JSON text cut into
// content-addressed part documents (campaigns/{c}/masterManifestParts/{hash}, each ≤ MANIFEST_PART_BYTES of UTF-8,
// created with create() before the commit marker), and the commit marker keeps only the version's identity, totals
// and the list of parts. A manifest under MANIFEST_INLINE_BYTES stays one document, as before. Readers get the same
// manifest either way.
import { contentHash } from '../../../shared/consolidation/hash';
import type { Manifest } from './master-chunks';

/** Largest manifest kept in one document (serialized JSON; Firestore's limit is 1 MiB, the rest is margin). */
export const MANIFEST_INLINE_BYTES = 768 * 1024;
/** Largest part of a cut manifest (UTF-8 bytes of its text). */
export const MANIFEST_PART_BYTES = 768 * 1024;

/** One part document: a slice of the manifest's JSON text. */
export interface ManifestPart {
  hash: string;
  index: number;
  text: string;
}

/** The commit marker of a cut manifest: what `latest` orders by and shows without reading the parts. */
export interface PartedManifest {
  campaignId: string;
  version: number;
  createdAt: string;
  inputHash: string;
  parts: Array<{ hash: string; bytes: number }>;
}

export type StoredManifest =
  | { kind: 'whole'; manifest: Manifest }
  | { kind: 'parted'; marker: PartedManifest; parts: ManifestPart[] };

/** The manifest as one document when it fits, otherwise its marker and parts (in order). */
export function storedManifest(
  manifest: Manifest,
  inlineBytes = MANIFEST_INLINE_BYTES,
  partBytes = MANIFEST_PART_BYTES,
): StoredManifest {
  const text = JSON.stringify(manifest);
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength <= inlineBytes) return { kind: 'whole', manifest };
  const parts = cut(bytes, partBytes).map((slice, index) => {
    const partText = slice.toString('utf8');
    return { hash: contentHash({ index, text: partText }), index, text: partText };
  });
  const { campaignId, version, createdAt, inputHash } = manifest;
  const refs = parts.map((p) => ({ hash: p.hash, bytes: Buffer.byteLength(p.text, 'utf8') }));
  return { kind: 'parted', marker: { campaignId, version, createdAt, inputHash, parts: refs }, parts };
}

/** The manifest's JSON value from its parts' texts, in the marker's order. */
export function joinParts(texts: string[]): unknown {
  return JSON.parse(texts.join(''));
}

/** Slices of at most `max` bytes, each ending on a UTF-8 character boundary. */
function cut(bytes: Buffer, max: number): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  while (start < bytes.byteLength) {
    let end = Math.min(start + max, bytes.byteLength);
    while (end < bytes.byteLength && end > start && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    out.push(bytes.subarray(start, end));
    start = end;
  }
  return out;
}
