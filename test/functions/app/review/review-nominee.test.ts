// reviewNominee as a use case on in-memory ports: the board's state of a nominee of the current master version,
// kept by nomineeId and logged; "awarded" records the award history once. Over HTTP on the embedded emulator:
// test/integration/consolidation-reviews.test.ts.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../functions/app/errors';
import { reviewNominee } from '../../../../functions/app/review/review-nominee';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryAwardHistory, MemoryReviews } from '../../../support/memory/consolidation';
import { MemoryMasters } from '../../../support/memory/masters';

const CAMPAIGN = 'dhtt-2026';
const board = { email: 'bantdkt@langson.example', role: 'board' as const, unitIds: [] };

function setup() {
  const campaign = campaignRecordSchema.parse({
    id: CAMPAIGN,
    title: 'Đại hội thi đua',
    eventKind: 'dai-hoi-thi-dua-yeu-nuoc',
    deadline: '2026-12-15T10:00:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  const masters = new MemoryMasters();
  const master = sampleMaster({ version: 3 });
  masters.add(master);
  const reviews = new MemoryReviews();
  const awardHistory = new MemoryAwardHistory();
  const clock = { now: () => new Date('2026-11-12T08:00:00.000Z') };
  const deps = { campaigns: memoryCampaigns(campaign, []), masters, reviews, awardHistory, clock };
  return { deps, reviews, awardHistory, master };
}

const codeOf = (run: Promise<unknown>) =>
  run.then(
    () => 'none',
    (e: unknown) => (e instanceof AppError ? e.code : `other: ${String(e)}`),
  );

describe('reviewNominee (use case, in-memory ports)', () => {
  it('keeps the latest state of a nominee with its source rows, and logs each review', async () => {
    const { deps, reviews, master } = setup();
    const entry = master.entries[3];
    if (!entry) throw new Error('no entry');
    const body = { campaignId: CAMPAIGN, nomineeId: entry.nomineeId };
    const first = await reviewNominee(
      { ...body, state: 'needsInfo', note: '  Bổ sung minh chứng ' },
      board,
      deps,
    );
    expect(first).toMatchObject({ state: 'needsInfo', note: 'Bổ sung minh chứng', masterVersion: 3 });
    await reviewNominee({ ...body, state: 'approved' }, board, deps);
    expect(await reviews.listNomineeReviews(CAMPAIGN)).toEqual([
      expect.objectContaining({
        nomineeId: entry.nomineeId,
        state: 'approved',
        displayName: entry.displayName,
        sources: entry.sources.map((s) => ({ unitId: s.unitId, sheetRow: s.sheetRow })),
      }),
    ]);
    expect((await reviews.listLog(CAMPAIGN)).map((e) => e.value)).toEqual(['needsInfo', 'approved']);
  });

  it('records an awarded nominee in the award history once', async () => {
    const { deps, awardHistory, master } = setup();
    const nomineeId = master.entries[0]?.nomineeId ?? '';
    const body = {
      campaignId: CAMPAIGN,
      nomineeId,
      state: 'awarded' as const,
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2026-11-11',
    };
    const first = await reviewNominee(body, board, deps);
    const again = await reviewNominee(body, board, deps);
    expect(first.awardHistoryId).toBeTruthy();
    expect(again.awardHistoryId).toBe(first.awardHistoryId);
    expect([...awardHistory.records.values()]).toEqual([
      expect.objectContaining({ campaignId: CAMPAIGN, nomineeId, decisionNumber: '123/QĐ-UBND' }),
    ]);
  });

  it('refuses a missing note, a missing decision, an unknown nominee and a unit user', async () => {
    const { deps, master } = setup();
    const body = { campaignId: CAMPAIGN, nomineeId: master.entries[1]?.nomineeId ?? '' };
    expect(await codeOf(reviewNominee({ ...body, state: 'needsInfo', note: ' ' }, board, deps))).toBe(
      'REVIEW_NOTE_REQUIRED',
    );
    expect(await codeOf(reviewNominee({ ...body, state: 'awarded' }, board, deps))).toBe(
      'AWARD_DECISION_REQUIRED',
    );
    expect(
      await codeOf(reviewNominee({ ...body, nomineeId: 'n-none', state: 'approved' }, board, deps)),
    ).toBe('NOMINEE_NOT_FOUND');
    const unit = { email: 'dv@langson.example', role: 'unit' as const, unitIds: ['so-y-te'] };
    expect(await codeOf(reviewNominee({ ...body, state: 'approved' }, unit, deps))).toBe('FORBIDDEN_ROLE');
  });
});
