import { describe, expect, it } from 'vitest';
import type { NomineeReview } from '../../../../functions/app/ports';
import {
  entryReview,
  FINAL_REVIEW_STATES,
  toReviewDecision,
} from '../../../../functions/app/review/review-states';

const review = (state: NomineeReview['state'], extra: Partial<NomineeReview> = {}): NomineeReview => ({
  nomineeId: 'i-1',
  state,
  displayName: 'Lò Thị Mai',
  sources: [{ unitId: 'u1', sheetRow: 2 }],
  masterVersion: 1,
  reviewedBy: 'b@x',
  reviewedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

describe('review states', () => {
  it('maps the five board states onto the core states (ineligible counts as rejected)', () => {
    expect(
      ['valid', 'needsInfo', 'approved', 'ineligible', 'awarded'].map(
        (s) => toReviewDecision(review(s as NomineeReview['state'])).state,
      ),
    ).toEqual(['pending', 'needsInfo', 'approved', 'rejected', 'approved']);
  });

  it('carries the awarded code as the award decision and the note', () => {
    const decision = toReviewDecision(review('awarded', { awardCode: 'CSTD_CS', note: 'QĐ 12' }));
    expect(decision).toMatchObject({ awardDecision: 'CSTD_CS', note: 'QĐ 12', decidedBy: 'b@x' });
    expect(toReviewDecision(review('approved', { awardCode: 'CSTD_CS' })).awardDecision).toBeUndefined();
  });

  it('treats every state but needsInfo as final, and attaches decision details to the entry', () => {
    expect([...FINAL_REVIEW_STATES].sort()).toEqual(['approved', 'awarded', 'ineligible', 'valid']);
    expect(
      entryReview(review('awarded', { decisionNumber: '12/QĐ-UBND', decisionDate: '2026-03-15' })),
    ).toEqual({
      state: 'awarded',
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2026-03-15',
      reviewedBy: 'b@x',
      reviewedAt: '2026-11-01T00:00:00.000Z',
    });
  });
});
