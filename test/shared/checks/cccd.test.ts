import { describe, expect, it } from 'vitest';
import { cccdFacts, checkCccd, crossCheckCccd } from '../../../shared/checks/cccd';

describe('CCCD', () => {
  it('accepts 12 digits with a known province and ignores spaces and dots', () => {
    expect(checkCccd('020085001234')).toEqual({ value: '020085001234', problems: [] });
    expect(checkCccd('020 085 001 234')).toMatchObject({ value: '020085001234' });
    expect(checkCccd('')).toEqual({ problems: [] });
  });

  it('detects a lost leading zero (number cell, 11 digits) and suggests the corrected value', () => {
    const r = checkCccd('12030001234');
    expect(r.value).toBe('012030001234');
    expect(r.problems).toEqual([
      { code: 'cccd.leadingZeroLost', params: { value: '12030001234', suggestion: '012030001234' } },
    ]);
  });

  it.each([
    ['0200850012', 'cccd.format'],
    ['02008500123a', 'cccd.format'],
    ['0200850012345', 'cccd.format'],
    ['02008500123', 'cccd.format'],
    ['003085001234', 'cccd.province'],
    ['99008500123', 'cccd.format'],
  ])('%s → %s', (value, code) => {
    const r = checkCccd(value);
    expect(r.value).toBeUndefined();
    expect(r.problems[0]?.code).toBe(code);
  });

  it('decodes province, sex and birth year', () => {
    expect(cccdFacts('020085001234')).toEqual({ province: '020', gender: 'male', birthYear: 1985 });
    expect(cccdFacts('001305001234')).toEqual({ province: '001', gender: 'female', birthYear: 2005 });
    expect(cccdFacts('079200001234')).toEqual({ province: '079', gender: 'male', birthYear: 2000 });
  });

  it('cross-checks gender and birth year', () => {
    expect(crossCheckCccd('020085001234', 'male', 1985)).toEqual([]);
    expect(crossCheckCccd('020085001234', undefined, undefined)).toEqual([]);
    expect(crossCheckCccd('020185001234', 'male', 1986).map((p) => p.code)).toEqual([
      'cccd.genderMismatch',
      'cccd.birthYearMismatch',
    ]);
  });
});
