import { describe, expect, it } from 'vitest';
import { RootValues } from '../../../shared/consolidation/root-values';

describe('RootValues', () => {
  const own = ['a', null, 'b', 'a', ''];

  it('compares the rows own values until joined; missing values never conflict', () => {
    const values = new RootValues(own.length, (i) => own[i] ?? null);
    expect(values.disjoint(0, 2)).toBe(true);
    expect(values.disjoint(0, 3)).toBe(false);
    expect(values.disjoint(0, 1)).toBe(false);
    expect(values.disjoint(0, 4)).toBe(false);
  });

  it('keeps the union of values after joins, so a set holding a and b meets any set holding either', () => {
    const values = new RootValues(own.length, (i) => own[i] ?? null);
    values.merge(1, 0);
    expect(values.disjoint(1, 2)).toBe(true);
    values.merge(1, 2);
    expect(values.disjoint(1, 3)).toBe(false);
    const other = new RootValues(3, (i) => ['c', 'b', null][i] ?? null);
    expect(other.disjoint(0, 1)).toBe(true);
    values.merge(4, 1);
    expect(values.disjoint(4, 0)).toBe(false);
    expect(values.disjoint(4, 2)).toBe(false);
  });
});
