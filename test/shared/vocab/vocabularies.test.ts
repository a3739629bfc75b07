import { describe, expect, it } from 'vitest';
import { AWARDS, awardByCode } from '../../../shared/vocab/awards';
import { CCCD_PROVINCES } from '../../../shared/vocab/cccd-provinces';
import { ETHNIC_GROUPS } from '../../../shared/vocab/ethnic-groups';
import { MOVEMENTS, movementEntries } from '../../../shared/vocab/movements';
import { SOCIAL_COMPOSITIONS } from '../../../shared/vocab/social-compositions';

describe('vocabularies', () => {
  it('has the 54 ethnic groups plus 55 and 99, with unique two-digit codes', () => {
    expect(ETHNIC_GROUPS).toHaveLength(56);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.code)).size).toBe(56);
    expect(ETHNIC_GROUPS.filter((g) => Number(g.code) <= 54)).toHaveLength(54);
  });

  it('has the 63 CCCD province codes', () => {
    expect(Object.keys(CCCD_PROVINCES)).toHaveLength(63);
    expect(CCCD_PROVINCES['020']).toBe('Lạng Sơn');
  });

  it('awards have unique codes and the coefficients of domain.md', () => {
    expect(new Set(AWARDS.map((a) => a.code)).size).toBe(AWARDS.length);
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
    expect(awardByCode('HC_LAO_DONG_1')?.label).toBe('Huân chương Lao động hạng Nhất');
    expect(awardByCode('GD_VH')?.kinds).toEqual(['household']);
  });

  it('lets a campaign add and replace movements', () => {
    const entries = movementEntries([
      { code: 'NTM', label: 'Nông thôn mới kiểu mẫu', aliases: [] },
      { code: 'LS_SACH', label: 'Lạng Sơn sạch', aliases: [] },
    ]);
    expect(entries).toHaveLength(MOVEMENTS.length + 1);
    expect(entries.find((m) => m.code === 'NTM')?.label).toBe('Nông thôn mới kiểu mẫu');
  });

  it('marks workers and farmers as direct labourers by default', () => {
    expect(SOCIAL_COMPOSITIONS.filter((c) => c.directLabourer).map((c) => c.code)).toEqual([
      'worker',
      'farmer',
    ]);
  });
});
