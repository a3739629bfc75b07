// Verified candidate pairs ("edges") in growable typed arrays rather than one object per pair, and their merge order
// (strongest first: mode, then score descending, then rows ascending) found by stable counting sorts in linear time.

import type { Verdict } from './compare-rows';
import { countingSort } from './counting-sort';
import type { UnionMode } from './union-find';

const MODES: UnionMode[] = ['forced', 'cccd', 'exact', 'probable'];

export class EdgeList {
  size = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  score = new Float64Array(1024);
  reasons = new Int32Array(1024);
  /** Index into MODES. */
  mode = new Uint8Array(1024);

  push(a: number, b: number, v: Verdict): void {
    if (this.size === this.a.length) this.grow();
    const k = this.size++;
    this.a[k] = Math.min(a, b);
    this.b[k] = Math.max(a, b);
    this.score[k] = v.score;
    this.reasons[k] = v.reasons;
    this.mode[k] = modeRank(v);
  }

  modeOf(k: number): UnionMode {
    return MODES[this.mode[k] as number] ?? 'probable';
  }

  exact(k: number): boolean {
    return (this.mode[k] as number) < 3;
  }

  private grow(): void {
    const n = this.a.length * 2;
    this.a = copyInto(new Int32Array(n), this.a);
    this.b = copyInto(new Int32Array(n), this.b);
    this.score = copyInto(new Float64Array(n), this.score);
    this.reasons = copyInto(new Int32Array(n), this.reasons);
    this.mode = copyInto(new Uint8Array(n), this.mode);
  }
}

function copyInto<T extends Int32Array | Float64Array | Uint8Array>(to: T, from: T): T {
  to.set(from);
  return to;
}

function modeRank(v: Verdict): number {
  if (!v.exact) return 3;
  return v.reasons === 1 ? 1 : 2;
}

/** Edge indices strongest first; ties by row a, then row b (an LSD radix sort: b, then a, then strength). */
export function strengthOrder(edges: EdgeList, rowCount: number): Int32Array {
  let order: Int32Array = Int32Array.from({ length: edges.size }, (_, k) => k);
  order = countingSort(order, edges.b, rowCount);
  order = countingSort(order, edges.a, rowCount);
  const strength = strengthRanks(edges);
  return countingSort(order, strength.rank, strength.count);
}

/** Dense ranks of (mode, score descending): few distinct levels, compared exactly. */
function strengthRanks(edges: EdgeList): { rank: Int32Array; count: number } {
  const modes: number[] = [];
  const scores: number[] = [];
  const rank = new Int32Array(edges.size);
  for (let k = 0; k < edges.size; k++)
    rank[k] = levelOf(modes, scores, edges.mode[k] as number, edges.score[k] as number);
  const sorted = modes
    .map((_, l) => l)
    .sort(
      (x, y) => (modes[x] as number) - (modes[y] as number) || (scores[y] as number) - (scores[x] as number),
    );
  const rankOfLevel = new Int32Array(modes.length);
  sorted.forEach((level, r) => {
    rankOfLevel[level] = r;
  });
  for (let k = 0; k < edges.size; k++) rank[k] = rankOfLevel[rank[k] as number] as number;
  return { rank, count: modes.length };
}

function levelOf(modes: number[], scores: number[], mode: number, score: number): number {
  for (let l = 0; l < modes.length; l++) if (modes[l] === mode && scores[l] === score) return l;
  modes.push(mode);
  scores.push(score);
  return modes.length - 1;
}
