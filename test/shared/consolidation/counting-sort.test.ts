import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countingSort } from '../../../shared/consolidation/counting-sort';

describe('countingSort', () => {
  it('orders ids by key and keeps the order of equal keys (property, against a stable comparison sort)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(9), { maxLength: 60 }), fc.boolean(), (keys, reversed) => {
        const ids = keys.map((_, i) => i);
        if (reversed) ids.reverse();
        const expected = [...ids].sort((x, y) => (keys[x] ?? 0) - (keys[y] ?? 0));
        expect([...countingSort(Int32Array.from(ids), Int32Array.from(keys), 10)]).toEqual(expected);
      }),
    );
  });
});
