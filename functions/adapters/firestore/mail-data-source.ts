// The read the mail needs beyond the campaign, member and submission repositories, over Firestore: the open
// campaigns (one equality query on `open`). What the mail makes of it is functions/app/mail/mail-data.ts.
import type { Firestore } from 'firebase-admin/firestore';
import { campaignRecordSchema } from '../../../shared/api/admin-campaign';
import type { MailReads } from '../../app/mail/ports';
import type { CampaignRecord } from '../../app/ports';
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
}
