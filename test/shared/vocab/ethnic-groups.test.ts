import { describe, expect, it } from 'vitest';
import { ETHNIC_GROUPS } from '../../../shared/vocab/ethnic-groups';

describe('ethnic groups', () => {
  it('has the 54 groups plus 55 and 99, with unique two-digit codes and NFC names', () => {
    expect(ETHNIC_GROUPS).toHaveLength(56);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.code)).size).toBe(56);
    expect(ETHNIC_GROUPS.filter((g) => Number(g.code) <= 54)).toHaveLength(54);
    for (const g of ETHNIC_GROUPS)
      for (const n of [g.label, ...g.aliases]) expect(n).toBe(n.normalize('NFC'));
  });

  it('split the "Giơ-lar. Tơ-lô" alias of the source data', () => {
    expect(ETHNIC_GROUPS.find((g) => g.code === '13')?.aliases).toEqual(
      expect.arrayContaining(['Giơ-lar', 'Tơ-lô']),
    );
  });
});
