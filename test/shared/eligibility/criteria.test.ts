import { describe, expect, it } from 'vitest';
import { AWARD_CRITERIA, defaultThresholds } from '../../../shared/eligibility/criteria';
import { awardByCode } from '../../../shared/vocab/awards';

describe('criteria table', () => {
  it('refers only to known awards, each with a legal source', () => {
    for (const rule of AWARD_CRITERIA) {
      expect(awardByCode(rule.award), rule.award).toBeDefined();
      expect(rule.source.length).toBeGreaterThan(5);
    }
  });

  it('exposes the default thresholds of domain.md', () => {
    expect(defaultThresholds()).toMatchObject({
      'CSTD_TINH.consecutiveYears': 3,
      'CSTD_TQ.consecutiveYears': 2,
      'BK_TINH.consecutiveCSTDCS': 2,
      'BK_TINH.initiatives': 2,
      'TTLDXS.advancedShare': 70,
      'TTLDXS.emulationFighters': 1,
      'TTLDTT.advancedShare': 50,
    });
  });
});
