// Campaigns and their unit registry (campaigns/{campaignId}, campaigns/{campaignId}/units/{unitId}), and the
// province rule profiles they inherit (provinces/{provinceId}).
import type { Firestore, WriteBatch } from 'firebase-admin/firestore';
import { z } from 'zod';
import {
  campaignRecordSchema,
  memberInputSchema,
  provinceMemberSchema,
  unitInputSchema,
} from '../../../shared/api/admin-campaign';
import { type ProvinceProfile, provinceProfileSchema } from '../../../shared/api/province';
import type {
  CampaignRecord,
  CampaignRepository,
  MemberRecord,
  MemberRepository,
  ProvinceMember,
  UnitRecord,
} from '../../app/ports';
import { call } from './errors';
import { parseData, parseDoc } from './parse';
import {
  campaignDoc,
  campaignMemberDoc,
  campaignMembersCol,
  memberDoc,
  provinceDoc,
  unitDoc,
  unitsCol,
} from './paths';

/** A campaign member as stored in campaignMembers/{campaignId}|{email}. */
const campaignMemberDocSchema = z.object({ campaignId: z.string() }).and(memberInputSchema);

const BATCH = 400;

async function writeInBatches<T>(db: Firestore, items: T[], write: (batch: WriteBatch, item: T) => void) {
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = db.batch();
    for (const item of items.slice(start, start + BATCH)) write(batch, item);
    await call('batch write', () => batch.commit());
  }
}

export class FirestoreCampaigns implements CampaignRepository {
  constructor(private readonly db: Firestore) {}

  async getCampaign(campaignId: string): Promise<CampaignRecord | null> {
    const snapshot = await call('get campaign', () => campaignDoc(this.db, campaignId).get());
    return parseDoc(campaignRecordSchema, snapshot);
  }

  async saveCampaign(campaign: CampaignRecord): Promise<void> {
    await call('set campaign', () => campaignDoc(this.db, campaign.id).set(campaign));
  }

  async getProvince(provinceId: string): Promise<ProvinceProfile | null> {
    const snapshot = await call('get province', () => provinceDoc(this.db, provinceId).get());
    return parseDoc(provinceProfileSchema, snapshot);
  }

  async saveProvince(province: ProvinceProfile): Promise<void> {
    await call('set province', () => provinceDoc(this.db, province.id).set(province));
  }

  async getUnit(campaignId: string, unitId: string): Promise<UnitRecord | null> {
    const snapshot = await call('get unit', () => unitDoc(this.db, campaignId, unitId).get());
    return parseDoc(unitInputSchema, snapshot);
  }

  async listUnits(campaignId: string): Promise<UnitRecord[]> {
    const snapshot = await call('list units', () => unitsCol(this.db, campaignId).get());
    return snapshot.docs.map((doc) => parseData(unitInputSchema, doc.data(), doc.ref.path));
  }

  async saveUnits(campaignId: string, units: UnitRecord[]): Promise<void> {
    await writeInBatches(this.db, units, (batch, unit) =>
      batch.set(unitDoc(this.db, campaignId, unit.id), unit),
    );
  }
}

export class FirestoreMembers implements MemberRepository {
  constructor(private readonly db: Firestore) {}

  async getMember(email: string): Promise<ProvinceMember | null> {
    const snapshot = await call('get member', () => memberDoc(this.db, email).get());
    return parseDoc(provinceMemberSchema, snapshot);
  }

  async saveMembers(members: ProvinceMember[]): Promise<void> {
    await writeInBatches(this.db, members, (batch, member) =>
      batch.set(memberDoc(this.db, member.email), member),
    );
  }

  async getCampaignMember(campaignId: string, email: string): Promise<MemberRecord | null> {
    const snapshot = await call('get campaign member', () =>
      campaignMemberDoc(this.db, campaignId, email).get(),
    );
    const parsed = parseDoc(campaignMemberDocSchema, snapshot);
    return parsed ? memberOf(parsed) : null;
  }

  async hasCampaignRole(email: string): Promise<boolean> {
    const query = campaignMembersCol(this.db).where('email', '==', email);
    const snapshot = await call('find campaign roles', () => query.get());
    return snapshot.docs.some((doc) => doc.get('active') === true);
  }

  async listCampaignMembers(campaignId: string): Promise<MemberRecord[]> {
    const query = campaignMembersCol(this.db).where('campaignId', '==', campaignId);
    const snapshot = await call('list campaign members', () => query.get());
    return snapshot.docs
      .map((doc) => memberOf(parseData(campaignMemberDocSchema, doc.data(), doc.ref.path)))
      .sort((a, b) => a.email.localeCompare(b.email));
  }

  async saveCampaignMembers(campaignId: string, members: MemberRecord[]): Promise<void> {
    await writeInBatches(this.db, members, (batch, member) =>
      batch.set(campaignMemberDoc(this.db, campaignId, member.email), { campaignId, ...member }),
    );
  }
}

function memberOf(stored: MemberRecord & { campaignId: string }): MemberRecord {
  const { campaignId: _campaignId, ...member } = stored;
  return member;
}
