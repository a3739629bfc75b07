// RunRepository: one contract, two implementations (in memory; Firestore on the embedded emulator).
import { describe } from 'vitest';
import { FirestoreRuns } from '../../../../functions/adapters/firestore/consolidation-runs';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { runsContract } from '../../../support/contracts/runs';
import { MemoryRuns } from '../../../support/memory/consolidation';

const db = emulatorDb();

describe('MemoryRuns', () => runsContract(() => new MemoryRuns()));
describe('FirestoreRuns', () => runsContract(() => new FirestoreRuns(db())));
