// MailReads: one contract, two implementations (in memory over the in-memory campaign store; Firestore
// on the embedded emulator).
import { describe } from 'vitest';
import { FirestoreCampaigns } from '../../../../functions/adapters/firestore/campaigns';
import { FirestoreMailReads } from '../../../../functions/adapters/firestore/mail-data-source';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { mailReadsContract } from '../../../support/contracts/mail-reads';
import { MemoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryMailReads } from '../../../support/memory/mail-reads';

const db = emulatorDb();

describe('MemoryMailReads', () =>
  mailReadsContract(() => {
    const campaigns = new MemoryCampaigns();
    return { reads: new MemoryMailReads(campaigns), campaigns };
  }));
describe('FirestoreMailReads', () =>
  mailReadsContract(() => ({
    reads: new FirestoreMailReads(db()),
    campaigns: new FirestoreCampaigns(db()),
  })));
