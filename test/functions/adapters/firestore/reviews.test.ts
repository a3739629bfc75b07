// ReviewRepository: one contract, two implementations (in memory; Firestore on the embedded emulator).
import { describe } from 'vitest';
import { FirestoreReviews } from '../../../../functions/adapters/firestore/reviews';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { reviewsContract } from '../../../support/contracts/reviews';
import { MemoryReviews } from '../../../support/memory/consolidation';

const db = emulatorDb();

describe('MemoryReviews', () => reviewsContract(() => new MemoryReviews()));
describe('FirestoreReviews', () => reviewsContract(() => new FirestoreReviews(db())));
