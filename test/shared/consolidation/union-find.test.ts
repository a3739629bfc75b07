import { describe, expect, it } from 'vitest';
import { ConstrainedUnionFind, type RowFacts } from '../../../shared/consolidation/union-find';

const fact = (
  cccd: string | null,
  year: number | null,
  gender = 0,
  birthDate: string | null = null,
): RowFacts => ({ cccd, year, gender, birthDate });

describe('ConstrainedUnionFind', () => {
  it('never joins two different CCCDs, even through a row without one', () => {
    const uf = new ConstrainedUnionFind([fact('1', 1980), fact(null, 1980), fact('2', 1980)]);
    expect(uf.union(0, 1, 'probable')).toBe(true);
    expect(uf.union(1, 2, 'probable')).toBe(false);
    expect(uf.find(0)).not.toBe(uf.find(2));
  });

  it('keeps known birth years, dates and genders apart on name matches but not on a CCCD match', () => {
    const uf = new ConstrainedUnionFind([
      fact('1', 1980, 1, '1980-01-01'),
      fact('1', 1981, 1),
      fact(null, 1980, 2),
      fact(null, 1980, 1, '1980-02-02'),
    ]);
    expect(uf.union(0, 2, 'probable')).toBe(false);
    expect(uf.union(0, 3, 'probable')).toBe(false);
    expect(uf.union(0, 1, 'cccd')).toBe(true);
  });

  it('respects cannot-links after other joins, and forced joins ignore data constraints', () => {
    const uf = new ConstrainedUnionFind([
      fact(null, 1980),
      fact(null, 1980),
      fact(null, 1980),
      fact('1', 1990),
      fact('2', 1991),
    ]);
    uf.cannotLink(0, 2);
    expect(uf.union(0, 1, 'probable')).toBe(true);
    expect(uf.union(1, 2, 'forced')).toBe(false);
    expect(uf.union(3, 4, 'forced')).toBe(true);
  });
});
