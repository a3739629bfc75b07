// In-memory MailReads over the in-memory campaign and member stores; checked by the same contract suite as the
// Firestore adapter (test/support/contracts/mail-reads.ts).
import type { MailReads } from '../../../functions/app/mail/ports';
import type { MemberRecord } from '../../../functions/app/ports';
import type { MemoryCampaigns, MemoryMembers } from './campaigns';

const byEmail = (a: MemberRecord, b: MemberRecord) => a.email.localeCompare(b.email);

export class MemoryMailReads implements MailReads {
  constructor(
    private readonly campaigns: MemoryCampaigns,
    private readonly members: MemoryMembers,
  ) {}

  async openCampaigns() {
    const open = [...this.campaigns.campaigns.values()].filter((c) => c.open);
    return open.map((c) => structuredClone(c)).sort((a, b) => a.id.localeCompare(b.id));
  }
  async membersWithRole(role: MemberRecord['role']) {
    return this.list((m) => m.role === role);
  }
  async membersOfUnit(unitId: string) {
    return this.list((m) => m.unitIds.includes(unitId));
  }
  private list(keep: (m: MemberRecord) => boolean): MemberRecord[] {
    return [...this.members.members.values()]
      .filter(keep)
      .map((m) => structuredClone(m))
      .sort(byEmail);
  }
}
