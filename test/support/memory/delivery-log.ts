// In-memory DeliveryLog for use-case tests, with the same create() semantics as the Firestore adapter; checked by
// the same contract suite (test/support/contracts/delivery-log.ts).
import type {
  DeliveryClaim,
  DeliveryKind,
  DeliveryLog,
  DeliveryOutcome,
  DeliveryRecord,
  RunState,
  StoredContent,
} from '../../../functions/app/mail/ports';

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
