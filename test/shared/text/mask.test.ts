import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_ID_RUN, maskCccd, maskPersonalIds } from '../../../shared/text/mask';

describe('maskCccd', () => {
  it('keeps 4 first and 2 last digits of a CCCD; anything short is masked entirely', () => {
    expect(maskCccd('001203004545')).toBe('0012******45');
    expect(maskCccd('12345')).toBe('*****');
  });
});

describe('maskPersonalIds', () => {
  it('masks CCCD-like runs (12 digits, or 10–11 when leading zeros were lost) inside a text', () => {
    expect(maskPersonalIds('Số CCCD "001203004545" là của người giới tính Nữ')).toBe(
      'Số CCCD "0012******45" là của người giới tính Nữ',
    );
    expect(maskPersonalIds('bị mất số 0: 1203004545 → 01203004545')).toBe(
      'bị mất số 0: 1203****45 → 0120*****45',
    );
    expect(maskPersonalIds('a=001203004545,b=079088001234')).toBe('a=0012******45,b=0790******34');
  });

  it('keeps shorter numbers, longer numbers and digit runs inside identifiers', () => {
    const kept = 'năm 2026, 1.490.000.000 đồng, mã 1AbC001203004545xyz, 1733500000000 ms, 912345678';
    expect(maskPersonalIds(kept)).toBe(kept);
  });

  it('never leaves a standalone 12-digit run (property)', () => {
    const text = fc
      .array(fc.oneof(fc.stringMatching(/^\d{12}$/), fc.constantFrom(' ', '"', ', ', ': ', 'CCCD ', '\n')))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const masked = maskPersonalIds(t);
        return !/(?<![\p{L}\p{N}_])\d{12}(?![\p{L}\p{N}_])/u.test(masked);
      }),
    );
    expect(FULL_ID_RUN.test(maskPersonalIds('x 001203004545 y'))).toBe(false);
  });
});
