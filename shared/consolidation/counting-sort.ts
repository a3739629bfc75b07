// Stable counting sort of integer ids by a small integer key: linear time, typed arrays only.

/** `ids` ordered by key[id] (each in 0 .. buckets - 1), ids with equal keys keeping their order. */
export function countingSort(ids: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (const i of ids) {
    const bucket = (key[i] as number) + 1;
    start[bucket] = (start[bucket] as number) + 1;
  }
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const out = new Int32Array(ids.length);
  for (const i of ids) {
    const bucket = key[i] as number;
    const at = start[bucket] as number;
    out[at] = i;
    start[bucket] = at + 1;
  }
  return out;
}
