import { describe, expect, it } from 'vitest';
import { CCCD_PROVINCES } from '../../../shared/vocab/cccd-provinces';

describe('CCCD province codes', () => {
  it('has the 63 three-digit codes', () => {
    expect(Object.keys(CCCD_PROVINCES)).toHaveLength(63);
    for (const code of Object.keys(CCCD_PROVINCES)) expect(code).toMatch(/^0\d{2}$/);
    expect(CCCD_PROVINCES['020']).toBe('Lạng Sơn');
    expect(CCCD_PROVINCES['079']).toBe('Hồ Chí Minh');
  });
});
