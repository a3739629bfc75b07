// In-memory MailReads over the in-memory campaign store; checked by the same contract suite as the Firestore adapter
// (test/support/contracts/mail-reads.ts).
import type { MailReads } from '../../../functions/app/mail/ports';
import type { MemoryCampaigns } from './campaigns';

export class MemoryMailReads implements MailReads {
  constructor(private readonly campaigns: MemoryCampaigns) {}

  async openCampaigns() {
    const open = [...this.campaigns.campaigns.values()].filter((c) => c.open);
    return open.map((c) => structuredClone(c)).sort((a, b) => a.id.localeCompare(b.id));
  }
}
