// reviewNominees with in-memory repositories: per-row results, one batched write of the changed rows, idempotent
// retries, the version guard; and how a stored review shows on an entry whose content changed (needsReReview).
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../functions/app/errors';
import type {
  AwardHistoryRecord,
  NomineeReview,
  Principal,
  ReviewLogEntry,
} from '../../../../functions/app/ports';
import { reviewNominees } from '../../../../functions/app/review/review-nominees';
import { reviewOnEntry } from '../../../../functions/app/review/review-states';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryReviews as StoredReviews } from '../../../support/memory/consolidation';
import { MemoryMasters } from '../../../support/memory/masters';

const BOARD: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };

/** The in-memory review store, counting batched writes. */
class MemoryReviews extends StoredReviews {
  batches = 0;
  /** The one campaign's reviews and log (these tests use one campaign). */
  campaignId = '';
  get reviews(): Map<string, NomineeReview> {
    return this.of(this.campaignId).reviews;
  }
  get entries(): ReviewLogEntry[] {
    return this.of(this.campaignId).log;
  }
  override async saveNomineeReviews(
    campaignId: string,
    items: Array<{ review: NomineeReview; log: ReviewLogEntry }>,
  ) {
    this.batches++;
    await super.saveNomineeReviews(campaignId, items);
  }
}

function world() {
  const master = sampleMaster({ version: 2 });
  const masters = new MemoryMasters();
  masters.add(master);
  const campaign = campaignRecordSchema.parse({
    id: master.campaignId,
    title: 'Đợt thử',
    eventKind: 'khac',
    deadline: '2026-06-30T17:00:00+07:00',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const reviews = new MemoryReviews();
  reviews.campaignId = master.campaignId;
  const awards: string[] = [];
  const deps = {
    campaigns: memoryCampaigns(campaign, []),
    masters,
    reviews,
    awardHistory: {
      record: async (entry: AwardHistoryRecord) => {
        awards.push(entry.id);
        return true;
      },
      findByKeys: async () => [],
    },
    clock: { now: () => new Date('2026-07-01T02:00:00Z') },
  };
  return { master, deps, reviews, awards, campaignId: master.campaignId };
}

describe('reviewNominees', () => {
  it('answers every row, stores the valid ones in one batch, and is idempotent on retry', async () => {
    const { master, deps, reviews, campaignId } = world();
    const [a, b] = master.entries;
    const body = {
      campaignId,
      version: 2,
      reviews: [
        { nomineeId: a?.nomineeId ?? '', state: 'approved' as const },
        { nomineeId: b?.nomineeId ?? '', state: 'needsInfo' as const, note: '  Bổ sung CCCD. ' },
        { nomineeId: 'i-none', state: 'valid' as const },
        { nomineeId: a?.nomineeId ?? '', state: 'awarded' as const },
      ],
    };
    const first = await reviewNominees(body, BOARD, deps);
    expect(first.results.map((r) => r.error?.code ?? r.state)).toEqual([
      'approved',
      'needsInfo',
      'NOMINEE_NOT_FOUND',
      'AWARD_DECISION_REQUIRED',
    ]);
    expect([first.saved, first.unchanged, first.failed, reviews.batches]).toEqual([2, 0, 2, 1]);
    expect(reviews.reviews.get(b?.nomineeId ?? '')).toMatchObject({
      note: 'Bổ sung CCCD.',
      masterVersion: 2,
    });
    expect(reviews.reviews.get(a?.nomineeId ?? '')?.contentHash).toMatch(/^[0-9a-f]{16}$/);
    const again = await reviewNominees({ ...body, reviews: body.reviews.slice(0, 2) }, BOARD, deps);
    expect([again.saved, again.unchanged]).toEqual([0, 2]);
    expect(again.results.map((r) => r.reviewId)).toEqual(first.results.slice(0, 2).map((r) => r.reviewId));
    expect(reviews.entries).toHaveLength(2);
  });

  it('refuses a stale version and a unit user before storing anything', async () => {
    const { master, deps, reviews, campaignId } = world();
    const rows = [{ nomineeId: master.entries[0]?.nomineeId ?? '', state: 'valid' as const }];
    await expect(
      reviewNominees({ campaignId, version: 1, reviews: rows }, BOARD, deps),
    ).rejects.toMatchObject({
      code: 'MASTER_VERSION_CHANGED',
    });
    const unit: Principal = { email: 'u@x.example', role: 'unit', unitIds: ['u1'] };
    await expect(reviewNominees({ campaignId, reviews: rows }, unit, deps)).rejects.toBeInstanceOf(AppError);
    expect(reviews.reviews.size).toBe(0);
  });

  it('records an awarded row in the award history', async () => {
    const { master, deps, awards, campaignId } = world();
    const nomineeId = master.entries[0]?.nomineeId ?? '';
    const decision = { decisionNumber: '12/QĐ-UBND', decisionDate: '2026-07-01', awardCode: 'LDTT' };
    const result = await reviewNominees(
      { campaignId, reviews: [{ nomineeId, state: 'awarded', ...decision }] },
      BOARD,
      deps,
    );
    expect(result.results[0]).toMatchObject({ ok: true, state: 'awarded' });
    expect(awards).toHaveLength(1);
  });
});

describe('reviewOnEntry', () => {
  it('shows the stored review while the content is the same, needsReReview with old and new values after', async () => {
    const { master, deps, reviews, campaignId } = world();
    const entry = master.entries[0];
    if (!entry) throw new Error('no entry');
    await reviewNominees(
      { campaignId, reviews: [{ nomineeId: entry.nomineeId, state: 'approved' }] },
      BOARD,
      deps,
    );
    const stored = reviews.reviews.get(entry.nomineeId);
    if (!stored) throw new Error('not stored');
    expect(reviewOnEntry(stored, entry).state).toBe('approved');
    const changed = { ...entry, award: 'CSTD_CS', proposedAwards: ['CSTD_CS'], notes: 'ghi chú của đơn vị' };
    expect(reviewOnEntry(stored, changed)).toMatchObject({
      state: 'needsReReview',
      reviewedState: 'approved',
      changedFields: [
        { field: 'award', before: entry.award ?? null, after: 'CSTD_CS' },
        { field: 'proposedAwards', before: entry.proposedAwards, after: ['CSTD_CS'] },
      ],
    });
    const { contentHash: _hash, ...older } = stored;
    expect(reviewOnEntry(older, changed).state).toBe('approved');
  });
});
