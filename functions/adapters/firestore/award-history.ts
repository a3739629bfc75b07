// The award history across campaigns, awardHistory/{id}: one document per recorded award, created with
// create() under an id derived from its content, so recording twice writes once. Looked up by nomineeKey
// with `in` queries (at most 30 values each).
import type { Firestore } from 'firebase-admin/firestore';
import type { AwardHistoryRecord, AwardHistoryRepository } from '../../app/ports';
import { call, createOnce } from './errors';
import { asStored, awardHistoryDocSchema } from './master-docs';
import { awardHistoryCol } from './master-paths';
import { parseData } from './parse';

const IN_LIMIT = 30;

export class FirestoreAwardHistory implements AwardHistoryRepository {
  constructor(private readonly db: Firestore) {}

  record(entry: AwardHistoryRecord): Promise<boolean> {
    return createOnce('record award history', () => awardHistoryCol(this.db).doc(entry.id).create(entry));
  }

  async findByKeys(nomineeKeys: string[]): Promise<AwardHistoryRecord[]> {
    const keys = [...new Set(nomineeKeys)];
    const batches: string[][] = [];
    for (let i = 0; i < keys.length; i += IN_LIMIT) batches.push(keys.slice(i, i + IN_LIMIT));
    const found = await Promise.all(batches.map((batch) => this.findBatch(batch)));
    return found.flat().sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  private async findBatch(keys: string[]): Promise<AwardHistoryRecord[]> {
    const query = awardHistoryCol(this.db).where('nomineeKey', 'in', keys);
    const snapshot = await call('find award history', () => query.get());
    return snapshot.docs.map((doc) =>
      asStored<AwardHistoryRecord>(parseData(awardHistoryDocSchema, doc.data(), doc.ref.path)),
    );
  }
}
