import { describe, expect, it } from 'vitest';
import { checkPhone, normalisePhone } from '../../../shared/checks/phone';

describe('phone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['912345678', '0912345678'],
    ['0325123456', '0325123456'],
    ['02053812345', '02053812345'],
    ['(0205) 3812 345', '02053812345'],
  ])('%s → %s', (input, expected) => {
    expect(checkPhone(input)).toEqual({ value: expected, problems: [] });
  });

  it.each([['09123456'], ['091234567890'], ['0123456789'], ['abc']])('%s is invalid', (input) => {
    expect(checkPhone(input).problems[0]?.code).toBe('phone.invalid');
  });

  it('warns on unassigned mobile prefixes but keeps the number', () => {
    expect(checkPhone('0801234567')).toMatchObject({
      value: '0801234567',
      problems: [{ code: 'phone.unknownPrefix' }],
    });
  });

  it('normalises 0084', () => {
    expect(normalisePhone('0084912345678')).toBe('0912345678');
  });
});
