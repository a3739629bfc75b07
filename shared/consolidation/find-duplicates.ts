// Duplicate detection across and within units: candidate pairs from blocking, pair verdicts, then a constrained
// union-find that merges exact matches always and probable ones above a score (strongest first), and respects board
// decisions. Linear in rows + proposed pairs: integer-keyed blocking, typed-array edges, counting sorts.

import type { NominationKind } from '../grid/types';
import { proposePairs } from './candidates';
import { compareRows } from './compare-rows';
import { EdgeList, strengthOrder } from './edge-list';
import { buildGroups, type DecisionIndex, indexDecisions } from './found-groups';
import type { MatchRow } from './match-rows';
import { buildMatchTable, type MatchTable } from './match-table';
import type { DuplicateDecision, FoundGroup, NomineeFields } from './types';
import { ConstrainedUnionFind, UnionFind } from './union-find';

export interface DuplicateInputRow {
  kind: NominationKind;
  data: NomineeFields;
  /** Stable member key (see EntrySource.memberKey); board decisions name rows by it. */
  memberKey: string;
}

export interface DuplicateOptions {
  decisions?: DuplicateDecision[];
  /** Probable matches at or above this score are merged without a decision; default 0.75. */
  autoMergeScore?: number;
}

export interface DuplicateResult {
  /** Per input row: the index of the first row of its nominee (rows with the same value are one nominee). */
  nominee: number[];
  groups: FoundGroup[];
  /** Per input row: its matching keys (identityKeyOf(row) gives the key used for stable ids). */
  matchRows: MatchRow[];
}

export function findDuplicates(rows: DuplicateInputRow[], options: DuplicateOptions = {}): DuplicateResult {
  const table = buildMatchTable(rows);
  const matchRows = table.rows;
  const edges = collectEdges(table);
  const merged = new ConstrainedUnionFind(table);
  const candidates = new UnionFind(matchRows.length);
  const decided = applyDecisions(rows, options.decisions ?? [], merged, candidates);
  mergeEdges(edges, strengthOrder(edges, rows.length), merged, options.autoMergeScore ?? 0.75);
  for (let k = 0; k < edges.size; k++) candidates.union(edges.a[k] as number, edges.b[k] as number);
  const nominee = firstMembers(rows.length, (i) => merged.find(i));
  return { nominee, groups: buildGroups(rows, edges, candidates, decided), matchRows };
}

function collectEdges(table: MatchTable): EdgeList {
  const edges = new EdgeList();
  const matchRows = table.rows;
  proposePairs(table, (a, b) => {
    const verdict = compareRows(matchRows[a] as MatchRow, matchRows[b] as MatchRow);
    if (verdict) edges.push(a, b, verdict);
  });
  return edges;
}

function mergeEdges(
  edges: EdgeList,
  order: Int32Array,
  uf: ConstrainedUnionFind,
  autoMergeScore: number,
): void {
  for (const k of order) {
    const mode = edges.modeOf(k);
    if (mode !== 'probable' || (edges.score[k] as number) >= autoMergeScore)
      uf.union(edges.a[k] as number, edges.b[k] as number, mode);
  }
}

/** Applies 'different' (cannot-link) then 'same' (forced) decisions; returns the decisions that named 2+ rows. */
function applyDecisions(
  rows: DuplicateInputRow[],
  decisions: DuplicateDecision[],
  merged: ConstrainedUnionFind,
  candidates: UnionFind,
): DecisionIndex {
  const byKey = rowsByMemberKey(rows);
  const resolved = decisions.map((d) => ({ d, rows: d.memberKeys.flatMap((k) => byKey.get(k) ?? []) }));
  for (const { d, rows: ids } of resolved) if (d.decision === 'different') linkApart(rows, ids, merged);
  for (const { d, rows: ids } of resolved) {
    if (d.decision !== 'same') continue;
    for (const i of ids.slice(1)) merged.union(ids[0] as number, i, 'forced');
    for (const i of ids.slice(1)) candidates.union(ids[0] as number, i);
  }
  return indexDecisions(decisions);
}

function rowsByMemberKey(rows: DuplicateInputRow[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const list = byKey.get(r.memberKey);
    if (list) list.push(i);
    else byKey.set(r.memberKey, [i]);
  });
  return byKey;
}

function linkApart(rows: DuplicateInputRow[], ids: number[], uf: ConstrainedUnionFind): void {
  for (let x = 0; x < ids.length; x++) {
    for (let y = x + 1; y < ids.length; y++) {
      const a = ids[x] as number;
      const b = ids[y] as number;
      if (rows[a]?.memberKey !== rows[b]?.memberKey) uf.cannotLink(a, b);
    }
  }
}

function firstMembers(n: number, rootOf: (i: number) => number): number[] {
  const first = new Int32Array(n).fill(-1);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const root = rootOf(i);
    if (first[root] === -1) first[root] = i;
    out[i] = first[root] ?? i;
  }
  return out;
}
