// The reads the mail needs beyond the campaign and submission repositories, over Firestore: open campaigns, and
// members by role or by unit. Members live in members/{email} (role, unitIds, active); they are listed with one
// equality query on `role` (or array-contains on `unitIds` for one unit), inactive ones included (the embedded
// emulator has no `== null`, no collectionGroup and no cursors). What the mail makes of them is
// functions/app/mail/mail-data.ts.
import type { Firestore, Query } from 'firebase-admin/firestore';
import { campaignRecordSchema, memberInputSchema } from '../../../shared/api/admin-campaign';
import type { MailReads } from '../../app/mail/ports';
import type { CampaignRecord, MemberRecord } from '../../app/ports';
import { call } from './errors';
import { parseData } from './parse';

export class FirestoreMailReads implements MailReads {
  constructor(private readonly db: Firestore) {}

  async openCampaigns(): Promise<CampaignRecord[]> {
    const query = this.db.collection('campaigns').where('open', '==', true);
    const snapshot = await call('list open campaigns', () => query.get());
    return snapshot.docs
      .map((d) => parseData(campaignRecordSchema, d.data(), d.ref.path))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  membersWithRole(role: MemberRecord['role']): Promise<MemberRecord[]> {
    return this.list(this.db.collection('members').where('role', '==', role));
  }

  membersOfUnit(unitId: string): Promise<MemberRecord[]> {
    return this.list(this.db.collection('members').where('unitIds', 'array-contains', unitId));
  }

  private async list(query: Query): Promise<MemberRecord[]> {
    const snapshot = await call('list members', () => query.get());
    return snapshot.docs
      .map((d) => parseData(memberInputSchema, d.data(), d.ref.path))
      .sort((a, b) => a.email.localeCompare(b.email));
  }
}
