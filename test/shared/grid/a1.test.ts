import { describe, expect, it } from 'vitest';
import { cellLabel, columnLetter } from '../../../shared/grid/a1';

describe('A1 notation', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
  });
  it('labels a cell, or the whole row for column 0', () => {
    expect(cellLabel(12, 6)).toBe('F12');
    expect(cellLabel(12, 0)).toBe('12:12');
  });
});
