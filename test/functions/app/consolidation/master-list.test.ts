// masterList as a use case on in-memory ports: the board pages through a version (the page token pins it), a unit
// user sees only its own entries, every read is in the access log. Over HTTP: test/integration/consolidation.test.ts.
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../../functions/app/consolidation/consolidate';
import { masterList } from '../../../../functions/app/consolidation/master-list';
import { AppError } from '../../../../functions/app/errors';
import { reviewNominees } from '../../../../functions/app/review/review-nominees';
import { BOARD, CAMPAIGN, memoryWorld } from './support/memory-world';

const codeOf = (run: Promise<unknown>) =>
  run.then(
    () => 'none',
    (e: unknown) => (e instanceof AppError ? e.code : `other: ${String(e)}`),
  );

describe('masterList (use case, in-memory ports)', () => {
  it('pages the board through one version, pinned by the page token while a newer one appears', async () => {
    const world = await memoryWorld(4, 6);
    await consolidate({ campaignId: CAMPAIGN, dryRun: false }, BOARD, world);
    const whole = (await world.masters.read(CAMPAIGN, 1))?.entries ?? [];
    const first = await masterList({ validity: 'valid', campaignId: CAMPAIGN, pageSize: 10 }, BOARD, world);
    expect(first.master.entries).toEqual(whole.slice(0, 10));
    expect(first.page).toEqual({ offset: 0, size: 10, total: whole.length, nextPageToken: 'v1-o10' });
    await world.submit(2, 6, (row, i) =>
      i === 0 ? [row[0], row[1], row[2], row[3], row[4], row[5], 'Chiến sĩ thi đua cơ sở'] : row,
    );
    await consolidate({ campaignId: CAMPAIGN, dryRun: false }, BOARD, world);
    const rest = await masterList(
      { validity: 'valid', campaignId: CAMPAIGN, pageSize: 100, pageToken: 'v1-o10' },
      BOARD,
      world,
    );
    expect(rest.master.version).toBe(1);
    expect(rest.master.entries).toEqual(whole.slice(10));
    expect(rest.page.nextPageToken).toBeNull();
    expect(first.master.duplicates.length).toBeGreaterThan(0);
    expect(first.master.changes.added.length).toBeGreaterThan(0);
    expect([rest.master.duplicates, rest.master.changes.added]).toEqual([[], []]);
    expect(world.accessLog.entries.map((e) => e.detail)).toEqual([
      `master v1, entries 0-10 of ${whole.length}`,
      `master v1, entries 10-${whole.length} of ${whole.length}`,
    ]);
  });

  it('shows a unit user only the entries its unit nominated, without duplicate groups', async () => {
    const world = await memoryWorld(4, 6);
    await consolidate({ campaignId: CAMPAIGN, dryRun: false }, BOARD, world);
    const unit = { email: 'dv-02@langson.example', role: 'unit' as const, unitIds: ['dv-02'] };
    const seen = await masterList({ validity: 'valid', campaignId: CAMPAIGN, pageSize: 100 }, unit, world);
    expect(seen.master.entries.length).toBeGreaterThan(0);
    expect(seen.master.entries.every((e) => e.sources.every((s) => s.unitId === 'dv-02'))).toBe(true);
    expect(seen.master.duplicates).toEqual([]);
    expect(
      await codeOf(
        masterList({ validity: 'valid', campaignId: CAMPAIGN, pageSize: 10, unitId: 'dv-03' }, unit, world),
      ),
    ).toBe('FORBIDDEN_UNIT');
    expect(
      await codeOf(
        masterList({ validity: 'valid', campaignId: CAMPAIGN, pageSize: 10, version: 9 }, BOARD, world),
      ),
    ).toBe('MASTER_NOT_FOUND');
  });

  it('shows a review made after consolidation at once, without a new version', async () => {
    const world = await memoryWorld(3, 4);
    await consolidate({ campaignId: CAMPAIGN, dryRun: false }, BOARD, world);
    const list = async () =>
      (await masterList({ validity: 'valid', campaignId: CAMPAIGN, pageSize: 100 }, BOARD, world)).master
        .entries;
    const [first, second] = await list();
    const reviews = [
      { nomineeId: first?.nomineeId ?? '', state: 'approved' as const },
      {
        nomineeId: second?.nomineeId ?? '',
        state: 'needsInfo' as const,
        note: 'Bổ sung tóm tắt thành tích.',
      },
    ];
    await reviewNominees({ campaignId: CAMPAIGN, reviews }, BOARD, world);
    const shown = await list();
    expect(shown[0]).toMatchObject({ reviewState: 'approved', review: { state: 'approved' } });
    expect(shown[1]).toMatchObject({
      reviewState: 'needsInfo',
      reviewNote: 'Bổ sung tóm tắt thành tích.',
      review: { state: 'needsInfo', note: 'Bổ sung tóm tắt thành tích.' },
    });
    expect(shown.slice(2).every((e) => e.review === undefined)).toBe(true);
    // the stored version is left as consolidated
    expect((await world.masters.read(CAMPAIGN, 1))?.entries[0]?.review).toBeUndefined();
  });
});
