// reviewDuplicates as a use case on in-memory ports: a decision on a group of the current master version is stored
// by its sorted member keys (a later one replaces it) and logged; what is not a group of that version is refused.
// Over HTTP on the embedded emulator: test/integration/consolidation-reviews.test.ts.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../functions/app/errors';
import { reviewDuplicates } from '../../../../functions/app/review/review-duplicates';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryReviews } from '../../../support/memory/consolidation';
import { MemoryMasters } from '../../../support/memory/masters';

const CAMPAIGN = 'dhtt-2026';
const board = { email: 'bantdkt@langson.example', role: 'board' as const, unitIds: [] };

function setup(withVersion = true) {
  const campaign = campaignRecordSchema.parse({
    id: CAMPAIGN,
    title: 'Đại hội thi đua',
    eventKind: 'dai-hoi-thi-dua-yeu-nuoc',
    deadline: '2026-12-15T10:00:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  const masters = new MemoryMasters();
  if (withVersion) masters.add(sampleMaster({ version: 3 }));
  const reviews = new MemoryReviews();
  const clock = { now: () => new Date('2026-11-12T08:00:00.000Z') };
  return { deps: { campaigns: memoryCampaigns(campaign, []), masters, reviews, clock }, reviews };
}

const codeOf = (run: Promise<unknown>) =>
  run.then(
    () => 'none',
    (e: unknown) => (e instanceof AppError ? e.code : `other: ${String(e)}`),
  );

describe('reviewDuplicates (use case, in-memory ports)', () => {
  it('stores a decision by its sorted member keys, replaced by a later one, every decision logged', async () => {
    const { deps, reviews } = setup();
    const body = { campaignId: CAMPAIGN, memberKeys: ['b', 'a'], decision: 'same' as const };
    const first = await reviewDuplicates(body, board, deps);
    expect(first).toMatchObject({
      groupId: 'g-prob-1',
      memberKeys: ['a', 'b'],
      decision: 'same',
      masterVersion: 3,
    });
    const second = await reviewDuplicates(
      { ...body, decision: 'different', note: 'Hai người khác nhau' },
      board,
      deps,
    );
    expect(second.decisionId).toBe(first.decisionId);
    expect(await reviews.listDuplicateDecisions(CAMPAIGN)).toEqual([
      expect.objectContaining({
        decisionId: first.decisionId,
        decision: 'different',
        note: 'Hai người khác nhau',
      }),
    ]);
    const log = await reviews.listLog(CAMPAIGN);
    expect(log.map((e) => [e.action, e.value])).toEqual([
      ['reviewDuplicates', 'same'],
      ['reviewDuplicates', 'different'],
    ]);
  });

  it('refuses a unit user, a campaign without a master version, and keys that are not one group', async () => {
    const { deps } = setup();
    const body = { campaignId: CAMPAIGN, memberKeys: ['a', 'b'], decision: 'same' as const };
    const unit = { email: 'dv@langson.example', role: 'unit' as const, unitIds: ['so-y-te'] };
    expect(await codeOf(reviewDuplicates(body, unit, deps))).toBe('FORBIDDEN_ROLE');
    expect(await codeOf(reviewDuplicates({ ...body, memberKeys: ['a'] }, board, deps))).toBe(
      'DUPLICATE_GROUP_NOT_FOUND',
    );
    expect(await codeOf(reviewDuplicates({ ...body, memberKeys: ['a', 'zz'] }, board, deps))).toBe(
      'DUPLICATE_GROUP_NOT_FOUND',
    );
    expect(await codeOf(reviewDuplicates(body, board, setup(false).deps))).toBe('MASTER_NOT_FOUND');
    expect(await codeOf(reviewDuplicates({ ...body, campaignId: 'khac' }, board, deps))).toBe(
      'CAMPAIGN_NOT_FOUND',
    );
  });
});
