// ReviewRepository: one contract, two implementations (in memory; Firestore on the embedded emulator).
import { describe } from 'vitest';
import { FirestoreAwardHistory } from '../../../../functions/adapters/firestore/award-history';
import { FirestoreReviews } from '../../../../functions/adapters/firestore/reviews';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { awardDecisionsContract, reviewsContract } from '../../../support/contracts/reviews';
import { MemoryAwardHistory, MemoryReviews } from '../../../support/memory/consolidation';

const db = emulatorDb();

describe('MemoryReviews', () => reviewsContract(() => new MemoryReviews()));
describe('FirestoreReviews', () => reviewsContract(() => new FirestoreReviews(db())));
describe('MemoryReviews with award history', () =>
  awardDecisionsContract(() => {
    const history = new MemoryAwardHistory();
    return { reviews: new MemoryReviews(history), history };
  }));
describe('FirestoreReviews with award history', () =>
  awardDecisionsContract(() => ({
    reviews: new FirestoreReviews(db()),
    history: new FirestoreAwardHistory(db()),
  })));
