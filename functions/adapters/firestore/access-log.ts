// Who read what: accessLog/{YYYY-MM-DD}/entries/{auto id}, one small subcollection per day.
import type { Firestore } from 'firebase-admin/firestore';
import type { AccessLog, AccessLogEntry } from '../../app/ports';
import { call } from './errors';
import { accessLogCol } from './paths';

export class FirestoreAccessLog implements AccessLog {
  constructor(private readonly db: Firestore) {}

  async record(entry: AccessLogEntry): Promise<void> {
    await call('record access', () => accessLogCol(this.db, entry.at.slice(0, 10)).add(entry));
  }
}
