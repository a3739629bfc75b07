// UnitLockRepository: one contract, two implementations (in memory; Firestore on the embedded emulator).
import { describe } from 'vitest';
import { FirestoreUnitLocks } from '../../../../functions/adapters/firestore/unit-locks';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { unitLocksContract } from '../../../support/contracts/unit-locks';
import { MemoryUnitLocks } from '../../../support/memory/unit-locks';

const db = emulatorDb();

describe('MemoryUnitLocks', () => unitLocksContract(() => new MemoryUnitLocks()));
describe('FirestoreUnitLocks', () => unitLocksContract(() => new FirestoreUnitLocks(db())));
