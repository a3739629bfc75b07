import { describe, expect, it } from 'vitest';
import { checkPersonName } from '../../../shared/checks/names';

describe('person names', () => {
  it('name-cases and NFC-normalises', () => {
    expect(checkPersonName('NGUYỄN VĂN AN'.normalize('NFD'))).toEqual({
      value: 'Nguyễn Văn An',
      problems: [],
    });
    expect(checkPersonName('Y Bih Niê')).toEqual({ value: 'Y Bih Niê', problems: [] });
  });

  it('rejects digits and symbols, warns on one word', () => {
    expect(checkPersonName('Nguyễn Văn 2').problems[0]?.code).toBe('name.invalid');
    expect(checkPersonName('An @').problems[0]?.code).toBe('name.invalid');
    expect(checkPersonName('An')).toEqual({
      value: 'An',
      problems: [{ code: 'name.incomplete', params: { value: 'An' } }],
    });
  });
});
