// Council vote over HTTP on the local stack (embedded Firestore): the board approves entries and opens a round on
// them; three council members vote (one changes their ballot); ballots stay secret (another member, the board, a
// unit editor and an outsider cannot read them); the board closes the round and the review states follow the tally
// (passed → approved, failed → ineligible with its note) through reviewNominees; the minutes come as xlsx.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type { ErrorBody } from '../../shared/api/error-body';
import type { MasterListResponse } from '../../shared/api/master-list';
import type { CastBallotResponse, VoteRoundResponse } from '../../shared/api/votes';
import { post } from '../support/http';
import { BOARD, setUpCampaign, submitAll, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-bieu-quyet';
const COUNCIL = ['hd1@langson.example', 'hd2@langson.example', 'hd3@langson.example'];
let stack: Stack;
let unitIds: string[] = [];
let chosen: string[] = [];

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  unitIds = await setUpCampaign(stack, CAMPAIGN, 2);
  await submitAll(stack, CAMPAIGN, 2, 3);
  await call('consolidate', { campaignId: CAMPAIGN }, BOARD);
  const members = COUNCIL.map((email) => ({ email, role: 'council' }));
  await call('adminCampaign', { campaignId: CAMPAIGN, members }, BOARD);
  const list = await call<MasterListResponse>('masterList', { campaignId: CAMPAIGN, pageSize: 100 }, BOARD);
  chosen = list.master.entries.slice(0, 3).map((e) => e.nomineeId);
  const reviews = chosen.map((nomineeId) => ({ nomineeId, state: 'approved' }));
  await call('reviewNominees', { campaignId: CAMPAIGN, reviews }, BOARD);
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

async function call<T>(fn: string, body: unknown, user: string): Promise<T> {
  const response = await post<T>(stack.url, fn, body, { user });
  if (response.status !== 200) throw new Error(`${fn} ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

const vote = (user: string, choices: string[]) =>
  post<CastBallotResponse>(
    stack.url,
    'castBallot',
    {
      campaignId: CAMPAIGN,
      action: 'cast',
      round: 1,
      votes: chosen.map((nomineeId, i) => ({ nomineeId, vote: choices[i] })),
    },
    { user },
  );

describe('council vote over HTTP', () => {
  it('open → three members vote → close → review states follow the tally; minutes as xlsx', async () => {
    const opened = await call<VoteRoundResponse>(
      'voteRound',
      { campaignId: CAMPAIGN, action: 'open' },
      BOARD,
    );
    expect(opened.round?.round).toBe(1);
    expect(opened.round?.nominees.map((n) => n.nomineeId).sort()).toEqual([...chosen].sort());
    expect(opened.round?.members).toBe(3);
    // the council's order is the round's: vote by the round's order from here on
    chosen = opened.round?.nominees.map((n) => n.nomineeId) ?? [];

    const first = await vote(COUNCIL[0] ?? '', ['agree', 'agree', 'agree']);
    expect(first.status).toBe(200);
    expect((await vote(COUNCIL[0] ?? '', ['agree', 'agree', 'disagree'])).body.ballot?.version).toBe(2);
    expect((await vote(COUNCIL[1] ?? '', ['agree', 'disagree', 'disagree'])).status).toBe(200);
    expect((await vote(COUNCIL[2] ?? '', ['disagree', 'agree', 'disagree'])).status).toBe(200);

    // secrecy: another member reads only their own; the board sees turnout; others are refused
    const own = await call<CastBallotResponse>(
      'castBallot',
      { campaignId: CAMPAIGN, action: 'read' },
      COUNCIL[1] ?? '',
    );
    expect(own.ballot?.votes.map((v) => v.vote)).toEqual(['agree', 'disagree', 'disagree']);
    const status = await call<VoteRoundResponse>(
      'voteRound',
      { campaignId: CAMPAIGN, action: 'status' },
      BOARD,
    );
    expect(status.round?.voted).toEqual(COUNCIL);
    expect(JSON.stringify(status)).not.toMatch(/"votes?"|"agree"|"disagree"/);
    const refusals = await Promise.all([
      post<ErrorBody>(stack.url, 'castBallot', { campaignId: CAMPAIGN, action: 'read' }, { user: BOARD }),
      post<ErrorBody>(
        stack.url,
        'castBallot',
        { campaignId: CAMPAIGN, action: 'read' },
        {
          user: unitEmail(unitIds[0] ?? ''),
        },
      ),
      post<ErrorBody>(
        stack.url,
        'castBallot',
        { campaignId: CAMPAIGN, action: 'read' },
        {
          user: 'nguoi-ngoai@example.com',
        },
      ),
      post<ErrorBody>(
        stack.url,
        'voteRound',
        { campaignId: CAMPAIGN, action: 'status' },
        { user: COUNCIL[0] ?? '' },
      ),
    ]);
    // a council member sees no entry of the master list (names only through their round)
    const seen = await call<MasterListResponse>('masterList', { campaignId: CAMPAIGN }, COUNCIL[0] ?? '');
    expect(seen.master.entries).toEqual([]);
    const shown = await call<CampaignStatusResponse>(
      'campaignStatus',
      { campaignId: CAMPAIGN },
      COUNCIL[0] ?? '',
    );
    expect(shown.units).toEqual([]);
    expect(refusals.map((r) => [r.status, r.body.error.code])).toEqual([
      [403, 'FORBIDDEN_COUNCIL'],
      [403, 'FORBIDDEN_COUNCIL'],
      [403, 'NOT_A_MEMBER'],
      [403, 'FORBIDDEN_ROLE'],
    ]);

    const closed = await call<VoteRoundResponse>(
      'voteRound',
      { campaignId: CAMPAIGN, action: 'close', round: 1 },
      BOARD,
    );
    const result = closed.round?.result;
    expect(result?.ballotsCast).toBe(3);
    expect(result?.nominees.map((n) => [n.agree, n.disagree, n.passed])).toEqual([
      [2, 1, true],
      [2, 1, true],
      [0, 3, false],
    ]);
    expect(result?.thresholdNote).toBe('ngưỡng mặc định, chưa đối chiếu văn bản');
    expect(result?.reviews).toEqual({ saved: 1, unchanged: 0, failed: 0 });
    const late = await vote(COUNCIL[1] ?? '', ['agree', 'agree', 'agree']);
    expect([late.status, (late.body as unknown as ErrorBody).error.code]).toEqual([409, 'VOTE_ROUND_CLOSED']);

    await call('consolidate', { campaignId: CAMPAIGN }, BOARD);
    const list = await call<MasterListResponse>('masterList', { campaignId: CAMPAIGN, pageSize: 100 }, BOARD);
    const states = new Map(list.master.entries.map((e) => [e.nomineeId, e.review]));
    expect(states.get(chosen[0] ?? '')?.state).toBe('approved');
    expect(states.get(chosen[2] ?? '')?.state).toBe('ineligible');
    expect(states.get(chosen[2] ?? '')?.note).toBe('Không đạt tỉ lệ phiếu tại vòng 1 (0/3 đồng ý, 0,00%).');

    const minutes = await call<VoteRoundResponse>(
      'voteRound',
      { campaignId: CAMPAIGN, action: 'minutes', round: 1 },
      BOARD,
    );
    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(minutes.files?.[0]?.contentBase64 ?? '', 'base64');
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.value));
      });
    });
    expect(cells).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(cells.some((c) => c.startsWith('Tổng số thành viên Hội đồng: 3; số phiếu thu về: 3'))).toBe(true);
  });
});
