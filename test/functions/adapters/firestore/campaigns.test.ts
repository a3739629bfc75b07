// CampaignRepository and MemberRepository: one contract, two implementations (in memory; Firestore on the embedded
// emulator with real firebase-admin).
import { describe } from 'vitest';
import { FirestoreCampaigns, FirestoreMembers } from '../../../../functions/adapters/firestore/campaigns';
import { campaignsContract } from '../../../support/contracts/campaigns';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { membersContract } from '../../../support/contracts/members';
import { MemoryCampaigns, MemoryMembers } from '../../../support/memory/campaigns';

const db = emulatorDb();

describe('MemoryCampaigns', () => campaignsContract(() => new MemoryCampaigns()));
describe('FirestoreCampaigns', () => campaignsContract(() => new FirestoreCampaigns(db())));
describe('MemoryMembers', () => membersContract(() => new MemoryMembers()));
describe('FirestoreMembers', () => membersContract(() => new FirestoreMembers(db())));
