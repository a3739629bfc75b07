import { describe, expect, it } from 'vitest';
import {
  checkBirthAgreement,
  checkDateCell,
  checkYearCell,
  checkYearInRange,
} from '../../../shared/checks/years';

const RANGE = { min: 1900, max: 2026 };

describe('years', () => {
  it('reads year cells', () => {
    expect(checkYearCell(1985, 2026, RANGE, 'Năm sinh')).toEqual({ value: 1985, problems: [] });
    expect(checkYearCell('1985', 2026, RANGE, 'Năm sinh')).toEqual({ value: 1985, problems: [] });
    expect(checkYearCell('12/03/1985', 2026, RANGE, 'Năm sinh')).toEqual({ value: 1985, problems: [] });
    expect(checkYearCell('abc', 2026, RANGE, 'Năm sinh').problems[0]?.code).toBe('year.invalid');
    expect(checkYearCell(2031, 2026, RANGE, 'Năm sinh').problems[0]?.code).toBe('year.outOfRange');
    expect(checkYearCell('', 2026, RANGE, 'Năm sinh')).toEqual({ problems: [] });
  });

  it('reads date cells and their ranges', () => {
    expect(checkDateCell('05/09/1985', 2026, RANGE, 'Ngày sinh').value).toEqual({
      ok: true,
      year: 1985,
      date: '1985-09-05',
    });
    expect(checkDateCell(60, 2026, RANGE, 'Ngày sinh').problems[0]?.code).toBe('date.phantom');
    expect(checkDateCell('32/01/1985', 2026, RANGE, 'Ngày sinh').problems[0]?.code).toBe('date.invalid');
    expect(checkDateCell('05/09/1885', 2026, RANGE, 'Ngày sinh').problems[0]?.code).toBe('year.outOfRange');
  });

  it('compares birth date and year', () => {
    expect(checkBirthAgreement('1985-09-05', 1985)).toBeUndefined();
    expect(checkBirthAgreement('1985-09-05', 1986)).toEqual({
      code: 'birth.mismatch',
      params: { date: '05/09/1985', year: 1986 },
    });
    expect(checkYearInRange(1900, RANGE, 'x')).toBeUndefined();
  });
});
