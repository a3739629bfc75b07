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
    // Hà Nội 001, Hà Giang 002, Cao Bằng 004, Bắc Kạn 006, Tuyên Quang 008: two zeros lost as a number.
    ['1085001234', '001085001234'],
    ['2190012345', '002190012345'],
    ['4205012345', '004205012345'],
    ['6070012345', '006070012345'],
    ['8301012345', '008301012345'],
  ])('restores two lost zeros: %s → %s, with a warning', (value, restored) => {
    const r = checkCccd(value, 2026);
    expect(r.value).toBe(restored);
    expect(r.problems).toEqual([{ code: 'cccd.leadingZerosLost', params: { value, suggestion: restored } }]);
  });

  it.each([
    ['1234567890', 'province 001 but born 2034: a serial, not a CCCD'],
    ['3085001234', 'province 003 does not exist'],
    ['1585001234', 'century digit 5 (2100s)'],
    ['9876543210', 'province 009 does not exist'],
    ['1245001234', 'province 001 but born 2045'],
  ])('does not misread %s (%s)', (value) => {
    const r = checkCccd(value, 2026);
    expect(r.value).toBeUndefined();
    expect(r.problems[0]?.code).toBe('cccd.format');
  });

  it('restores an 11-digit value whenever its province code exists (the cross-checks judge the other digits)', () => {
    expect(checkCccd('12299001234', 2026).value).toBe('012299001234');
    expect(checkCccd('12025001234', 2026).value).toBe('012025001234');
    expect(checkCccd('99025001234', 2026).value).toBeUndefined();
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
