// The delivery log on Firestore. Layout (all small documents, ids derived from content):
//   mailDeliveries/{deliveryId}                 the record (status, claimSeq, attempts, lastError…)
//   mailDeliveries/{deliveryId}/claims/{seq}    one per send attempt, created with create(): who wins sends
//   mailContents/{contentId}                    subject, html, text to send (kept for retries)
//   mailQuota/{sender}_{day}/slots/{n}          one per message sent that day (daily cap), create()
//   mailRuns/{runId}                            one per scheduler message id
// Every decision is a create() precondition (ALREADY_EXISTS = someone else has it); no transaction is used,
// because the embedded emulator has no transaction isolation. Record updates are written only by the holder of
// the current claim, so there is never a concurrent read-modify-write of one document.
import type { DocumentData, Firestore } from 'firebase-admin/firestore';
import { AppError } from '../../app/errors';
import type {
  DeliveryClaim,
  DeliveryKind,
  DeliveryLog,
  DeliveryOutcome,
  DeliveryRecord,
  RunState,
  StoredContent,
} from '../../app/mail/ports';

const ALREADY_EXISTS = 6;

function grpcCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** Runs a Firestore call; SDK errors become MAIL_LOG_UNAVAILABLE (retryable). */
async function guard<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'MAIL_LOG_UNAVAILABLE',
      `${what}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** create(); true when created, false when the document already existed. */
async function createOnce(db: Firestore, path: string, data: DocumentData): Promise<boolean> {
  try {
    await db.doc(path).create(data);
    return true;
  } catch (error) {
    if (grpcCode(error) === ALREADY_EXISTS) return false;
    throw error;
  }
}

export class FirestoreDeliveryLog implements DeliveryLog {
  constructor(private readonly db: Firestore) {}

  async saveContent(content: StoredContent): Promise<void> {
    await guard('saveContent', () => createOnce(this.db, `mailContents/${content.id}`, { ...content }));
  }

  async loadContent(id: string): Promise<StoredContent | null> {
    const snap = await guard('loadContent', () => this.db.doc(`mailContents/${id}`).get());
    return snap.exists ? (snap.data() as StoredContent) : null;
  }

  async ensure(records: DeliveryRecord[]): Promise<void> {
    for (const r of records)
      await guard('ensure', () => createOnce(this.db, `mailDeliveries/${r.id}`, { ...r }));
  }

  async get(ids: string[]): Promise<DeliveryRecord[]> {
    if (ids.length === 0) return [];
    const refs = ids.map((id) => this.db.doc(`mailDeliveries/${id}`));
    const snaps = await guard('get', () => this.db.getAll(...refs));
    return snaps.flatMap((s) => (s.exists ? [s.data() as DeliveryRecord] : []));
  }

  async listOpen(kind?: DeliveryKind): Promise<DeliveryRecord[]> {
    let query = this.db.collection('mailDeliveries').where('status', 'in', ['pending', 'failed']);
    if (kind) query = query.where('kind', '==', kind);
    const snap = await guard('listOpen', () => query.get());
    return snap.docs.map((d) => d.data() as DeliveryRecord);
  }

  async claim(id: string, claim: DeliveryClaim): Promise<boolean> {
    return guard('claim', () =>
      createOnce(this.db, `mailDeliveries/${id}/claims/${claim.seq}`, { ...claim }),
    );
  }

  async readClaim(id: string, seq: number): Promise<DeliveryClaim | null> {
    const snap = await guard('readClaim', () => this.db.doc(`mailDeliveries/${id}/claims/${seq}`).get());
    return snap.exists ? (snap.data() as DeliveryClaim) : null;
  }

  async finish(id: string, outcome: DeliveryOutcome): Promise<void> {
    await guard('finish', () => this.db.doc(`mailDeliveries/${id}`).update(outcomeFields(outcome)));
  }

  async reserveSlot(sender: string, day: string, cap: number): Promise<boolean> {
    const slots = this.db.collection(`mailQuota/${quotaId(sender, day)}/slots`);
    const counted = await guard('reserveSlot', () => slots.count().get());
    for (let n = counted.data().count; n < cap; n++) {
      if (await guard('reserveSlot', () => createOnce(this.db, `${slots.path}/${n}`, { n, sender, day })))
        return true;
    }
    return false;
  }

  async startRun(runId: string, at: string): Promise<RunState> {
    const ref = this.db.doc(`mailRuns/${encodeURIComponent(runId)}`);
    if (
      await guard('startRun', () => createOnce(this.db, ref.path, { runId, state: 'running', startedAt: at }))
    )
      return 'new';
    const snap = await guard('startRun', () => ref.get());
    return snap.get('state') === 'done' ? 'done' : 'running';
  }

  async finishRun(runId: string, at: string): Promise<void> {
    const ref = this.db.doc(`mailRuns/${encodeURIComponent(runId)}`);
    await guard('finishRun', () => ref.set({ state: 'done', finishedAt: at }, { merge: true }));
  }
}

function quotaId(sender: string, day: string): string {
  return `${encodeURIComponent(sender.toLowerCase())}_${day}`;
}

function outcomeFields(outcome: DeliveryOutcome): DocumentData {
  const base = {
    status: outcome.status,
    claimSeq: outcome.claimSeq,
    attempts: outcome.attempts,
    updatedAt: outcome.at,
  };
  if (outcome.status === 'sent') return { ...base, sentAt: outcome.at, messageId: outcome.messageId };
  if (outcome.status === 'expired') return base;
  return { ...base, lastError: outcome.error };
}
