import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeList, strengthOrder } from '../../../shared/consolidation/edge-list';

const MODE_RANK = { forced: 0, cccd: 1, exact: 2, probable: 3 } as const;

describe('EdgeList', () => {
  it('stores pairs smaller row first, with their mode, past its initial capacity', () => {
    const edges = new EdgeList();
    for (let k = 0; k < 3000; k++)
      edges.push(k + 1, k, { exact: k % 2 === 0, score: 0.8, reasons: k % 2 === 0 ? 1 : 4 });
    expect(edges.size).toBe(3000);
    expect([edges.a[2999], edges.b[2999]]).toEqual([2999, 3000]);
    expect([edges.modeOf(0), edges.modeOf(1)]).toEqual(['cccd', 'probable']);
    const exactNotCccd = new EdgeList();
    exactNotCccd.push(0, 1, { exact: true, score: 1, reasons: 2 });
    expect([exactNotCccd.modeOf(0), exactNotCccd.exact(0)]).toEqual(['exact', true]);
  });

  it('orders edges strongest first: mode, score descending, then rows (property, against a comparison sort)', () => {
    const edge = fc.record({
      a: fc.nat(40),
      b: fc.nat(40),
      exact: fc.boolean(),
      reasons: fc.constantFrom(1, 2, 4),
      score: fc.constantFrom(1, 0.95, 0.9, 0.85 + 0.05, 0.8, 0.75, 0.5),
    });
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 80 }), (list) => {
        const edges = new EdgeList();
        for (const e of list) edges.push(e.a, e.b, e);
        const expected = list
          .map((_, k) => k)
          .sort(
            (x, y) =>
              MODE_RANK[edges.modeOf(x)] - MODE_RANK[edges.modeOf(y)] ||
              (edges.score[y] ?? 0) - (edges.score[x] ?? 0) ||
              (edges.a[x] ?? 0) - (edges.a[y] ?? 0) ||
              (edges.b[x] ?? 0) - (edges.b[y] ?? 0) ||
              x - y,
          );
        expect([...strengthOrder(edges, 41)]).toEqual(expected);
      }),
    );
  });
});
