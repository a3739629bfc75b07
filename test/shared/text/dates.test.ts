import { describe, expect, it } from 'vitest';
import {
  dateFromInstant,
  dateFromSerial,
  expandYear,
  isoDate,
  localDate,
  parseDateCell,
  parseDateText,
} from '../../../shared/text/dates';

describe('dates', () => {
  it.each([
    ['05/09/1985', { ok: true, year: 1985, date: '1985-09-05' }],
    ['5/9/85', { ok: true, year: 1985, date: '1985-09-05' }],
    ['5-9-05', { ok: true, year: 2005, date: '2005-09-05' }],
    ['05.09.1985', { ok: true, year: 1985, date: '1985-09-05' }],
    ['1985', { ok: true, year: 1985 }],
    ['09/1985', { ok: true, year: 1985 }],
    ['1985-09-05', { ok: true, year: 1985, date: '1985-09-05' }],
    ['1985-09-04T17:00:00.000Z', { ok: true, year: 1985, date: '1985-09-05' }],
    ['1985-09-05T00:00:00+07:00', { ok: true, year: 1985, date: '1985-09-05' }],
    ['29/02/2000', { ok: true, year: 2000, date: '2000-02-29' }],
    ['29/02/1900', { ok: false, reason: 'calendar' }],
    ['31/04/1990', { ok: false, reason: 'calendar' }],
    ['ngày 5 tháng 9', { ok: false, reason: 'format' }],
  ])('parseDateText(%j)', (text, expected) => {
    expect(parseDateText(text, 2026)).toEqual(expected);
  });

  it('reads spreadsheet serials with the 1900 leap-year bug', () => {
    expect(dateFromSerial(1)).toEqual({ ok: true, year: 1900, date: '1900-01-01' });
    expect(dateFromSerial(59)).toEqual({ ok: true, year: 1900, date: '1900-02-28' });
    expect(dateFromSerial(60)).toEqual({ ok: false, reason: 'phantom' });
    expect(dateFromSerial(61)).toEqual({ ok: true, year: 1900, date: '1900-03-01' });
    expect(dateFromSerial(36526)).toEqual({ ok: true, year: 2000, date: '2000-01-01' });
    expect(dateFromSerial(45658.75)).toEqual({ ok: true, year: 2025, date: '2025-01-01' });
    expect(dateFromSerial(0)).toEqual({ ok: false, reason: 'format' });
  });

  it('reads Date objects in Vietnam time (Apps Script local midnight and exceljs UTC midnight)', () => {
    expect(dateFromInstant(Date.parse('1990-03-11T17:00:00Z'))).toMatchObject({ date: '1990-03-12' });
    expect(dateFromInstant(Date.parse('1990-03-12T00:00:00Z'))).toMatchObject({ date: '1990-03-12' });
    expect(parseDateCell(new Date(Number.NaN), 2026)).toEqual({ ok: false, reason: 'format' });
  });

  it('treats numbers 1000–2999 as years and others as serials', () => {
    expect(parseDateCell(1985, 2026)).toEqual({ ok: true, year: 1985 });
    expect(parseDateCell(31121, 2026)).toEqual({ ok: true, year: 1985, date: '1985-03-15' });
    expect(parseDateCell('', 2026)).toBeUndefined();
    expect(parseDateCell(null, 2026)).toBeUndefined();
    expect(parseDateCell({}, 2026)).toEqual({ ok: false, reason: 'format' });
  });

  it('expands two-digit years to the latest year not after the current one', () => {
    expect(expandYear(85, 2026)).toBe(1985);
    expect(expandYear(26, 2026)).toBe(2026);
    expect(expandYear(27, 2026)).toBe(1927);
    expect(isoDate(2024, 2, 30)).toBeUndefined();
  });
});

describe('localDate', () => {
  it('is the calendar date of an instant in the time zone, across midnight and month ends', () => {
    expect(localDate(new Date('2026-11-15T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-16');
    expect(localDate(new Date('2026-11-15T16:59:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-15');
    expect(localDate(new Date('2026-06-30T18:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-07-01');
    expect(localDate(new Date('2026-06-30T18:30:00Z'), 'UTC')).toBe('2026-06-30');
  });
});
