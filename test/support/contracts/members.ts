// The contract of MemberRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { MemberRecord, MemberRepository, ProvinceMember } from '../../../functions/app/ports';
import { uniqueId } from './ids';

export function membersContract(make: () => MemberRepository): void {
  it('reads a member back by lower-case address; null for an unknown one; a later save replaces it', async () => {
    const repo = make();
    const email = `${uniqueId('vanthu')}@langson.example`;
    const member: ProvinceMember = { email, role: 'unit', unitIds: ['so-y-te', 'so-giao-duc'], active: true };
    expect(await repo.getMember(email)).toBeNull();
    await repo.saveMembers([member, { ...member, email: `b.${email}`, role: 'board', unitIds: [] }]);
    expect(await repo.getMember(email)).toEqual(member);
    await repo.saveMembers([{ ...member, active: false }]);
    expect(await repo.getMember(email)).toEqual({ ...member, active: false });
    expect((await repo.getMember(`b.${email}`))?.role).toBe('board');
  });

  it('grants roles per campaign: read back, listed by address, one campaign never shows another', async () => {
    const repo = make();
    const [a, b] = [uniqueId('camp-a'), uniqueId('camp-b')];
    const email = `${uniqueId('board')}@langson.example`;
    const board: MemberRecord = { email, role: 'board', unitIds: [], active: true };
    const unit: MemberRecord = { email: `u.${email}`, role: 'unit', unitIds: ['so-y-te'], active: true };
    expect(await repo.hasCampaignRole(email)).toBe(false);
    await repo.saveCampaignMembers(a, [unit, board]);
    expect(await repo.getCampaignMember(a, email)).toEqual(board);
    expect(await repo.getCampaignMember(b, email)).toBeNull();
    expect((await repo.listCampaignMembers(a)).map((m) => m.email)).toEqual([email, `u.${email}`].sort());
    expect(await repo.listCampaignMembers(b)).toEqual([]);
    expect(await repo.hasCampaignRole(email)).toBe(true);
    await repo.saveCampaignMembers(a, [{ ...board, active: false }]);
    expect(await repo.hasCampaignRole(email)).toBe(false);
  });
}
