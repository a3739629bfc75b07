// The contract of MailReads, run against the in-memory fake and the Firestore adapter. The stores are filled through
// the campaign and member repositories of the same implementation.
import { expect, it } from 'vitest';
import type { MailReads } from '../../../functions/app/mail/ports';
import type { CampaignRepository, MemberRepository } from '../../../functions/app/ports';
import { campaignRecord } from './campaigns';
import { uniqueId } from './ids';

export interface MailReadsWorld {
  reads: MailReads;
  campaigns: CampaignRepository;
  members: MemberRepository;
}

export function mailReadsContract(make: () => MailReadsWorld): void {
  it('lists open campaigns by id, not closed ones', async () => {
    const { reads, campaigns } = make();
    const [b, a, closed] = [uniqueId('zb'), uniqueId('za'), uniqueId('zc')];
    for (const id of [b, a]) await campaigns.saveCampaign(campaignRecord(id));
    await campaigns.saveCampaign(campaignRecord(closed, { open: false }));
    const ids = (await reads.openCampaigns()).map((c) => c.id);
    expect(ids.filter((id) => [a, b, closed].includes(id))).toEqual([a, b].sort());
    expect(ids).toEqual([...ids].sort((x, y) => x.localeCompare(y)));
  });

  it('lists members by role and by unit, inactive ones included, by address', async () => {
    const { reads, members } = make();
    const tag = uniqueId('m');
    const unit = uniqueId('unit');
    const at = (name: string) => `${name}.${tag}@langson.example`;
    await members.saveMembers([
      { email: at('b'), role: 'unit', unitIds: [unit, 'so-y-te'], active: true },
      { email: at('a'), role: 'unit', unitIds: [unit], active: false },
      { email: at('c'), role: 'board', unitIds: [], active: true },
    ]);
    const mine = (list: { email: string }[]) => list.map((m) => m.email).filter((e) => e.includes(tag));
    expect(mine(await reads.membersOfUnit(unit))).toEqual([at('a'), at('b')]);
    expect(mine(await reads.membersWithRole('unit'))).toEqual([at('a'), at('b')]);
    expect(mine(await reads.membersWithRole('board'))).toEqual([at('c')]);
    expect((await reads.membersOfUnit(unit)).find((m) => m.email === at('a'))?.active).toBe(false);
  });
}
