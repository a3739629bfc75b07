// Board decisions: duplicate decisions by member keys (campaigns/{c}/duplicateDecisions/{decisionId}), nominee
// reviews by nomineeId (campaigns/{c}/nomineeReviews/{nomineeId}) and the append-only audit trail of both
// (campaigns/{c}/reviewLog/{autoId}).
import type { Firestore } from 'firebase-admin/firestore';
import type {
  AwardDecisionWrite,
  NomineeReview,
  ReviewLogEntry,
  ReviewRepository,
  StoredDuplicateDecision,
} from '../../app/ports';
import { call } from './errors';
import { asStored, decisionDocSchema, reviewDocSchema, reviewLogDocSchema } from './master-docs';
import { awardHistoryCol, campaignSub } from './master-paths';
import { parseData } from './parse';

/** Two writes per item (review + log entry), under Firestore's 500 writes per batch. */
const ITEMS_PER_BATCH = 200;
/** Documents read per getAll call (masterList pages are at most a few thousand entries). */
const READS_PER_CALL = 300;
/** Three writes per recorded award (review, log entry, award history). */
const AWARDS_PER_BATCH = 150;

export class FirestoreReviews implements ReviewRepository {
  constructor(private readonly db: Firestore) {}

  async listDuplicateDecisions(campaignId: string): Promise<StoredDuplicateDecision[]> {
    const col = campaignSub(this.db, campaignId, 'duplicateDecisions');
    const snapshot = await call('list duplicate decisions', () => col.get());
    return snapshot.docs
      .map((doc) => asStored<StoredDuplicateDecision>(parseData(decisionDocSchema, doc.data(), doc.ref.path)))
      .sort((a, b) => (a.decisionId < b.decisionId ? -1 : 1));
  }

  async saveDuplicateDecision(campaignId: string, decision: StoredDuplicateDecision): Promise<void> {
    const ref = campaignSub(this.db, campaignId, 'duplicateDecisions').doc(decision.decisionId);
    await call('save duplicate decision', () => ref.set(decision));
  }

  async listNomineeReviews(campaignId: string): Promise<NomineeReview[]> {
    const col = campaignSub(this.db, campaignId, 'nomineeReviews');
    const snapshot = await call('list nominee reviews', () => col.get());
    return snapshot.docs
      .map((doc) => asStored<NomineeReview>(parseData(reviewDocSchema, doc.data(), doc.ref.path)))
      .sort((a, b) => (a.nomineeId < b.nomineeId ? -1 : 1));
  }

  async nomineeReviewsOf(campaignId: string, nomineeIds: string[]): Promise<NomineeReview[]> {
    const col = campaignSub(this.db, campaignId, 'nomineeReviews');
    const found: NomineeReview[] = [];
    for (let start = 0; start < nomineeIds.length; start += READS_PER_CALL) {
      const refs = nomineeIds.slice(start, start + READS_PER_CALL).map((id) => col.doc(id));
      if (refs.length === 0) continue;
      const docs = await call('read nominee reviews', () => this.db.getAll(...refs));
      for (const doc of docs) {
        if (!doc.exists) continue;
        found.push(asStored<NomineeReview>(parseData(reviewDocSchema, doc.data(), doc.ref.path)));
      }
    }
    return found;
  }

  async saveNomineeReview(campaignId: string, review: NomineeReview): Promise<void> {
    const ref = campaignSub(this.db, campaignId, 'nomineeReviews').doc(review.nomineeId);
    await call('save nominee review', () => ref.set(review));
  }

  async saveNomineeReviews(
    campaignId: string,
    items: Array<{ review: NomineeReview; log: ReviewLogEntry }>,
  ): Promise<void> {
    const reviews = campaignSub(this.db, campaignId, 'nomineeReviews');
    const log = campaignSub(this.db, campaignId, 'reviewLog');
    for (let start = 0; start < items.length; start += ITEMS_PER_BATCH) {
      const batch = this.db.batch();
      for (const item of items.slice(start, start + ITEMS_PER_BATCH)) {
        batch.set(reviews.doc(item.review.nomineeId), item.review);
        batch.set(log.doc(), item.log);
      }
      await call('save nominee reviews', () => batch.commit());
    }
  }

  async saveAwardDecisions(campaignId: string, items: AwardDecisionWrite[]): Promise<void> {
    const reviews = campaignSub(this.db, campaignId, 'nomineeReviews');
    const log = campaignSub(this.db, campaignId, 'reviewLog');
    const history = awardHistoryCol(this.db);
    for (let start = 0; start < items.length; start += AWARDS_PER_BATCH) {
      const batch = this.db.batch();
      for (const item of items.slice(start, start + AWARDS_PER_BATCH)) {
        batch.set(reviews.doc(item.review.nomineeId), item.review);
        batch.set(log.doc(), item.log);
        if (item.award) batch.set(history.doc(item.award.id), item.award);
      }
      await call('save award decisions', () => batch.commit());
    }
  }

  async log(campaignId: string, entry: ReviewLogEntry): Promise<void> {
    await call('append review log', () => campaignSub(this.db, campaignId, 'reviewLog').add(entry));
  }

  async listLog(campaignId: string): Promise<ReviewLogEntry[]> {
    const snapshot = await call('list review log', () => campaignSub(this.db, campaignId, 'reviewLog').get());
    return snapshot.docs
      .map((doc) => asStored<ReviewLogEntry>(parseData(reviewLogDocSchema, doc.data(), doc.ref.path)))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
}
