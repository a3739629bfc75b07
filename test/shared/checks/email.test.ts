import { describe, expect, it } from 'vitest';
import { checkEmail } from '../../../shared/checks/email';

describe('email', () => {
  it.each([
    ['An.NV@LangSon.gov.vn', 'an.nv@langson.gov.vn'],
    [' mailto:tdkt@snv.langson.gov.vn ', 'tdkt@snv.langson.gov.vn'],
  ])('%s → %s', (input, expected) => {
    expect(checkEmail(input)).toEqual({ value: expected, problems: [] });
  });

  it.each([['an.nv@'], ['an nv@gmail.com'], ['an..nv@gmail.com'], ['@gmail.com'], ['annv@gmail']])(
    '%s is invalid',
    (input) => {
      expect(checkEmail(input).problems[0]?.code).toBe('email.invalid');
    },
  );

  it('empty is not a problem', () => {
    expect(checkEmail('')).toEqual({ problems: [] });
  });
});
