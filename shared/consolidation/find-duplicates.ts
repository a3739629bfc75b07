// Duplicate detection across and within units: candidate pairs from blocking, pair verdicts, then a constrained
// union-find that merges exact matches always and probable ones above a score, and respects board decisions.

import type { NominationKind } from '../grid/types';
import { proposePairs } from './candidates';
import { compareRows, reasonCodes, type Verdict } from './compare-rows';
import { type MatchRow, toMatchRow } from './match-rows';
import type { DuplicateDecision, DuplicateDecisionValue, DuplicateReasonCode, NomineeFields } from './types';
import { ConstrainedUnionFind, UnionFind, type UnionMode } from './union-find';

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

export interface FoundGroup {
  /** Row indices, ascending. */
  members: number[];
  exact: boolean;
  score: number;
  reasons: DuplicateReasonCode[];
  decision?: DuplicateDecisionValue;
}

export interface DuplicateResult {
  /** Per input row: the index of the first row of its nominee (rows with the same value are one nominee). */
  nominee: number[];
  groups: FoundGroup[];
  /** Per input row: its matching keys (identityKeyOf(row) gives the key used for stable ids). */
  matchRows: MatchRow[];
}

interface Edge {
  a: number;
  b: number;
  verdict: Verdict;
  mode: UnionMode;
}

export function findDuplicates(rows: DuplicateInputRow[], options: DuplicateOptions = {}): DuplicateResult {
  const matchRows = rows.map((r) => toMatchRow(r.kind, r.data));
  const edges = collectEdges(matchRows);
  const merged = new ConstrainedUnionFind(matchRows);
  const candidates = new UnionFind(matchRows.length);
  const decided = applyDecisions(rows, options.decisions ?? [], merged, candidates);
  mergeEdges(edges, merged, options.autoMergeScore ?? 0.75);
  for (const e of edges) candidates.union(e.a, e.b);
  const nominee = firstMembers(rows.length, (i) => merged.find(i));
  return { nominee, groups: buildGroups(rows, edges, candidates, decided), matchRows };
}

function collectEdges(matchRows: MatchRow[]): Edge[] {
  const edges: Edge[] = [];
  proposePairs(matchRows, (a, b) => {
    const verdict = compareRows(matchRows[a] as MatchRow, matchRows[b] as MatchRow);
    if (verdict) edges.push({ a: Math.min(a, b), b: Math.max(a, b), verdict, mode: modeOf(verdict) });
  });
  return edges.sort(byStrength);
}

function modeOf(v: Verdict): UnionMode {
  if (!v.exact) return 'probable';
  return v.reasons === 1 ? 'cccd' : 'exact';
}

const MODE_RANK: Record<UnionMode, number> = { forced: 0, cccd: 1, exact: 2, probable: 3 };

function byStrength(x: Edge, y: Edge): number {
  return MODE_RANK[x.mode] - MODE_RANK[y.mode] || y.verdict.score - x.verdict.score || x.a - y.a || x.b - y.b;
}

function mergeEdges(edges: Edge[], uf: ConstrainedUnionFind, autoMergeScore: number): void {
  for (const e of edges)
    if (e.mode !== 'probable' || e.verdict.score >= autoMergeScore) uf.union(e.a, e.b, e.mode);
}

/** Applies 'different' (cannot-link) then 'same' (forced) decisions; returns the decisions that named 2+ rows. */
function applyDecisions(
  rows: DuplicateInputRow[],
  decisions: DuplicateDecision[],
  merged: ConstrainedUnionFind,
  candidates: UnionFind,
): Array<{ keys: Set<string>; decision: DuplicateDecisionValue }> {
  const byKey = rowsByMemberKey(rows);
  const resolved = decisions.map((d) => ({ d, rows: d.memberKeys.flatMap((k) => byKey.get(k) ?? []) }));
  for (const { d, rows: ids } of resolved) if (d.decision === 'different') linkApart(rows, ids, merged);
  for (const { d, rows: ids } of resolved) {
    if (d.decision !== 'same') continue;
    for (const i of ids.slice(1)) merged.union(ids[0] as number, i, 'forced');
    for (const i of ids.slice(1)) candidates.union(ids[0] as number, i);
  }
  return decisions.map((d) => ({ keys: new Set(d.memberKeys), decision: d.decision }));
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

interface GroupAcc {
  members: number[];
  exact: boolean;
  score: number;
  reasons: number;
}

function buildGroups(
  rows: DuplicateInputRow[],
  edges: Edge[],
  candidates: UnionFind,
  decided: Array<{ keys: Set<string>; decision: DuplicateDecisionValue }>,
): FoundGroup[] {
  const acc = new Map<number, GroupAcc>();
  for (let i = 0; i < rows.length; i++) {
    const root = candidates.find(i);
    if (candidates.sizeOf(root) > 1) accFor(acc, root).members.push(i);
  }
  for (const e of edges) addEdge(accFor(acc, candidates.find(e.a)), e.verdict);
  const groups: FoundGroup[] = [];
  for (const g of acc.values()) if (g.members.length > 1) groups.push(toGroup(g, rows, decided));
  return groups;
}

function accFor(acc: Map<number, GroupAcc>, root: number): GroupAcc {
  let g = acc.get(root);
  if (!g) {
    g = { members: [], exact: true, score: 1, reasons: 0 };
    acc.set(root, g);
  }
  return g;
}

function addEdge(g: GroupAcc, v: Verdict): void {
  g.exact &&= v.exact;
  g.score = Math.min(g.score, v.score);
  g.reasons |= v.reasons;
}

function toGroup(
  g: GroupAcc,
  rows: DuplicateInputRow[],
  decided: Array<{ keys: Set<string>; decision: DuplicateDecisionValue }>,
): FoundGroup {
  const keys = g.members.map((i) => rows[i]?.memberKey ?? '');
  const decision = decided.findLast((d) => keys.every((k) => d.keys.has(k)))?.decision;
  const group: FoundGroup = {
    members: g.members,
    exact: g.exact && g.reasons !== 0,
    score: g.score,
    reasons: reasonCodes(g.reasons),
  };
  if (decision) group.decision = decision;
  return group;
}
