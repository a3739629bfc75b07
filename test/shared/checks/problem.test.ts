import { describe, expect, it } from 'vitest';
import { EMPTY, fail, NO_PROBLEMS, ok } from '../../../shared/checks/problem';

describe('check results', () => {
  it('builds values and problems', () => {
    expect(ok('x')).toEqual({ value: 'x', problems: [] });
    expect(fail('email.invalid', { value: 'a' })).toEqual({
      problems: [{ code: 'email.invalid', params: { value: 'a' } }],
    });
    expect(fail('grid.noRows')).toEqual({ problems: [{ code: 'grid.noRows' }] });
    expect(EMPTY).toEqual({ problems: [] });
    expect(Object.isFrozen(NO_PROBLEMS)).toBe(true);
  });
});
