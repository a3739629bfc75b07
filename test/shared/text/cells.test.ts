import { describe, expect, it } from 'vitest';
import { cellCount, cellText, cellYesNo, isBlankCell, numberText } from '../../../shared/text/cells';

const NONE = new Set<string>();

describe('cells', () => {
  it('reads text from any cell', () => {
    expect(cellText('  Kinh ')).toBe('Kinh');
    expect(cellText(20085001234)).toBe('20085001234');
    expect(cellText(1e20)).toBe('100000000000000000000');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date('1985-03-14T17:00:00Z'))).toBe('15/03/1985');
    expect(cellText('\u200B ')).toBeUndefined();
    expect(cellText(null)).toBeUndefined();
    expect(cellText({})).toBeNull();
    expect(cellText(Number.NaN)).toBeNull();
    expect(numberText(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('reads counts given as numbers or text', () => {
    expect(cellCount(3)).toBe(3);
    expect(cellCount('12')).toBe(12);
    expect(cellCount(' 12,0 ')).toBe(12);
    expect(cellCount(-1)).toBe('invalid');
    expect(cellCount(2.5)).toBe('invalid');
    expect(cellCount('ba')).toBe('invalid');
    expect(cellCount('')).toBeUndefined();
  });

  it.each([
    ['x', true],
    ['X', true],
    ['có', true],
    ['Có', true],
    ['✓', true],
    ['1', true],
    ['true', true],
    [1, true],
    [true, true],
    ['không', false],
    ['0', false],
    [false, false],
    ['-', false],
    ['', undefined],
    ['có lẽ', 'invalid'],
    [2, 'invalid'],
  ])('cellYesNo(%j) = %j', (cell, expected) => {
    expect(cellYesNo(cell, NONE)).toBe(expected);
  });

  it('accepts field words such as "Đảng viên"', () => {
    expect(cellYesNo('Đảng viên', new Set(['dang vien']))).toBe(true);
    expect(cellYesNo('Đảng viên', NONE)).toBe('invalid');
  });

  it('detects blank cells', () => {
    expect(isBlankCell(' \u200B')).toBe(true);
    expect(isBlankCell(0)).toBe(false);
  });
});
