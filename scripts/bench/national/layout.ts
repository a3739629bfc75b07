// How the Firestore adapter lays a stored version out (no I/O): its chunk documents and its manifest, whole or cut
// into parts by the size guard (manifest-parts.ts); sizes are serialized JSON in UTF-8, a fair stand-in for
// Firestore's document size (field names and values).
import { storedManifest } from '../../../functions/adapters/firestore/manifest-parts';
import { chunkEntries, manifestOf } from '../../../functions/adapters/firestore/master-chunks';
import type { MasterVersionRecord } from '../../../functions/app/ports';

export interface LayoutFigures {
  chunks: number;
  largestChunkKb: number;
  manifestKb: number;
  manifestParts: number;
  largestDocKb: number;
}

const kb = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8') / 1024;

export function layoutFigures(master: MasterVersionRecord): LayoutFigures {
  const chunks = chunkEntries(master.entries, master.invalidEntries);
  const largestChunk = Math.max(0, ...chunks.map(kb));
  const manifest = manifestOf(master, chunks);
  const stored = storedManifest(manifest);
  // A part's size is its text's (Firestore stores a string as its UTF-8 bytes; JSON would count escapes twice).
  const partKb = (text: string) => (Buffer.byteLength(text, 'utf8') + 64) / 1024;
  const docs =
    stored.kind === 'whole'
      ? [kb(stored.manifest)]
      : [kb(stored.marker), ...stored.parts.map((p) => partKb(p.text))];
  return {
    chunks: chunks.length,
    largestChunkKb: largestChunk,
    manifestKb: kb(manifest),
    manifestParts: stored.kind === 'whole' ? 0 : stored.parts.length,
    largestDocKb: Math.max(largestChunk, ...docs),
  };
}
