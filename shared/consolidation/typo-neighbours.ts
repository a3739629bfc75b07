// Pairs of distinct folded names within one edit of each other: every name's symmetric-delete hashes (the key and
// each one-character deletion) are packed with the name id into one numeric array and sorted, so names sharing a hash
// form runs; each run (capped) is checked with withinOneEdit, and every name pair is reported once.

import { deletionHashes, withinOneEdit } from './name-keys';

const NAME_BITS = 2_097_152;
/** Names sharing one deletion hash that are compared with each other; the rest of a huge run is left out. */
export const RUN_CAP = 64;

/** Calls `pair(n1, n2)` once for each unordered pair of name ids whose names are within one edit. */
export function typoNeighbours(names: string[], pair: (n1: number, n2: number) => void): void {
  const packed = deletionEntries(names);
  packed.sort();
  const found: number[] = [];
  let start = 0;
  for (let k = 1; k <= packed.length; k++) {
    if (k < packed.length && hashOf(packed[k] as number) === hashOf(packed[start] as number)) continue;
    if (k - start > 1) checkRun(names, packed.subarray(start, Math.min(k, start + RUN_CAP)), found);
    start = k;
  }
  reportOnce(Float64Array.from(found), pair);
}

function deletionEntries(names: string[]): Float64Array {
  const count = Math.min(names.length, NAME_BITS);
  let total = 0;
  for (let nameId = 0; nameId < count; nameId++) total += (names[nameId] ?? '').length + 1;
  const out = new Float64Array(total);
  let k = 0;
  for (let nameId = 0; nameId < count; nameId++) {
    for (const h of deletionHashes(names[nameId] ?? '', 0)) out[k++] = h * NAME_BITS + nameId;
  }
  return out;
}

function hashOf(packed: number): number {
  return Math.floor(packed / NAME_BITS);
}

/** Appends the name pairs of one run that are within one edit, packed as smaller id × NAME_BITS + larger id. */
function checkRun(names: string[], run: Float64Array, found: number[]): void {
  for (let x = 0; x < run.length; x++) {
    const n1 = (run[x] as number) % NAME_BITS;
    for (let y = x + 1; y < run.length; y++) {
      const n2 = (run[y] as number) % NAME_BITS;
      if (n1 !== n2 && withinOneEdit(names[n1] ?? '', names[n2] ?? ''))
        found.push(Math.min(n1, n2) * NAME_BITS + Math.max(n1, n2));
    }
  }
}

function reportOnce(found: Float64Array, pair: (n1: number, n2: number) => void): void {
  found.sort();
  for (let k = 0; k < found.length; k++) {
    const packed = found[k] as number;
    if (k > 0 && found[k - 1] === packed) continue;
    pair(Math.floor(packed / NAME_BITS), packed % NAME_BITS);
  }
}
