// VoteRepository: one contract, two implementations (in memory; Firestore on the embedded emulator).
import { describe } from 'vitest';
import { FirestoreVotes } from '../../../../functions/adapters/firestore/votes';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { votesContract } from '../../../support/contracts/votes';
import { MemoryVotes } from '../../../support/memory/votes';

const db = emulatorDb();

describe('MemoryVotes', () => votesContract(() => new MemoryVotes()));
describe('FirestoreVotes', () => votesContract(() => new FirestoreVotes(db())));
