// The contract of MemberRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { MemberRecord, MemberRepository } from '../../../functions/app/ports';
import { uniqueId } from './ids';

export function membersContract(make: () => MemberRepository): void {
  it('reads a member back by lower-case address; null for an unknown one; a later save replaces it', async () => {
    const repo = make();
    const email = `${uniqueId('vanthu')}@langson.example`;
    const member: MemberRecord = { email, role: 'unit', unitIds: ['so-y-te', 'so-giao-duc'], active: true };
    expect(await repo.getMember(email)).toBeNull();
    await repo.saveMembers([member, { ...member, email: `b.${email}`, role: 'board', unitIds: [] }]);
    expect(await repo.getMember(email)).toEqual(member);
    await repo.saveMembers([{ ...member, active: false }]);
    expect(await repo.getMember(email)).toEqual({ ...member, active: false });
    expect((await repo.getMember(`b.${email}`))?.role).toBe('board');
  });
}
