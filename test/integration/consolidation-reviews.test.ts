// The board's decisions through HTTP: duplicate decisions by member keys survive units editing their rows;
// nominee reviews survive re-consolidation; returned nominees and the "reviewed" status show in campaignStatus;
// an awarded nominee enters the award history that validation of later submissions uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePerson } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type { ConsolidateResponse } from '../../shared/api/consolidation';
import type { ErrorBody } from '../../shared/api/error-body';
import type { MasterListResponse } from '../../shared/api/master-list';
import type { ValidateRowsResponse } from '../../shared/api/nominations';
import type { ReviewNomineeResponse } from '../../shared/api/reviews';
import { post } from '../support/http';
import { BOARD, setUpCampaign, submitAll, submitUnit, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-tonghop-review';
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  await setUpCampaign(stack, CAMPAIGN, 8);
  await submitAll(stack, CAMPAIGN, 8, 10);
  await consolidate();
});

afterAll(async () => {
  await stack.close();
});

async function consolidate(): Promise<ConsolidateResponse> {
  const response = await post<ConsolidateResponse>(
    stack.url,
    'consolidate',
    { campaignId: CAMPAIGN },
    { user: BOARD },
  );
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body;
}

async function entries(user = BOARD) {
  const response = await post<MasterListResponse>(
    stack.url,
    'masterList',
    { campaignId: CAMPAIGN },
    { user },
  );
  return response.body.master;
}

const review = (body: Record<string, unknown>) =>
  post<ReviewNomineeResponse>(stack.url, 'reviewNominee', { campaignId: CAMPAIGN, ...body }, { user: BOARD });

const status = async (unitId: string) => {
  const response = await post<CampaignStatusResponse>(
    stack.url,
    'campaignStatus',
    { campaignId: CAMPAIGN, unitId },
    { user: unitEmail(unitId) },
  );
  const unit = response.body.units[0];
  if (!unit) throw new Error('no unit status');
  return unit;
};

const nomineeOfRow = (master: MasterListResponse['master'], rowId: string) =>
  master.entries.find((e) => e.sources.some((s) => s.rowId === rowId))?.nomineeId;

describe('reviewDuplicates', () => {
  it('keeps the accent-only pair apart after "different", also after the unit edits its rows', async () => {
    const master = await entries();
    const group = master.duplicates.find((g) => g.memberRowIds.includes('dv-03:individual:12'));
    expect(group?.kind).toBe('probable');
    expect(nomineeOfRow(master, 'dv-03:individual:12')).toBe(nomineeOfRow(master, 'dv-01:individual:3'));
    const decided = await post(
      stack.url,
      'reviewDuplicates',
      { campaignId: CAMPAIGN, groupId: group?.groupId, memberKeys: group?.memberKeys, decision: 'different' },
      { user: BOARD },
    );
    expect(decided.status).toBe(200);
    const apart = await consolidate();
    expect(apart.duplicates.find((g) => g.groupId === group?.groupId)?.decision).toBe('different');
    const after = await entries();
    expect(nomineeOfRow(after, 'dv-03:individual:12')).not.toBe(nomineeOfRow(after, 'dv-01:individual:3'));

    // dv-03 edits its rows, the decided one included (another award): its member key stays the same.
    await submitUnit(stack, CAMPAIGN, 2, 10, (row, i) =>
      i === 0 || i === 10 ? [row[0], row[1], row[2], row[3], row[4], row[5], 'Chiến sĩ thi đua cơ sở'] : row,
    );
    await consolidate();
    const edited = await entries();
    expect(edited.entries.find((e) => e.sources.some((x) => x.rowId === 'dv-03:individual:12'))?.award).toBe(
      'CSTD_CS',
    );
    expect(nomineeOfRow(edited, 'dv-03:individual:12')).not.toBe(nomineeOfRow(edited, 'dv-01:individual:3'));
  });

  it('refuses member keys that are not one group of the current version', async () => {
    const response = await post<ErrorBody>(
      stack.url,
      'reviewDuplicates',
      { campaignId: CAMPAIGN, memberKeys: ['dv-01|x', 'dv-02|y'], decision: 'same' },
      { user: BOARD },
    );
    expect([response.status, response.body.error.code]).toEqual([404, 'DUPLICATE_GROUP_NOT_FOUND']);
  });
});

describe('reviewNominee', () => {
  it('returns a nominee to its unit with a note, kept across consolidations', async () => {
    const master = await entries();
    const target = master.entries.find((e) => e.sources.some((s) => s.rowId === 'dv-05:individual:4'));
    const returned = await review({
      nomineeId: target?.nomineeId,
      state: 'needsInfo',
      note: 'Bổ sung số CCCD.',
    });
    expect(returned.body).toMatchObject({
      state: 'needsInfo',
      note: 'Bổ sung số CCCD.',
      awardHistoryId: null,
    });
    const unit = await status('dv-05');
    expect(unit.returned).toEqual([
      expect.objectContaining({ nomineeId: target?.nomineeId, note: 'Bổ sung số CCCD.', sheetRows: [4] }),
    ]);
    expect(unit.status).toBe('clean');
    await submitUnit(stack, CAMPAIGN, 6, 10, (row, i) =>
      i === 1 ? ([...row.slice(0, 6), 'Chiến sĩ thi đua cơ sở'] as typeof row) : row,
    );
    await consolidate();
    const kept = (await entries(unitEmail('dv-05'))).entries.find((e) => e.nomineeId === target?.nomineeId);
    expect(kept?.reviewState).toBe('needsInfo');
    expect(kept?.review).toMatchObject({ state: 'needsInfo', note: 'Bổ sung số CCCD.', reviewedBy: BOARD });
  });

  it('marks a unit "reviewed" once every entry of its latest version has a final review', async () => {
    const mine = (await entries(unitEmail('dv-08'))).entries;
    expect(mine).toHaveLength(10);
    for (const entry of mine.slice(0, 9))
      expect((await review({ nomineeId: entry.nomineeId, state: 'approved' })).status).toBe(200);
    expect((await status('dv-08')).status).toBe('clean');
    await review({ nomineeId: mine[9]?.nomineeId, state: 'ineligible' });
    const unit = await status('dv-08');
    expect(unit).toMatchObject({ status: 'reviewed', masterEntries: 10, reviewedEntries: 10, returned: [] });
    const board = await post<CampaignStatusResponse>(
      stack.url,
      'campaignStatus',
      { campaignId: CAMPAIGN },
      { user: BOARD },
    );
    expect(board.body.totals.reviewed).toBe(1);
  });

  it('refuses needsInfo without a note, awarded without a decision, and unknown nominees', async () => {
    const nomineeId = (await entries()).entries[0]?.nomineeId;
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ nomineeId, state: 'needsInfo', note: '  ' }, 400, 'REVIEW_NOTE_REQUIRED'],
      [{ nomineeId, state: 'awarded' }, 400, 'AWARD_DECISION_REQUIRED'],
      [{ nomineeId: 'i-khongco', state: 'approved' }, 404, 'NOMINEE_NOT_FOUND'],
      [
        { nomineeId, state: 'awarded', decisionNumber: '12/QĐ-UBND', decisionDate: '2026-13-01' },
        400,
        'INVALID_REQUEST',
      ],
    ];
    for (const [body, code, error] of cases) {
      const response = await review(body);
      expect([response.status, (response.body as unknown as ErrorBody).error.code]).toEqual([code, error]);
    }
  });

  it('records an awarded nominee in the award history, which validation of later submissions uses', async () => {
    const [, name, gender, year, ethnic, cccd] = samplePerson(10 * 3 + 5); // dv-04, row 7
    const row = [1, name, gender, year, ethnic, cccd, 'Chiến sĩ thi đua cơ sở'];
    const grid = {
      header: ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Số CCCD', 'Hình thức khen thưởng'],
      firstRow: 2,
      rows: [row],
    };
    const validate = async () =>
      (
        await post<ValidateRowsResponse>(
          stack.url,
          'validateRows',
          { campaignId: CAMPAIGN, unitId: 'dv-04', kind: 'individual', grid },
          { user: BOARD },
        )
      ).body.issues.filter((i) => i.code.startsWith('eligibility.'));
    const before = await validate();
    expect(before.some((i) => i.message.includes('Khen thưởng đã đạt'))).toBe(true);
    const target = (await entries()).entries.find((e) => e.cccd === cccd);
    const body = {
      nomineeId: target?.nomineeId,
      state: 'awarded',
      awardCode: 'LDTT',
      decisionNumber: '1234/QĐ-UBND',
      decisionDate: '2026-03-15',
    };
    const first = await review(body);
    const again = await review(body);
    expect(first.body.awardHistoryId).toMatch(/^a-[0-9a-f]{16}$/);
    expect(again.body.awardHistoryId).toBe(first.body.awardHistoryId);
    const stored = await stack.services.awardHistory.findByKeys([`cccd:${cccd}`]);
    expect(stored).toEqual([
      expect.objectContaining({ awardCode: 'LDTT', year: 2026, decisionNumber: '1234/QĐ-UBND', cccd }),
    ]);
    const after = await validate();
    expect(after.some((i) => i.message.includes('Khen thưởng đã đạt'))).toBe(false);
    expect(after.length).toBeLessThan(before.length);
  });
});
