// The award decision over HTTP (local stack, embedded emulator, real firebase-admin): approved entries → the
// .docx drafts → recordDecision marks them "đã khen thưởng" (shown by masterList at once)
// and writes their award history; recording again adds nothing; a batch that fails to commit leaves the entries
// as they were, and the retry records them; certificates print one page per awardee.
import { WriteBatch } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryKey } from '../../functions/app/consolidation/award-history-keys';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type {
  CertificatesResponse,
  DecisionDraftsResponse,
  RecordDecisionResponse,
} from '../../shared/api/decisions';
import type { ErrorBody } from '../../shared/api/error-body';
import type { MasterListResponse } from '../../shared/api/master-list';
import { post } from '../support/http';
import { BOARD, setUpCampaign, submitAll, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-quyet-dinh';
/** Dated yesterday: a decision may not be dated after today (the stack runs on the wall clock). */
const DECISION = {
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
};
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  await setUpCampaign(stack, CAMPAIGN, 2);
  await submitAll(stack, CAMPAIGN, 2, 4);
  await consolidate();
}, 120_000);

afterAll(async () => {
  await stack.close();
});

async function call<T>(fn: string, body: Record<string, unknown>, user = BOARD) {
  return post<T>(stack.url, fn, { campaignId: CAMPAIGN, ...body }, { user });
}

async function consolidate(): Promise<void> {
  const response = await call('consolidate', {});
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
}

type Listed = MasterListResponse['master']['entries'][number];

async function entries(): Promise<Listed[]> {
  return (await call<MasterListResponse>('masterList', { pageSize: 1000 })).body.master.entries;
}

async function historyOf(list: Listed[]) {
  const keys = list.map((e) => primaryKey(e)).filter((k): k is string => k !== undefined);
  return (await stack.services.awardHistory.findByKeys(keys)).filter((r) => r.campaignId === CAMPAIGN);
}

describe('decision: drafts, recording, certificates', () => {
  it('drafts from the approved entries, records the decision once, and prints the certificates', async () => {
    const all = await entries();
    const chosen = all.slice(0, 3);
    const ids = chosen.map((e) => e.nomineeId);
    const reviewed = await call('reviewNominees', {
      reviews: ids.map((nomineeId) => ({ nomineeId, state: 'approved' })),
    });
    expect(reviewed.status).toBe(200);

    const drafts = await call<DecisionDraftsResponse>('decisionDrafts', { date: '2026-09-01' });
    expect(drafts.status).toBe(200);
    expect(drafts.body.entries).toBe(3);
    expect(drafts.body.files.map((f) => f.kind)).toEqual(['toTrinh', 'quyetDinh']);
    for (const f of drafts.body.files)
      expect(Buffer.from(f.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const refusedUnit = await call<ErrorBody>('decisionDrafts', {}, unitEmail('dv-01'));
    expect(refusedUnit.status).toBe(403);

    const bad = await call<ErrorBody>('recordDecision', { ...DECISION, decisionNumber: '1234' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'DECISION_NUMBER_INVALID']);
    const notApproved = await call<ErrorBody>('recordDecision', {
      ...DECISION,
      nomineeIds: [all[5]?.nomineeId],
    });
    expect([notApproved.status, notApproved.body.error.code]).toEqual([409, 'DECISION_ENTRY_NOT_APPROVED']);

    const failing = WriteBatch.prototype.commit;
    WriteBatch.prototype.commit = () => Promise.reject(new Error('injected crash before the batch commits'));
    const crashed = await call<ErrorBody>('recordDecision', DECISION).finally(() => {
      WriteBatch.prototype.commit = failing;
    });
    expect(crashed.status).toBeGreaterThanOrEqual(500);
    expect(await historyOf(chosen)).toEqual([]);

    const recorded = await call<RecordDecisionResponse>('recordDecision', DECISION);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ recorded: 3, unchanged: 0, ...DECISION });
    const history = await historyOf(chosen);
    expect(history).toHaveLength(3);
    // the year each award is for: the campaign's evaluation year, not the year of the decision's date
    const status = await call<CampaignStatusResponse>('campaignStatus', {});
    const year = status.body.evaluationYear;
    expect(year).toBeTypeOf('number');
    expect(history.every((r) => r.decisionNumber === DECISION.decisionNumber && r.year === year)).toBe(true);

    const again = await call<RecordDecisionResponse>('recordDecision', DECISION);
    expect(again.body).toMatchObject({ recorded: 0, unchanged: 3 });
    expect(await historyOf(chosen)).toHaveLength(3);

    await consolidate();
    const after = new Map((await entries()).map((e) => [e.nomineeId, e]));
    for (const id of ids)
      expect(after.get(id)?.review).toMatchObject({
        state: 'awarded',
        decisionNumber: DECISION.decisionNumber,
      });

    const printed = await call<CertificatesResponse>('certificates', {
      decisionNumber: DECISION.decisionNumber,
    });
    expect(printed.status).toBe(200);
    expect(printed.body.pages).toBe(3);
    expect(Buffer.from(printed.body.file.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  }, 240_000);
});
