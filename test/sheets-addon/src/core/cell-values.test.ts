import { describe, expect, it } from 'vitest';
import { jsonCell } from '../../../../sheets-addon/src/core/cell-values';

describe('jsonCell', () => {
  it('gives dates as the calendar day in the sheet time zone, keeps other values', () => {
    const midnightInHanoi = new Date('1980-09-04T17:00:00Z');
    expect(jsonCell(midnightInHanoi, 'Asia/Ho_Chi_Minh')).toBe('1980-09-05');
    expect(jsonCell(midnightInHanoi, 'UTC')).toBe('1980-09-04');
    expect(jsonCell(new Date(Number.NaN), 'UTC')).toBeNull();
    expect(jsonCell(12, 'UTC')).toBe(12);
    expect(jsonCell(undefined, 'UTC')).toBe('');
  });
});
