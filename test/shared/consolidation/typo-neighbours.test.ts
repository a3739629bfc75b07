import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../../shared/consolidation/name-keys';
import { RUN_CAP, typoNeighbours } from '../../../shared/consolidation/typo-neighbours';

function neighbours(names: string[]): string[] {
  const found: string[] = [];
  typoNeighbours(names, (a, b) => found.push(`${a}-${b}`));
  return found;
}

describe('typoNeighbours', () => {
  it('reports each pair of names within one edit once, smaller id first', () => {
    const names = [
      'nguyen van an',
      'nguyen van ann',
      'nguyen van aan',
      'nguyen an van',
      'tran thi hoa',
      'nguyen van na',
    ];
    // "an"/"ann"/"aan" share several deletions (doubled letters) but each pair is reported once.
    expect(neighbours(names).sort()).toEqual(['0-1', '0-2', '0-5', '1-2']);
  });

  it('finds the same pairs as comparing every pair of names', () => {
    const words = ['an', 'anh', 'ang', 'hoa', 'hao', 'ho', 'minh', 'mih'];
    const names = words.flatMap((a) => words.map((b) => `le ${a} ${b}`));
    const brute: string[] = [];
    for (let x = 0; x < names.length; x++)
      for (let y = x + 1; y < names.length; y++)
        if (withinOneEdit(names[x] ?? '', names[y] ?? '')) brute.push(`${x}-${y}`);
    expect(neighbours(names).sort()).toEqual(brute.sort());
  });

  it('caps the names compared per shared deletion, so a huge run costs at most RUN_CAP² / 2 checks', () => {
    const names = Array.from({ length: 300 }, (_, i) => `x${String.fromCharCode(0x100 + i)}`);
    // All 300 names share the deletion "x": only the first RUN_CAP of that run are paired.
    expect(neighbours(names).length).toBe((RUN_CAP * (RUN_CAP - 1)) / 2);
  });
});
