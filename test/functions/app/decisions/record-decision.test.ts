// recordDecision on in-memory repositories: approved entries become "đã khen thưởng" with the decision number and
// date, the award history gets one record each, recording again writes nothing; coded refusals write nothing.
import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../../functions/app/decisions/record-decision';
import { AppError } from '../../../../functions/app/errors';
import { recordDecisionRequestSchema } from '../../../../shared/api/decisions';
import { BOARD, decisionWorld, UNIT_USER } from './world';

const DECISION = { decisionNumber: '1234/QĐ-UBND', decisionDate: '2026-09-15' };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('recordDecision', () => {
  it('marks every approved entry awarded and writes its award history; recording again adds nothing', async () => {
    const { master, deps, reviews, awardHistory, review, campaignId } = decisionWorld();
    const [a, b, c, d] = master.entries;
    const approved = [a, b, c].map((e) => e?.nomineeId ?? '').sort();
    await review(approved, 'approved');
    await review([d?.nomineeId ?? ''], 'valid');
    const body = recordDecisionRequestSchema.parse({ campaignId, ...DECISION });

    const first = await recordDecision(body, BOARD, deps);
    expect(first).toMatchObject({ version: 2, recorded: 3, unchanged: 0, ...DECISION });
    expect(first.awarded.map((x) => x.nomineeId).sort()).toEqual(approved);
    expect(first.awarded.every((x) => x.changed && x.awardHistoryId !== null)).toBe(true);
    const stored = await reviews.listNomineeReviews(campaignId);
    const awarded = stored.filter((r) => r.state === 'awarded');
    expect(awarded.map((r) => [r.nomineeId, r.decisionNumber, r.decisionDate])).toEqual(
      approved.map((id) => [id, DECISION.decisionNumber, DECISION.decisionDate]),
    );
    const proposed = new Map([a, b, c].map((e) => [e?.nomineeId, e?.awardDecision ?? e?.award]));
    expect(awarded.map((r) => r.awardCode)).toEqual(awarded.map((r) => proposed.get(r.nomineeId)));
    expect(stored.find((r) => r.nomineeId === d?.nomineeId)?.state).toBe('valid');
    expect(awardHistory.records.size).toBe(3);
    expect([...awardHistory.records.values()].map((r) => r.decisionNumber)).toEqual([
      DECISION.decisionNumber,
      DECISION.decisionNumber,
      DECISION.decisionNumber,
    ]);
    const logged = (await reviews.listLog(campaignId)).length;

    const again = await recordDecision(body, BOARD, deps);
    expect(again).toMatchObject({ recorded: 0, unchanged: 3 });
    expect(again.awarded.map((x) => x.awardHistoryId)).toEqual(first.awarded.map((x) => x.awardHistoryId));
    expect(awardHistory.records.size).toBe(3);
    expect(await reviews.listLog(campaignId)).toHaveLength(logged);
  });

  it('records only the named entries, and names each entry that is not approved (nothing written)', async () => {
    const { master, deps, reviews, awardHistory, review, campaignId } = decisionWorld();
    const [a, b] = master.entries.map((e) => e.nomineeId);
    await review([a ?? ''], 'approved');
    const refused = recordDecision(
      recordDecisionRequestSchema.parse({ campaignId, ...DECISION, nomineeIds: [a, b] }),
      BOARD,
      deps,
    );
    await expect(refused).rejects.toMatchObject({
      code: 'DECISION_ENTRY_NOT_APPROVED',
      clientDetail: { fields: [{ path: ['nomineeIds', 1] }] },
    });
    expect(awardHistory.records.size).toBe(0);
    expect((await reviews.listNomineeReviews(campaignId)).map((r) => r.state)).toEqual(['approved']);

    const one = await recordDecision(
      recordDecisionRequestSchema.parse({ campaignId, ...DECISION, nomineeIds: [a] }),
      BOARD,
      deps,
    );
    expect(one.recorded).toBe(1);
  });

  it('refuses an unknown nominee, a malformed number or date, no approved entry, and a unit user', async () => {
    const { master, deps, review, campaignId } = decisionWorld();
    const run = (over: Record<string, unknown>, principal = BOARD) =>
      codeOf(
        recordDecision(
          recordDecisionRequestSchema.parse({ campaignId, ...DECISION, ...over }),
          principal,
          deps,
        ),
      );
    expect(await run({})).toBe('DECISION_NO_APPROVED_ENTRIES');
    await review([master.entries[0]?.nomineeId ?? ''], 'approved');
    expect(await run({ nomineeIds: ['n-khong-co'] })).toBe('NOMINEE_NOT_FOUND');
    for (const decisionNumber of ['1234', 'abc/QĐ-UBND', '1234/QD-UBND', '12/QĐ-', ' /QĐ-UBND'])
      expect(await run({ decisionNumber }), decisionNumber).toBe('DECISION_NUMBER_INVALID');
    for (const decisionDate of ['2026-02-30', '15/09/2026', '2026-12-01', '1999-12-31'])
      expect(await run({ decisionDate }), decisionDate).toBe('DECISION_DATE_INVALID');
    expect(await run({}, UNIT_USER)).toBe('FORBIDDEN_ROLE');
    expect(await run({ decisionNumber: '56/QĐ-CT-UBND' })).toBe('no error');
  });

  it('re-records a corrected date of the same decision, and refuses an entry awarded by another decision', async () => {
    const { master, deps, review, reviews, campaignId } = decisionWorld();
    const id = master.entries[0]?.nomineeId ?? '';
    await review([id], 'approved');
    await recordDecision(recordDecisionRequestSchema.parse({ campaignId, ...DECISION }), BOARD, deps);
    const corrected = await recordDecision(
      recordDecisionRequestSchema.parse({ campaignId, ...DECISION, decisionDate: '2026-09-16' }),
      BOARD,
      deps,
    );
    expect(corrected.recorded).toBe(1);
    expect((await reviews.listNomineeReviews(campaignId))[0]?.decisionDate).toBe('2026-09-16');
    const other = recordDecision(
      recordDecisionRequestSchema.parse({
        campaignId,
        decisionNumber: '99/QĐ-UBND',
        decisionDate: '2026-09-18',
        nomineeIds: [id],
      }),
      BOARD,
      deps,
    );
    await expect(other).rejects.toMatchObject({ code: 'DECISION_ENTRY_NOT_APPROVED' });
  });
});
