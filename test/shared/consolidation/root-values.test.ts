import { describe, expect, it } from 'vitest';
import { RootValues } from '../../../shared/consolidation/root-values';

const MISSING = -1;

describe('RootValues', () => {
  // Rows 0 and 3 hold value 7, row 2 holds 9, rows 1 and 4 hold none.
  const own = Int32Array.from([7, MISSING, 9, 7, MISSING]);

  it('compares the rows own values until joined; missing values never conflict', () => {
    const values = new RootValues(own, MISSING);
    expect(values.disjoint(0, 2)).toBe(true);
    expect(values.disjoint(0, 3)).toBe(false);
    expect(values.disjoint(0, 1)).toBe(false);
    expect(values.disjoint(1, 4)).toBe(false);
  });

  it('keeps the union of values after joins, so a set holding 7 and 9 meets any set holding either', () => {
    const values = new RootValues(own, MISSING);
    values.merge(1, 0);
    expect(values.disjoint(1, 2)).toBe(true);
    values.merge(1, 2);
    expect(values.disjoint(1, 3)).toBe(false);
    values.merge(4, 1);
    expect(values.disjoint(4, 0)).toBe(false);
    expect(values.disjoint(4, 2)).toBe(false);
    const other = new RootValues(Float64Array.from([5, 6]), Number.NEGATIVE_INFINITY);
    expect(other.disjoint(0, 1)).toBe(true);
  });
});
