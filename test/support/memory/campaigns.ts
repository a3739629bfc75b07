// In-memory CampaignRepository and MemberRepository for use-case tests; checked by the same contract suites as the
// Firestore adapters (test/support/contracts/campaigns.ts, members.ts). Values are copied in and out, as a store would.
import type {
  CampaignRecord,
  CampaignRepository,
  MemberRecord,
  MemberRepository,
  ProvinceMember,
  UnitRecord,
} from '../../../functions/app/ports';

const copy = structuredClone;

export class MemoryCampaigns implements CampaignRepository {
  readonly campaigns = new Map<string, CampaignRecord>();
  readonly units = new Map<string, Map<string, UnitRecord>>();

  async getCampaign(campaignId: string) {
    const found = this.campaigns.get(campaignId);
    return found ? copy(found) : null;
  }
  async saveCampaign(campaign: CampaignRecord) {
    this.campaigns.set(campaign.id, copy(campaign));
  }
  async getUnit(campaignId: string, unitId: string) {
    const found = this.units.get(campaignId)?.get(unitId);
    return found ? copy(found) : null;
  }
  async listUnits(campaignId: string) {
    return [...(this.units.get(campaignId)?.values() ?? [])].map((x) => copy(x));
  }
  async saveUnits(campaignId: string, units: UnitRecord[]) {
    const own = this.units.get(campaignId) ?? new Map<string, UnitRecord>();
    for (const unit of units) own.set(unit.id, copy(unit));
    this.units.set(campaignId, own);
  }
}

/** A campaign store holding one campaign and its units. */
export function memoryCampaigns(campaign: CampaignRecord, units: UnitRecord[]): MemoryCampaigns {
  const store = new MemoryCampaigns();
  store.campaigns.set(campaign.id, copy(campaign));
  store.units.set(campaign.id, new Map(units.map((u) => [u.id, copy(u)])));
  return store;
}

export class MemoryMembers implements MemberRepository {
  /** Province-level accounts (super-admins), by address. */
  readonly members = new Map<string, ProvinceMember>();
  /** Roles per campaign: campaignId → address → role. */
  readonly campaignMembers = new Map<string, Map<string, MemberRecord>>();

  async getMember(email: string) {
    const found = this.members.get(email);
    return found ? copy(found) : null;
  }
  async saveMembers(members: ProvinceMember[]) {
    for (const member of members) this.members.set(member.email, copy(member));
  }
  async getCampaignMember(campaignId: string, email: string) {
    const found = this.campaignMembers.get(campaignId)?.get(email);
    return found ? copy(found) : null;
  }
  async hasCampaignRole(email: string) {
    return [...this.campaignMembers.values()].some((members) => members.get(email)?.active === true);
  }
  async listCampaignMembers(campaignId: string) {
    const list = [...(this.campaignMembers.get(campaignId)?.values() ?? [])].map((m) => copy(m));
    return list.sort((a, b) => a.email.localeCompare(b.email));
  }
  async saveCampaignMembers(campaignId: string, members: MemberRecord[]) {
    const own = this.campaignMembers.get(campaignId) ?? new Map<string, MemberRecord>();
    for (const member of members) own.set(member.email, copy(member));
    this.campaignMembers.set(campaignId, own);
  }
}
