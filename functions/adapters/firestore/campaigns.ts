// Campaigns and their unit registry (campaigns/{campaignId}, campaigns/{campaignId}/units/{unitId}), and the
// province rule profiles they inherit (provinces/{provinceId}).
import type { Firestore, WriteBatch } from 'firebase-admin/firestore';
import { campaignRecordSchema, memberInputSchema, unitInputSchema } from '../../../shared/api/admin-campaign';
import { type ProvinceProfile, provinceProfileSchema } from '../../../shared/api/province';
import type {
  CampaignRecord,
  CampaignRepository,
  MemberRecord,
  MemberRepository,
  UnitRecord,
} from '../../app/ports';
import { call } from './errors';
import { parseData, parseDoc } from './parse';
import { campaignDoc, memberDoc, provinceDoc, unitDoc, unitsCol } from './paths';

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

  async getMember(email: string): Promise<MemberRecord | null> {
    const snapshot = await call('get member', () => memberDoc(this.db, email).get());
    return parseDoc(memberInputSchema, snapshot);
  }

  async saveMembers(members: MemberRecord[]): Promise<void> {
    await writeInBatches(this.db, members, (batch, member) =>
      batch.set(memberDoc(this.db, member.email), member),
    );
  }
}
