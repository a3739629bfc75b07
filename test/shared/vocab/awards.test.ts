import { describe, expect, it } from 'vitest';
import { AWARDS, awardByCode } from '../../../shared/vocab/awards';

describe('awards vocabulary', () => {
  it('has unique codes, NFC labels and the coefficients of domain.md', () => {
    expect(new Set(AWARDS.map((a) => a.code)).size).toBe(AWARDS.length);
    for (const a of AWARDS) expect(a.label).toBe(a.label.normalize('NFC'));
    const coefficients = Object.fromEntries(
      AWARDS.filter((a) => a.coefficient !== undefined).map((a) => [a.code, a.coefficient]),
    );
    expect(coefficients).toEqual({
      CSTD_TQ: 4.5,
      CSTD_TINH: 3,
      CSTD_CS: 1,
      LDTT: 0.3,
      CO_CP: 12,
      CO_TINH: 8,
      TTLDXS: 1.5,
      TTLDTT: 0.8,
    });
  });

  it('expands classed orders and keeps kinds, levels and bases', () => {
    expect(awardByCode('HC_LAO_DONG_1')?.label).toBe('Huân chương Lao động hạng Nhất');
    expect(awardByCode('GD_VH')?.kinds).toEqual(['household']);
    expect(awardByCode('LDTT')).toMatchObject({ category: 'title', level: 'grassroots', bases: ['regular'] });
    expect(awardByCode('HC_HUU_NGHI')?.bases).toEqual(['foreign']);
    expect(awardByCode('NOPE')).toBeUndefined();
  });
});
