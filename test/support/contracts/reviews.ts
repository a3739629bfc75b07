// The contract of ReviewRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type {
  AwardHistoryRecord,
  AwardHistoryRepository,
  NomineeReview,
  ReviewRepository,
  StoredDuplicateDecision,
} from '../../../functions/app/ports';
import { uniqueId } from './ids';

const decision = (id: string, over: Partial<StoredDuplicateDecision> = {}): StoredDuplicateDecision => ({
  decisionId: id,
  groupId: 'g-1',
  memberKeys: ['a|1', 'b|1'],
  decision: 'same',
  decidedBy: 'bantdkt@langson.example',
  decidedAt: '2026-11-02T00:00:00.000Z',
  masterVersion: 1,
  ...over,
});

const review = (nomineeId: string, over: Partial<NomineeReview> = {}): NomineeReview => ({
  nomineeId,
  state: 'needsInfo',
  note: 'Bổ sung quyết định khen thưởng',
  displayName: 'Lò Thị Mai',
  sources: [{ unitId: 'so-y-te', sheetRow: 7 }],
  masterVersion: 1,
  reviewedBy: 'bantdkt@langson.example',
  reviewedAt: '2026-11-03T00:00:00.000Z',
  ...over,
});

export function reviewsContract(make: () => ReviewRepository): void {
  it('replaces a decision on the same members, lists decisions by id, per campaign', async () => {
    const reviews = make();
    const [c, other] = [uniqueId('camp'), uniqueId('camp')];
    await reviews.saveDuplicateDecision(c, decision('d-2'));
    await reviews.saveDuplicateDecision(c, decision('d-1'));
    await reviews.saveDuplicateDecision(
      c,
      decision('d-2', { decision: 'different', note: 'Hai người khác nhau' }),
    );
    expect(await reviews.listDuplicateDecisions(c)).toEqual([
      decision('d-1'),
      decision('d-2', { decision: 'different', note: 'Hai người khác nhau' }),
    ]);
    expect(await reviews.listDuplicateDecisions(other)).toEqual([]);
  });

  it('keeps one review per nominee (the latest), listed by nomineeId', async () => {
    const reviews = make();
    const c = uniqueId('camp');
    await reviews.saveNomineeReview(c, review('i-2'));
    await reviews.saveNomineeReview(c, review('i-1', { state: 'awarded', decisionNumber: '123/QĐ-UBND' }));
    await reviews.saveNomineeReview(c, review('i-2', { state: 'approved', masterVersion: 2 }));
    expect(await reviews.listNomineeReviews(c)).toEqual([
      review('i-1', { state: 'awarded', decisionNumber: '123/QĐ-UBND' }),
      review('i-2', { state: 'approved', masterVersion: 2 }),
    ]);
  });

  it('reads the reviews of chosen nominees, past one read call, skipping those without one', async () => {
    const reviews = make();
    const [c, other] = [uniqueId('camp'), uniqueId('camp')];
    const ids = Array.from({ length: 320 }, (_, i) => `n-${String(i).padStart(3, '0')}`);
    const items = ids
      .filter((_, i) => i % 2 === 0)
      .map((id) => ({
        review: review(id, { state: 'approved' }),
        log: {
          at: '2026-11-03T00:00:00.000Z',
          actor: 'bantdkt@langson.example',
          action: 'reviewNominee' as const,
          subject: id,
          value: 'approved',
        },
      }));
    await reviews.saveNomineeReviews(c, items);
    await reviews.saveNomineeReview(other, review('n-001'));
    const found = await reviews.nomineeReviewsOf(c, ids);
    expect(found.map((r) => r.nomineeId).sort()).toEqual(ids.filter((_, i) => i % 2 === 0));
    expect(found.every((r) => r.state === 'approved')).toBe(true);
    expect(await reviews.nomineeReviewsOf(c, ['n-001', 'n-999'])).toEqual([]);
    expect(await reviews.nomineeReviewsOf(c, [])).toEqual([]);
  });

  it('stores a batch of reviews with their log entries (reviewNominees)', async () => {
    const reviews = make();
    const c = uniqueId('camp');
    const logOf = (nomineeId: string, value: string) => ({
      at: `2026-11-03T00:00:0${nomineeId.slice(-1)}.000Z`,
      actor: 'bantdkt@langson.example',
      action: 'reviewNominee' as const,
      subject: nomineeId,
      value,
    });
    await reviews.saveNomineeReviews(c, [
      { review: review('i-1'), log: logOf('i-1', 'valid') },
      { review: review('i-2', { state: 'approved' }), log: logOf('i-2', 'approved') },
    ]);
    expect(await reviews.listNomineeReviews(c)).toEqual([
      review('i-1'),
      review('i-2', { state: 'approved' }),
    ]);
    expect(await reviews.listLog(c)).toEqual([logOf('i-1', 'valid'), logOf('i-2', 'approved')]);
  });

  it('keeps every logged decision, listed by time', async () => {
    const reviews = make();
    const c = uniqueId('camp');
    const entry = (at: string, value: string) => ({
      at,
      actor: 'bantdkt@langson.example',
      action: 'reviewNominee' as const,
      subject: 'i-1',
      value,
    });
    await reviews.log(c, entry('2026-11-03T00:00:02.000Z', 'approved'));
    await reviews.log(c, { ...entry('2026-11-03T00:00:01.000Z', 'needsInfo'), note: 'Thiếu' });
    expect(await reviews.listLog(c)).toEqual([
      { ...entry('2026-11-03T00:00:01.000Z', 'needsInfo'), note: 'Thiếu' },
      entry('2026-11-03T00:00:02.000Z', 'approved'),
    ]);
    expect(await reviews.listLog(uniqueId('camp'))).toEqual([]);
  });
}

/** saveAwardDecisions: the review, its log entry and the award-history record of each awardee, together. */
export function awardDecisionsContract(
  make: () => { reviews: ReviewRepository; history: AwardHistoryRepository },
): void {
  it('stores each awarded review with its log entry and award-history record (recordDecision)', async () => {
    const { reviews, history } = make();
    const c = uniqueId('camp');
    const key = `cccd:${uniqueId('k')}`;
    const awarded = review('i-1', {
      state: 'awarded',
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2026-11-20',
      awardCode: 'BK_TINH',
    });
    const { note: _note, ...withoutNote } = awarded;
    const award: AwardHistoryRecord = {
      id: uniqueId('a'),
      nomineeKey: key,
      campaignId: c,
      nomineeId: 'i-1',
      recordedBy: 'bantdkt@langson.example',
      recordedAt: '2026-11-21T00:00:00.000Z',
      awardCode: 'BK_TINH',
      year: 2026,
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2026-11-20',
    };
    const log = {
      at: '2026-11-21T00:00:00.000Z',
      actor: 'bantdkt@langson.example',
      action: 'reviewNominee' as const,
      subject: 'i-1',
      value: 'awarded',
    };
    await reviews.saveAwardDecisions(c, [
      { review: withoutNote, log, award },
      { review: review('i-2', { state: 'awarded' }), log: { ...log, subject: 'i-2' }, award: null },
    ]);
    expect(
      (await reviews.listNomineeReviews(c)).map((r) => [r.nomineeId, r.state, r.decisionNumber]),
    ).toEqual([
      ['i-1', 'awarded', '12/QĐ-UBND'],
      ['i-2', 'awarded', undefined],
    ]);
    expect(await reviews.listLog(c)).toHaveLength(2);
    expect(await history.findByKeys([key])).toEqual([award]);
  });
}
