// Council vote with in-memory repositories: voteRound (open, status, close, minutes) and castBallot — one ballot per
// member and round, changeable until close, refused after close; ballots secret from other members and the board;
// the tally's thresholds (campaign's per award, else the unverified default) feeding the review states.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officialWorkbookBytes } from '../../../../functions/adapters/xlsx/official-workbook';
import { AppError } from '../../../../functions/app/errors';
import type { Principal } from '../../../../functions/app/ports';
import { castBallot } from '../../../../functions/app/review/cast-ballot';
import { voteRound } from '../../../../functions/app/review/vote-round';
import { passes, tallyRound, thresholdText } from '../../../../functions/app/review/vote-tally';
import { type CampaignRecord, campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import type { CastBallotRequest, VoteRoundRequest } from '../../../../shared/api/votes';
import { castBallotRequestSchema, voteRoundRequestSchema } from '../../../../shared/api/votes';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { MemoryMembers, memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryAwardHistory, MemoryReviews } from '../../../support/memory/consolidation';
import { MemoryMasters } from '../../../support/memory/masters';
import { MemoryVotes } from '../../../support/memory/votes';

const BOARD: Principal = { email: 'board@ls.example', role: 'board', unitIds: [] };
const UNIT: Principal = { email: 'unit@ls.example', role: 'unit', unitIds: ['so-y-te'] };
const council = (n: number): Principal => ({ email: `hd${n}@ls.example`, role: 'council', unitIds: [] });
const [A, B, C] = [council(1), council(2), council(3)];

async function world(rules: CampaignRecord['rules'] = {}, individuals = 12) {
  const master = sampleMaster({ version: 2, individuals });
  const masters = new MemoryMasters();
  masters.add(master);
  const campaign = campaignRecordSchema.parse({
    id: master.campaignId,
    title: 'Hội nghị điển hình tiên tiến 2026',
    eventKind: 'khac',
    deadline: '2026-06-30T17:00:00+07:00',
    rules,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const members = new MemoryMembers();
  await members.saveCampaignMembers(campaign.id, [
    ...[A, B, C].map((p) => ({ email: p.email, role: 'council' as const, unitIds: [], active: true })),
    { email: 'hd9@ls.example', role: 'council', unitIds: [], active: false },
    { email: BOARD.email, role: 'board', unitIds: [], active: true },
  ]);
  let now = new Date('2026-07-01T02:00:00Z');
  const votes = new MemoryVotes();
  const reviews = new MemoryReviews();
  const deps = {
    campaigns: memoryCampaigns(campaign, []),
    masters,
    reviews,
    members,
    votes,
    awardHistory: new MemoryAwardHistory(),
    clock: { now: () => now },
    render: officialWorkbookBytes,
  };
  const ids = master.entries.slice(0, 3).map((e) => e.nomineeId);
  const board = (request: VoteRoundRequest, who: Principal = BOARD) =>
    voteRound(voteRoundRequestSchema.parse(request), who, deps);
  const ballot = (request: CastBallotRequest, who: Principal) =>
    castBallot(castBallotRequestSchema.parse(request), who, deps);
  const cid = campaign.id;
  const cast = (who: Principal, choices: Array<'agree' | 'disagree'>, round = 1) =>
    ballot(
      {
        campaignId: cid,
        action: 'cast',
        round,
        votes: ids.map((id, i) => ({ nomineeId: id, vote: choices[i] ?? 'agree' })),
      },
      who,
    );
  return {
    cid,
    ids,
    deps,
    votes,
    reviews,
    members,
    board,
    ballot,
    cast,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('voteRound open', () => {
  it('opens round 1 on the chosen entries (council view: names, units, award, achievements), a retry answers it', async () => {
    const { cid, ids, board } = await world();
    const opened = await board({ action: 'open', campaignId: cid, nomineeIds: ids });
    expect(opened.changed).toBe(true);
    expect(opened.round?.round).toBe(1);
    expect(opened.round?.title).toBe('Vòng 1');
    expect(opened.round?.members).toBe(3);
    expect(opened.round?.notVoted).toEqual(['hd1@ls.example', 'hd2@ls.example', 'hd3@ls.example']);
    const first = opened.round?.nominees[0];
    expect(Object.keys(first ?? {}).sort()).toEqual(
      ['achievements', 'awardCode', 'awardLabel', 'displayName', 'kind', 'nomineeId', 'units'].sort(),
    );
    expect(JSON.stringify(opened)).not.toMatch(/\d{12}/); // no CCCD
    const again = await board({ action: 'open', campaignId: cid, nomineeIds: [...ids].reverse() });
    expect(again.changed).toBe(false);
    expect(again.round?.round).toBe(1);
    expect(await code(board({ action: 'open', campaignId: cid, nomineeIds: ids.slice(1) }))).toBe(
      'VOTE_ROUND_ALREADY_OPEN',
    );
  });

  it('defaults to the approved entries; refuses none approved, unknown nominees, a campaign without council', async () => {
    const { cid, ids, board, reviews, members } = await world();
    expect(await code(board({ action: 'open', campaignId: cid }))).toBe('VOTE_NO_NOMINEES');
    expect(await code(board({ action: 'open', campaignId: cid, nomineeIds: ['n-nobody'] }))).toBe(
      'NOMINEE_NOT_FOUND',
    );
    await reviews.saveNomineeReview(cid, {
      nomineeId: ids[1] ?? '',
      state: 'approved',
      displayName: 'x',
      sources: [],
      masterVersion: 2,
      reviewedBy: BOARD.email,
      reviewedAt: '2026-07-01T00:00:00.000Z',
    });
    await members.saveCampaignMembers(
      cid,
      [A, B, C].map((p) => ({ email: p.email, role: 'council' as const, unitIds: [], active: false })),
    );
    expect(await code(board({ action: 'open', campaignId: cid }))).toBe('VOTE_NO_COUNCIL');
    await members.saveCampaignMembers(cid, [{ email: A.email, role: 'council', unitIds: [], active: true }]);
    const opened = await board({ action: 'open', campaignId: cid });
    expect(opened.round?.nominees.map((n) => n.nomineeId)).toEqual([ids[1]]);
  });

  it('refuses a default round of more than 300 approved entries (the round document stays small)', async () => {
    const { cid, board, reviews, deps } = await world({}, 305);
    const entries = (await deps.masters.read(cid, 2))?.entries ?? [];
    expect(entries.length).toBeGreaterThan(300);
    for (const e of entries)
      await reviews.saveNomineeReview(cid, {
        nomineeId: e.nomineeId,
        state: 'approved',
        displayName: e.displayName,
        sources: [],
        masterVersion: 2,
        reviewedBy: BOARD.email,
        reviewedAt: '2026-07-01T00:00:00.000Z',
      });
    expect(await code(board({ action: 'open', campaignId: cid }))).toBe('VOTE_ROUND_TOO_LARGE');
    const ids = entries.slice(0, 300).map((e) => e.nomineeId);
    const opened = await board({ action: 'open', campaignId: cid, nomineeIds: ids });
    expect(opened.round?.nominees).toHaveLength(300);
    expect(Math.max(...(opened.round?.nominees ?? []).map((n) => n.achievements.length))).toBeLessThanOrEqual(
      600,
    );
  });

  it('only the board runs rounds', async () => {
    const { cid, ids, board } = await world();
    for (const who of [A, UNIT])
      expect(await code(board({ action: 'open', campaignId: cid, nomineeIds: ids }, who))).toBe(
        'FORBIDDEN_ROLE',
      );
  });
});

describe('castBallot', () => {
  it('one ballot per member per round: a change makes version 2, the same ballot again writes nothing', async () => {
    const { cid, board, cast, votes } = await world();
    await board({ action: 'open', campaignId: cid, nomineeIds: (await world()).ids });
    const first = await cast(A, ['agree', 'agree', 'disagree']);
    expect(first.ballot?.version).toBe(1);
    expect(first.changed).toBe(true);
    const changed = await cast(A, ['agree', 'disagree', 'disagree']);
    expect(changed.ballot?.version).toBe(2);
    const retry = await cast(A, ['agree', 'disagree', 'disagree']);
    expect(retry.changed).toBe(false);
    expect(retry.ballot?.version).toBe(2);
    expect((await votes.listBallots(cid, 1)).map((b) => [b.email, b.version])).toEqual([
      ['hd1@ls.example', 2],
    ]);
  });

  it('refuses an incomplete ballot, a ballot naming others, and casting after close or after the closing time', async () => {
    const { cid, ids, board, ballot, cast, advance } = await world();
    await board({ action: 'open', campaignId: cid, nomineeIds: ids, closesAt: '2026-07-02T02:00:00Z' });
    const partial = { campaignId: cid, action: 'cast' as const, round: 1 };
    expect(await code(ballot({ ...partial, votes: [{ nomineeId: ids[0] ?? '', vote: 'agree' }] }, A))).toBe(
      'VOTE_BALLOT_INVALID',
    );
    const twice = ids.map((id) => ({ nomineeId: ids[0] ?? id, vote: 'agree' as const }));
    expect(await code(ballot({ ...partial, votes: twice }, A))).toBe('VOTE_BALLOT_INVALID');
    await cast(A, ['agree', 'agree', 'agree']);
    advance(24 * 3600_000);
    expect(await code(cast(A, ['disagree']))).toBe('VOTE_ROUND_CLOSED');
    await board({ action: 'close', campaignId: cid, round: 1 });
    expect(await code(cast(B, ['agree']))).toBe('VOTE_ROUND_CLOSED');
    expect(
      await code(ballot({ ...partial, round: 7, votes: [{ nomineeId: 'n-x1', vote: 'agree' }] }, A)),
    ).toBe('VOTE_ROUND_NOT_FOUND');
  });

  it('a ballot written while the round is being closed is refused unless the close counted it', async () => {
    const { cid, ids, board, cast, votes } = await world();
    await board({ action: 'open', campaignId: cid, nomineeIds: ids });
    const save = votes.saveBallot.bind(votes);
    // the board closes right after the open check of A's cast, before its write lands
    votes.saveBallot = async (campaignId, ballot) => {
      const round = await votes.getRound(campaignId, ballot.round);
      if (round) await votes.saveRound({ ...round, state: 'closed', counted: {} });
      await save(campaignId, ballot);
    };
    expect(await code(cast(A, ['agree', 'agree', 'agree']))).toBe('VOTE_ROUND_CLOSED');
    const round = await votes.getRound(cid, 1);
    if (round) await votes.saveRound({ ...round, state: 'open' });
    votes.saveBallot = async (campaignId, ballot) => {
      const now = await votes.getRound(campaignId, ballot.round);
      await save(campaignId, ballot);
      if (now)
        await votes.saveRound({ ...now, state: 'closed', counted: { [ballot.email]: ballot.version } });
    };
    expect((await cast(B, ['agree', 'agree', 'agree'])).ballot?.version).toBe(1);
  });

  it('is secret: B reads only B’s ballot, the board sees who voted but no vote, others may not call it', async () => {
    const { cid, ids, board, ballot, cast } = await world();
    const none = await ballot({ campaignId: cid, action: 'read' }, A);
    expect(none).toEqual({ campaignId: cid, round: null, ballot: null });
    await board({ action: 'open', campaignId: cid, nomineeIds: ids });
    await cast(A, ['agree', 'disagree', 'agree']);
    const readB = await ballot({ campaignId: cid, action: 'read' }, B);
    expect(readB.ballot).toBeNull();
    expect(readB.round?.nominees).toHaveLength(3);
    const readA = await ballot({ campaignId: cid, action: 'read', round: 1 }, A);
    expect(readA.ballot?.votes.map((v) => v.vote)).toEqual(['agree', 'disagree', 'agree']);
    const status = await board({ action: 'status', campaignId: cid });
    expect(status.round?.voted).toEqual([A.email]);
    expect(status.round?.notVoted).toEqual([B.email, C.email]);
    expect(status.round?.result).toBeUndefined();
    expect(JSON.stringify(status)).not.toMatch(/agree|disagree|"vote"/);
    for (const who of [BOARD, UNIT])
      expect(await code(ballot({ campaignId: cid, action: 'read' }, who))).toBe('FORBIDDEN_COUNCIL');
    const admin: Principal = { email: 'admin@ls.example', role: 'admin', unitIds: [], admin: true };
    expect(await code(ballot({ campaignId: cid, action: 'read' }, admin))).toBe('FORBIDDEN_CAMPAIGN');
  });
});

describe('voteRound close', () => {
  it('counts the active members’ ballots against the default threshold (unverified) and sets the review states', async () => {
    const { cid, ids, board, cast, reviews, votes } = await world();
    await board({ action: 'open', campaignId: cid, nomineeIds: ids });
    await cast(A, ['agree', 'agree', 'disagree']);
    await cast(B, ['agree', 'disagree', 'disagree']);
    await cast(C, ['disagree', 'agree', 'agree']);
    // a ballot of a member no longer active is not counted
    await votes.saveBallot(cid, {
      round: 1,
      email: 'hd9@ls.example',
      votes: ids.map((nomineeId) => ({ nomineeId, vote: 'agree' })),
      version: 1,
      castAt: '2026-07-01T02:00:00.000Z',
    });
    const closed = await board({ action: 'close', campaignId: cid, round: 1 });
    expect(closed.changed).toBe(true);
    const result = closed.round?.result;
    expect(result?.members).toBe(3);
    expect(result?.ballotsCast).toBe(3);
    expect(result?.nominees.map((n) => [n.agree, n.disagree, n.base, n.share, n.passed])).toEqual([
      [2, 1, 3, 0.6667, true],
      [2, 1, 3, 0.6667, true],
      [1, 2, 3, 0.3333, false],
    ]);
    expect(result?.thresholdNote).toBe('ngưỡng mặc định, chưa đối chiếu văn bản');
    expect(result?.nominees[0]?.thresholdSource).toBe('default');
    expect(result?.reviews).toEqual({ saved: 3, unchanged: 0, failed: 0 });
    const stored = new Map((await reviews.listNomineeReviews(cid)).map((r) => [r.nomineeId, r]));
    expect(stored.get(ids[0] ?? '')?.state).toBe('approved');
    expect(stored.get(ids[2] ?? '')?.state).toBe('ineligible');
    expect(stored.get(ids[2] ?? '')?.note).toBe('Không đạt tỉ lệ phiếu tại vòng 1 (1/3 đồng ý, 33,33%).');
    expect((await reviews.listLog(cid)).filter((l) => l.value === 'ineligible')).toHaveLength(1);
    const again = await board({ action: 'close', campaignId: cid, round: 1 });
    expect(again.changed).toBe(false);
    expect(again.round?.result).toEqual(result);
    // the board still never gets a ballot: only counts
    expect(JSON.stringify(again)).not.toMatch(/"votes?"/);
    const next = await board({ action: 'open', campaignId: cid, nomineeIds: ids.slice(0, 1) });
    expect(next.round?.round).toBe(2);
  });

  it('applies the campaign’s threshold per award (share of the votes cast)', async () => {
    const first = sampleMaster({ version: 2 }).entries[0];
    const award = first?.awardDecision ?? first?.award ?? '';
    const w = await world({
      voteThresholds: {
        default: { share: 0.9, of: 'votes' },
        byAward: { [award]: { share: 0.5, of: 'votes' } },
      },
    });
    await w.board({ action: 'open', campaignId: w.cid, nomineeIds: w.ids });
    await w.cast(A, ['agree', 'agree', 'agree']);
    await w.cast(B, ['disagree', 'disagree', 'agree']);
    const closed = await w.board({ action: 'close', campaignId: w.cid, round: 1 });
    const rows = closed.round?.result?.nominees ?? [];
    expect(rows[0]?.awardCode).toBe(award);
    expect(rows[0]?.threshold).toEqual({ share: 0.5, of: 'votes' });
    expect(rows.map((r) => [r.base, r.passed])).toEqual([
      [2, true],
      [2, rows[1]?.awardCode === award],
      [2, true],
    ]);
    expect(rows.every((r) => r.thresholdSource === 'campaign')).toBe(true);
    expect(closed.round?.result?.thresholdNote).toBeUndefined();
  });
});

describe('vote tally', () => {
  it('compares on integers: strictly above half vs at least a share', () => {
    expect(passes(2, 4, { share: 0.5, of: 'members', strictlyAbove: true })).toBe(false);
    expect(passes(3, 4, { share: 0.5, of: 'members', strictlyAbove: true })).toBe(true);
    expect(passes(2, 4, { share: 0.5, of: 'members' })).toBe(true);
    expect(passes(2, 3, { share: 2 / 3, of: 'votes' })).toBe(true);
    expect(passes(0, 0, { share: 0.5, of: 'votes' })).toBe(false);
    expect(thresholdText({ share: 0.5, of: 'members', strictlyAbove: true })).toBe(
      'trên 50% tổng số thành viên Hội đồng',
    );
    const tally = tallyRound({ nominees: [], members: [], ballots: [], rules: {} });
    expect(tally).toEqual({ members: 0, ballotsCast: 0, nominees: [], counted: {} });
  });
});

describe('voteRound minutes', () => {
  it('writes the biên bản kiểm phiếu: header block, council size, ballots, counts per nominee, signatures', async () => {
    const { cid, ids, board, cast } = await world();
    await board({ action: 'open', campaignId: cid, nomineeIds: ids, title: 'Xét Bằng khen 2026' });
    expect(await code(board({ action: 'minutes', campaignId: cid, round: 1 }))).toBe('VOTE_ROUND_OPEN');
    await cast(A, ['agree', 'agree', 'disagree']);
    await cast(B, ['agree', 'disagree', 'disagree']);
    await board({ action: 'close', campaignId: cid, round: 1 });
    const out = await board({ action: 'minutes', campaignId: cid, round: 1, date: '2026-07-02' });
    const file = out.files?.[0];
    expect(file?.name).toBe(`bien-ban-kiem-phieu-${cid}-vong-1.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file?.contentBase64 ?? '', 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const text: string[] = [];
    sheet?.eachRow((row) => {
      text.push((row.values as unknown[]).filter((v) => v !== null && v !== undefined).join(' | '));
    });
    const all = text.join('\n');
    expect(all).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(all).toContain('Xét Bằng khen 2026');
    expect(all).toContain('Tổng số thành viên Hội đồng: 3; số phiếu thu về: 2');
    expect(all).toContain('ngưỡng mặc định, chưa đối chiếu văn bản');
    expect(all).toContain('TỔ KIỂM PHIẾU');
    expect(all).toContain('Vòng biểu quyết mở lúc 09:00 ngày 01/07/2026, đóng lúc 09:00 ngày 01/07/2026');
    expect(all).toContain('Số:      /BB-HĐTĐKT');
    const rows = text.filter((line) => /Đạt|Không đạt/.test(line) && !line.includes('Kết quả'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/\| 2 \| 0 \| 0\.6667 \|.*\| Đạt$/);
    expect(rows[2]).toMatch(/\| 0 \| 2 \| 0 \|.*\| Không đạt$/);
  });
});
