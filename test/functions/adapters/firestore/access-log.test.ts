// AccessLog: one contract, two implementations (in memory; Firestore on the embedded emulator).
import { describe } from 'vitest';
import { FirestoreAccessLog } from '../../../../functions/adapters/firestore/access-log';
import { accessLogContract } from '../../../support/contracts/access-log';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { MemoryAccessLog } from '../../../support/memory/access-log';

const db = emulatorDb();

describe('MemoryAccessLog', () => accessLogContract(() => new MemoryAccessLog()));
describe('FirestoreAccessLog', () => accessLogContract(() => new FirestoreAccessLog(db())));
