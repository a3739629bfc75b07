// The contract of VoteRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { Ballot, VoteRepository, VoteRound } from '../../../functions/app/ports';
import { uniqueId } from './ids';

function roundOf(campaignId: string, n: number): VoteRound {
  return {
    campaignId,
    round: n,
    title: `Vòng ${n}`,
    state: 'open',
    nominees: [
      {
        nomineeId: 'n-0001',
        kind: 'individual',
        displayName: 'Nguyễn Thị Hoà',
        units: ['Sở Y tế'],
        awardCode: 'CSTD_TINH',
        awardLabel: 'Chiến sĩ thi đua cấp tỉnh',
        achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.',
      },
    ],
    masterVersion: 2,
    openedBy: 'board@langson.example',
    openedAt: '2026-12-01T02:00:00.000Z',
    closesAt: '2026-12-03T10:00:00.000Z',
  };
}

export function votesContract(make: () => VoteRepository): void {
  it('creates a round number once, reads it back per campaign, lists rounds by number, replaces it on save', async () => {
    const repo = make();
    const [a, b] = [uniqueId('vote-a'), uniqueId('vote-b')];
    expect(await repo.getRound(a, 1)).toBeNull();
    expect(await repo.createRound(roundOf(a, 2))).toBe(true);
    expect(await repo.createRound(roundOf(a, 1))).toBe(true);
    expect(await repo.createRound({ ...roundOf(a, 1), title: 'khác' })).toBe(false);
    expect(await repo.getRound(a, 1)).toEqual(roundOf(a, 1));
    expect(await repo.getRound(b, 1)).toBeNull();
    expect((await repo.listRounds(a)).map((r) => r.round)).toEqual([1, 2]);
    expect(await repo.listRounds(b)).toEqual([]);
    const closed: VoteRound = {
      ...roundOf(a, 1),
      state: 'closed',
      closedAt: '2026-12-02T02:00:00.000Z',
      closedBy: 'board@langson.example',
      counted: { 'hd1@langson.example': 2 },
    };
    await repo.saveRound(closed);
    expect(await repo.getRound(a, 1)).toEqual(closed);
  });

  it('keeps one ballot per member and round: save replaces it; lists a round’s ballots only', async () => {
    const repo = make();
    const a = uniqueId('ballot');
    await repo.createRound(roundOf(a, 1));
    await repo.createRound(roundOf(a, 2));
    const ballot: Ballot = {
      round: 1,
      email: 'hd1@langson.example',
      votes: [{ nomineeId: 'n-0001', vote: 'agree' }],
      version: 1,
      castAt: '2026-12-01T03:00:00.000Z',
    };
    expect(await repo.getBallot(a, 1, ballot.email)).toBeNull();
    await repo.saveBallot(a, ballot);
    const changed: Ballot = { ...ballot, votes: [{ nomineeId: 'n-0001', vote: 'disagree' }], version: 2 };
    await repo.saveBallot(a, changed);
    await repo.saveBallot(a, { ...ballot, email: 'hd2@langson.example' });
    await repo.saveBallot(a, { ...ballot, round: 2, email: 'hd3@langson.example' });
    expect(await repo.getBallot(a, 1, ballot.email)).toEqual(changed);
    expect(await repo.getBallot(a, 2, ballot.email)).toBeNull();
    const listed = (await repo.listBallots(a, 1)).sort((x, y) => (x.email < y.email ? -1 : 1));
    expect(listed).toEqual([changed, { ...ballot, email: 'hd2@langson.example' }]);
    expect((await repo.listBallots(a, 2)).map((x) => x.email)).toEqual(['hd3@langson.example']);
  });
}
