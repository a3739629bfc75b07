// AwardHistoryRepository: one contract, two implementations (in memory; Firestore on the embedded emulator, where
// more than 30 keys take several `in` queries).
import { describe } from 'vitest';
import { FirestoreAwardHistory } from '../../../../functions/adapters/firestore/award-history';
import { awardHistoryContract } from '../../../support/contracts/award-history';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { MemoryAwardHistory } from '../../../support/memory/consolidation';

const db = emulatorDb();

describe('MemoryAwardHistory', () => awardHistoryContract(() => new MemoryAwardHistory()));
describe('FirestoreAwardHistory', () => awardHistoryContract(() => new FirestoreAwardHistory(db())));
