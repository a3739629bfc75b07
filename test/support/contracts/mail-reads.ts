// The contract of MailReads, run against the in-memory fake and the Firestore adapter. The store is filled through
// the campaign repository of the same implementation (members are read through MemberRepository, per campaign).
import { expect, it } from 'vitest';
import type { MailReads } from '../../../functions/app/mail/ports';
import type { CampaignRepository } from '../../../functions/app/ports';
import { campaignRecord } from './campaigns';
import { uniqueId } from './ids';

export interface MailReadsWorld {
  reads: MailReads;
  campaigns: CampaignRepository;
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
}
