// Candidate groups for the board: the connected rows of all verified pairs (whether merged or not), each with its
// weakest score, the union of its reasons, whether every pair in it is exact, and the latest board decision that
// covers all its members. Accumulated in typed arrays by group; decisions are looked up by member key.

import { reasonCodes } from './compare-rows';
import type { EdgeList } from './edge-list';
import type { DuplicateDecision, DuplicateDecisionValue, FoundGroup } from './types';
import type { UnionFind } from './union-find';

export interface DecisionIndex {
  list: Array<{ keys: Set<string>; decision: DuplicateDecisionValue }>;
  /** Indices into list of the decisions naming a member key, ascending. */
  byKey: Map<string, number[]>;
}

export function indexDecisions(decisions: DuplicateDecision[]): DecisionIndex {
  const index: DecisionIndex = { list: [], byKey: new Map() };
  decisions.forEach((d, k) => {
    const keys = new Set(d.memberKeys);
    index.list.push({ keys, decision: d.decision });
    for (const key of keys) {
      const list = index.byKey.get(key);
      if (list) list.push(k);
      else index.byKey.set(key, [k]);
    }
  });
  return index;
}

export function buildGroups(
  rows: ReadonlyArray<{ memberKey: string }>,
  edges: EdgeList,
  candidates: UnionFind,
  decided: DecisionIndex,
): FoundGroup[] {
  const { groupOfRoot, members } = groupMembers(rows.length, candidates);
  const exact = new Uint8Array(members.length).fill(1);
  const score = new Float64Array(members.length).fill(1);
  const reasons = new Int32Array(members.length);
  for (let k = 0; k < edges.size; k++) {
    const g = groupOfRoot[candidates.find(edges.a[k] as number)] as number;
    if (!edges.exact(k)) exact[g] = 0;
    score[g] = Math.min(score[g] as number, edges.score[k] as number);
    reasons[g] = (reasons[g] as number) | (edges.reasons[k] as number);
  }
  return members.map((list, g) => {
    const group: FoundGroup = {
      members: list,
      exact: exact[g] === 1 && reasons[g] !== 0,
      score: score[g] as number,
      reasons: reasonCodes(reasons[g] as number),
    };
    const decision = decided.list.length > 0 ? decisionFor(list, rows, decided) : undefined;
    if (decision) group.decision = decision;
    return group;
  });
}

/** Rows of every candidate set with 2+ rows, ascending; groups ordered by their first row. */
function groupMembers(n: number, candidates: UnionFind): { groupOfRoot: Int32Array; members: number[][] } {
  const groupOfRoot = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    const root = candidates.find(i);
    if (candidates.sizeOf(root) < 2) continue;
    let g = groupOfRoot[root] as number;
    if (g < 0) {
      g = members.length;
      groupOfRoot[root] = g;
      members.push([]);
    }
    members[g]?.push(i);
  }
  return { groupOfRoot, members };
}

/** The latest decision whose member keys include every member of the group. */
function decisionFor(
  list: number[],
  rows: ReadonlyArray<{ memberKey: string }>,
  decided: DecisionIndex,
): DuplicateDecisionValue | undefined {
  const first = decided.byKey.get(rows[list[0] as number]?.memberKey ?? '');
  if (!first) return undefined;
  for (let k = first.length - 1; k >= 0; k--) {
    const d = decided.list[first[k] as number];
    if (d && list.every((i) => d.keys.has(rows[i]?.memberKey ?? ''))) return d.decision;
  }
  return undefined;
}
