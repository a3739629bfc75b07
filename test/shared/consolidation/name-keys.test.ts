import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deletionHashes,
  exactName,
  foldedName,
  sortedTokens,
  withinOneEdit,
} from '../../../shared/consolidation/name-keys';

describe('name keys', () => {
  it('folds diacritics, case, punctuation and spacing', () => {
    expect(foldedName('  Nguyễn  Văn Ân. ')).toBe('nguyen van an');
    expect(foldedName('Đặng Thị Ngọc-Hà')).toBe('dang thi ngoc ha');
    expect(exactName('NGUYỄN Văn ÂN')).toBe('nguyễn văn ân');
    expect(exactName('Nguyễn Văn Ân')).not.toBe(exactName('Nguyễn Văn An'));
    expect(foldedName('Nguye\u0302\u0303n Va\u0306n An')).toBe('nguyen van an');
  });

  it('sorts tokens for swapped names', () => {
    expect(sortedTokens('nguyen an van')).toBe(sortedTokens('van an nguyen'));
  });

  it.each([
    ['nguyen van an', 'nguyen van an', true],
    ['nguyen van an', 'nguyen van anh', true],
    ['nguyen van anh', 'nguyen van an', true],
    ['nguyen van an', 'nguyen van on', true],
    ['nguyen van an', 'nguyen van na', true],
    ['nguyen van an', 'nguyen van bao', false],
    ['nguyen van an', 'nguyen van', false],
  ])('%s ~ %s within one edit: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });

  it('gives any two keys within one edit a shared deletion hash (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'g', ' '), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom('a', 'h', 'x'), (key, at, ch) => {
        const i = at % key.length;
        for (const other of [
          key.slice(0, i) + key.slice(i + 1),
          key.slice(0, i) + ch + key.slice(i + 1),
          key.slice(0, i) + ch + key.slice(i),
        ]) {
          const mine = new Set(deletionHashes(key, 1980));
          expect(deletionHashes(other, 1980).some((h) => mine.has(h))).toBe(true);
        }
      }),
    );
  });
});
