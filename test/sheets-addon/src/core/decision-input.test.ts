import { describe, expect, it } from 'vitest';
import {
  parseDecisionDate,
  parseDecisionNumber,
  vietnameseDate,
} from '../../../../sheets-addon/src/core/decision-input';
import { hasCode } from '../../../../sheets-addon/src/core/errors';

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    return hasCode(error, 'DECISION_NUMBER_INVALID') || hasCode(error, 'DECISION_DATE_INVALID')
      ? error.code
      : String(error);
  }
  return undefined;
};

describe('decision number and date typed by the board', () => {
  it('accepts the NĐ 30/2020 số/ký hiệu, tidying spaces and case', () => {
    expect(parseDecisionNumber('1234/QĐ-UBND')).toBe('1234/QĐ-UBND');
    expect(parseDecisionNumber(' 56 / qđ-ct ')).toBe('56/QĐ-CT');
    expect(parseDecisionNumber('12/QĐ-UBND-TĐKT')).toBe('12/QĐ-UBND-TĐKT');
  });

  it('refuses other shapes with DECISION_NUMBER_INVALID', () => {
    for (const bad of ['1234/QD-UBND', 'QĐ-UBND', '1234/QĐ', 'abc/QĐ-UBND', '1234567/QĐ-UBND', ''])
      expect(
        codeOf(() => parseDecisionNumber(bad)),
        bad,
      ).toBe('DECISION_NUMBER_INVALID');
  });

  it('reads day/month/year or ISO dates up to today', () => {
    expect(parseDecisionDate('15/9/2026', '2026-12-07')).toBe('2026-09-15');
    expect(parseDecisionDate('07-12-2026', '2026-12-07')).toBe('2026-12-07');
    expect(parseDecisionDate('2026-09-15', '2026-12-07')).toBe('2026-09-15');
    expect(vietnameseDate('2026-09-15')).toBe('15/09/2026');
  });

  it('refuses impossible, future and too old dates with DECISION_DATE_INVALID', () => {
    for (const bad of ['31/2/2026', '08/12/2026', '1999-12-31', '15.09', 'hôm nay'])
      expect(
        codeOf(() => parseDecisionDate(bad, '2026-12-07')),
        bad,
      ).toBe('DECISION_DATE_INVALID');
  });
});
