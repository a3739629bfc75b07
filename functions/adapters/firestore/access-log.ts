// Who read what: accessLog/{YYYY-MM-DD}/entries/{auto id}, one small subcollection per day.
import type { Firestore } from 'firebase-admin/firestore';
import { z } from 'zod';
import type { AccessLog, AccessLogEntry } from '../../app/ports';
import { call } from './errors';
import { asStored } from './master-docs';
import { parseData } from './parse';
import { accessLogCol } from './paths';

export class FirestoreAccessLog implements AccessLog {
  constructor(private readonly db: Firestore) {}

  async record(entry: AccessLogEntry): Promise<void> {
    await call('record access', () => accessLogCol(this.db, entry.at.slice(0, 10)).add(entry));
  }

  async entriesOn(day: string): Promise<AccessLogEntry[]> {
    const snapshot = await call('list access log', () => accessLogCol(this.db, day).get());
    return snapshot.docs
      .map((doc) => asStored<AccessLogEntry>(parseData(accessLogDocSchema, doc.data(), doc.ref.path)))
      .sort(byTime);
  }
}

const accessLogDocSchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  campaignId: z.string(),
  unitId: z.string().optional(),
  requestId: z.string(),
  detail: z.string().optional(),
});

function byTime(a: AccessLogEntry, b: AccessLogEntry): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.requestId < b.requestId ? -1 : 1;
}
