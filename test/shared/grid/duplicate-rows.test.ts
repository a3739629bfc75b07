import { describe, expect, it } from 'vitest';
import { DuplicateFinder, foldedHash } from '../../../shared/grid/duplicate-rows';
import { matchKey } from '../../../shared/text/normalize';

describe('duplicate rows', () => {
  it('finds the same CCCD, and the same folded name with the same birth year', () => {
    const finder = new DuplicateFinder('fullName');
    expect(
      finder.check(
        0,
        { cccd: '020085001234', fullName: 'Nguyễn Văn An', birthYear: 1985 },
        '020085001234',
        'Nguyễn Văn An',
        1985,
      ),
    ).toBeUndefined();
    expect(
      finder.check(
        1,
        { cccd: '020085001234', fullName: 'Nguyễn Văn Ân', birthYear: 1985 },
        '020085001234',
        'Nguyễn Văn Ân',
        1985,
      ),
    ).toEqual({ otherIndex: 0, reason: 'cccd' });
    expect(
      finder.check(2, { fullName: 'NGUYEN VAN AN', birthYear: 1985 }, undefined, 'NGUYEN VAN AN', 1985),
    ).toEqual({ otherIndex: 0, reason: 'name' });
    expect(
      finder.check(3, { fullName: 'Nguyễn Văn An', birthYear: 1986 }, undefined, 'Nguyễn Văn An', 1986),
    ).toBeUndefined();
    expect(finder.check(4, {}, undefined, undefined, undefined)).toBeUndefined();
  });

  it('hashes like matchKey, also for characters outside the fast table', () => {
    expect(foldedHash('Đặng Thị Ánh', 7)).toBe(foldedHash('dang thi anh', 7));
    expect(foldedHash('Ｎguyễn', 0)).toBe(foldedHash('Ｎguyễn', 0));
    expect(foldedHash('Ｎguyễn', 0)).not.toBe(foldedHash('nguyen', 0));
  });

  it('never reports a hash collision as a duplicate', () => {
    // Search pseudo-random names for two different folded keys with the same 30-bit hash.
    let x = 12345;
    const next = (): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x;
    };
    const letters = 'abcdeghiklmnopqrstuvxyàáảãạăâđêôơư';
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined && i < 400_000; i++) {
      let name = '';
      for (let k = 0; k < 10; k++) name += letters[next() % letters.length];
      const h = foldedHash(name, 1990);
      const other = seen.get(h);
      if (other !== undefined && matchKey(other) !== matchKey(name)) pair = [other, name];
      else seen.set(h, name);
    }
    expect(pair).toBeDefined();
    const [a, b] = pair as [string, string];
    const finder = new DuplicateFinder('fullName');
    expect(finder.check(0, { fullName: a, birthYear: 1990 }, undefined, a, 1990)).toBeUndefined();
    expect(finder.check(1, { fullName: b, birthYear: 1990 }, undefined, b, 1990)).toBeUndefined();
    expect(finder.check(2, { fullName: b, birthYear: 1990 }, undefined, b, 1990)).toEqual({
      otherIndex: 1,
      reason: 'name',
    });
    expect(finder.check(3, { fullName: a, birthYear: 1990 }, undefined, a, 1990)).toEqual({
      otherIndex: 0,
      reason: 'name',
    });
  });
});
