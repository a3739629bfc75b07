import { describe, expect, it } from 'vitest';
import { EdgeList } from '../../../shared/consolidation/edge-list';
import { buildGroups, indexDecisions } from '../../../shared/consolidation/found-groups';
import { UnionFind } from '../../../shared/consolidation/union-find';

const rows = ['u1|a', 'u2|b', 'u3|c', 'u4|d', 'u5|e', 'u6|f'].map((memberKey) => ({ memberKey }));

function groupsOf(pairs: Array<[number, number, boolean, number, number]>, decisions = indexDecisions([])) {
  const edges = new EdgeList();
  const candidates = new UnionFind(rows.length);
  for (const [a, b, exact, score, reasons] of pairs) {
    edges.push(a, b, { exact, score, reasons });
    candidates.union(a, b);
  }
  return buildGroups(rows, edges, candidates, decisions);
}

describe('buildGroups', () => {
  it('groups connected rows, ordered by first row, with the weakest score and all reasons', () => {
    const groups = groupsOf([
      [4, 5, true, 1, 1],
      [3, 1, false, 0.85, 4],
      [1, 2, false, 0.5, 8],
    ]);
    expect(groups).toEqual([
      {
        members: [1, 2, 3],
        exact: false,
        score: 0.5,
        reasons: ['DUP_SAME_NAME_BIRTH_YEAR', 'DUP_NAME_ACCENTS'],
      },
      { members: [4, 5], exact: true, score: 1, reasons: ['DUP_SAME_CCCD'] },
    ]);
  });

  it('takes the latest decision that names every member, and none when a member is new', () => {
    const decisions = indexDecisions([
      { memberKeys: ['u2|b', 'u3|c', 'u9|z'], decision: 'same' },
      { memberKeys: ['u3|c', 'u2|b'], decision: 'different' },
      { memberKeys: ['u5|e'], decision: 'different' },
    ]);
    const groups = groupsOf(
      [
        [1, 2, false, 0.85, 4],
        [4, 5, false, 0.85, 4],
      ],
      decisions,
    );
    expect(groups.map((g) => g.decision)).toEqual(['different', undefined]);
  });
});
