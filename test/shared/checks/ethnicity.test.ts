import { describe, expect, it } from 'vitest';
import { ambiguousEthnicAliases, checkEthnicity } from '../../../shared/checks/ethnicity';

describe('ethnicity', () => {
  it.each([
    ['Kinh', '01'],
    ['Việt', '01'],
    ['kinh', '01'],
    ['Mèo', '08'],
    ['H’Mông', '08'],
    ["H'Mông", '08'],
    ['HMông', '08'],
    ['Khơ me', '05'],
    ['Khmer', '05'],
    ['Tay', '02'],
    ['Dân tộc Nùng', '07'],
    ['1', '01'],
    ['09', '09'],
    ['Ba na', '13'],
    ['Tơ-lô', '13'],
    ['Ơ Đu', '53'],
    ['Xa', '25'],
    ['Xá', '09'],
  ])('%s → %s', (value, code) => {
    expect(checkEthnicity(value)).toEqual({ value: code, problems: [] });
  });

  it.each([
    ['Hoa', '04'],
    ['HOA', '04'],
    ['Thổ', '24'],
    ['tho', '24'],
    ['Dân tộc Thổ', '24'],
  ])('official name %s resolves to its own group %s, though it is also an alias elsewhere', (value, code) => {
    expect(checkEthnicity(value)).toEqual({ value: code, problems: [] });
  });

  it.each([['Mán'], ['Trại'], ['Xá Lá Vàng'], ['Xá Khao'], ['Chil'], ['Ca-tang'], ['Hạ']])(
    '%s is ambiguous: warning with candidates, no code',
    (value) => {
      const r = checkEthnicity(value);
      expect(r.value).toBeUndefined();
      expect(r.problems[0]?.code).toBe('ethnicity.ambiguous');
      expect(String(r.problems[0]?.params?.candidates).split(', ').length).toBeGreaterThan(1);
    },
  );

  it('reports unknown names', () => {
    expect(checkEthnicity('Kinh tế').problems[0]?.code).toBe('ethnicity.unknown');
  });

  it('lists exactly the ambiguous aliases of the data', () => {
    expect(ambiguousEthnicAliases().sort()).toEqual(
      ['Ca-tang', 'Chil', 'Hạ', 'Mán', 'Trại', 'Xá Khao', 'Xá Lá Vàng'].sort(),
    );
  });
});
