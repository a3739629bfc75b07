// Hand-written in-memory fakes for the pure use-case tests: a DeliveryLog with the same create() semantics as the
// Firestore adapter, a recording MailSender that can be told to fail, and a settable clock.
import { AppError } from '../../../../../functions/app/errors';
import type {
  DeliveryClaim,
  DeliveryKind,
  DeliveryLog,
  DeliveryOutcome,
  DeliveryRecord,
  MailSender,
  OutgoingMail,
  RunState,
  SentMail,
  StoredContent,
} from '../../../../../functions/app/mail/ports';
import type { MailErrorCode } from '../../../../../shared/api/errors';
import { scanOutward } from '../../../../support/outward-scan';

export class MemoryDeliveryLog implements DeliveryLog {
  readonly records = new Map<string, DeliveryRecord>();
  readonly claims = new Map<string, DeliveryClaim>();
  readonly contents = new Map<string, StoredContent>();
  readonly slots = new Map<string, number>();
  readonly runs = new Map<string, RunState>();

  async saveContent(content: StoredContent): Promise<void> {
    if (!this.contents.has(content.id)) this.contents.set(content.id, structuredClone(content));
  }
  async loadContent(id: string): Promise<StoredContent | null> {
    return this.contents.get(id) ?? null;
  }
  async ensure(records: DeliveryRecord[]): Promise<void> {
    for (const r of records) if (!this.records.has(r.id)) this.records.set(r.id, structuredClone(r));
  }
  async get(ids: string[]): Promise<DeliveryRecord[]> {
    return ids.flatMap((id) => {
      const r = this.records.get(id);
      return r ? [structuredClone(r)] : [];
    });
  }
  async listOpen(kind?: DeliveryKind): Promise<DeliveryRecord[]> {
    return [...this.records.values()]
      .filter((r) => (r.status === 'pending' || r.status === 'failed') && (!kind || r.kind === kind))
      .map((r) => structuredClone(r));
  }
  async claim(id: string, claim: DeliveryClaim): Promise<boolean> {
    const key = `${id}/${claim.seq}`;
    if (this.claims.has(key)) return false;
    this.claims.set(key, { ...claim });
    return true;
  }
  async readClaim(id: string, seq: number): Promise<DeliveryClaim | null> {
    return this.claims.get(`${id}/${seq}`) ?? null;
  }
  async finish(id: string, outcome: DeliveryOutcome): Promise<void> {
    const r = this.records.get(id);
    if (!r) throw new Error(`no record ${id}`);
    const { at, ...rest } = outcome;
    const extra = outcome.status === 'sent' ? { sentAt: at } : {};
    const error = 'error' in outcome ? { lastError: outcome.error } : {};
    const { error: _drop, ...fields } = rest as typeof rest & { error?: unknown };
    this.records.set(id, { ...r, ...fields, ...extra, ...error, updatedAt: at });
  }
  async reserveSlot(sender: string, day: string, cap: number): Promise<boolean> {
    const key = `${sender}_${day}`;
    const used = this.slots.get(key) ?? 0;
    if (used >= cap) return false;
    this.slots.set(key, used + 1);
    return true;
  }
  async startRun(runId: string): Promise<RunState> {
    const state = this.runs.get(runId);
    if (!state) this.runs.set(runId, 'running');
    return state ?? 'new';
  }
  async finishRun(runId: string): Promise<void> {
    this.runs.set(runId, 'done');
  }
}

export class RecordingSender implements MailSender {
  readonly transport = 'outbox' as const;
  readonly sent: OutgoingMail[] = [];
  /** Every message handed over, including those that then failed. */
  readonly attempted: OutgoingMail[] = [];
  failWith: MailErrorCode | null = null;
  rejectAddresses: string[] = [];
  constructor(readonly sender = 'thidua@langson.gov.vn') {}

  async send(message: OutgoingMail): Promise<SentMail> {
    for (const part of [message.subject, message.html, message.text]) scanOutward('mail', part);
    this.attempted.push(message);
    if (this.failWith) throw new AppError(this.failWith, 'test');
    this.sent.push(message);
    const rejected = message.to.map((t) => t.address).filter((a) => this.rejectAddresses.includes(a));
    return { messageId: message.messageId ?? '<none>', ...(rejected.length > 0 ? { rejected } : {}) };
  }

  /** Every (address) a message went to, one entry per delivery. */
  addresses(): string[] {
    return this.sent.flatMap((m) => m.to.map((t) => t.address));
  }
}

export class TestClock {
  constructor(public current = new Date('2026-11-16T00:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}
