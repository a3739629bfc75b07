// The board's locks on units' lists: campaigns/{campaignId}/unitLocks/{unitId} (one small document per unit).
import type { Firestore } from 'firebase-admin/firestore';
import { unitLockSchema } from '../../../shared/api/campaign-status';
import type { UnitLock, UnitLockRepository } from '../../app/ports';
import { call } from './errors';
import { asStored } from './master-docs';
import { parseData, parseDoc } from './parse';
import { campaignDoc } from './paths';

export class FirestoreUnitLocks implements UnitLockRepository {
  constructor(private readonly db: Firestore) {}

  private col(campaignId: string) {
    return campaignDoc(this.db, campaignId).collection('unitLocks');
  }

  async getLock(campaignId: string, unitId: string): Promise<UnitLock | null> {
    const snapshot = await call('get unit lock', () => this.col(campaignId).doc(unitId).get());
    const parsed = parseDoc(unitLockSchema, snapshot);
    return parsed ? asStored<UnitLock>(parsed) : null;
  }

  async listLocks(campaignId: string): Promise<UnitLock[]> {
    const snapshot = await call('list unit locks', () => this.col(campaignId).get());
    return snapshot.docs.map((doc) =>
      asStored<UnitLock>(parseData(unitLockSchema, doc.data(), doc.ref.path)),
    );
  }

  async saveLock(campaignId: string, lock: UnitLock): Promise<void> {
    await call('save unit lock', () => this.col(campaignId).doc(lock.unitId).set(lock));
  }
}
