// In-memory SubmissionRepository for use-case tests: same create() semantics as the Firestore adapter (first writer
// wins, false on conflict); checked by the same contract suite (test/support/contracts/submissions.ts).
import type {
  CommitRecord,
  KeyClaim,
  StoredRow,
  SubmissionRepository,
  UnitSubmissions,
  VersionHeader,
} from '../../../functions/app/ports';

const copy = structuredClone;

class UnitStore {
  readonly keys = new Map<string, KeyClaim>();
  readonly headers = new Map<string, VersionHeader>();
  readonly rows = new Map<string, StoredRow[]>();
  readonly seq = new Map<string, number>();
  readonly commits = new Map<string, CommitRecord>();
}

export class MemorySubmissions implements SubmissionRepository {
  private readonly stores = new Map<string, UnitStore>();

  unit(campaignId: string, unitId: string): UnitSubmissions {
    const id = `${campaignId}/${unitId}`;
    const store = this.stores.get(id) ?? new UnitStore();
    this.stores.set(id, store);
    return new MemoryUnitSubmissions(store, campaignId, unitId);
  }
}

class MemoryUnitSubmissions implements UnitSubmissions {
  constructor(
    private readonly store: UnitStore,
    readonly campaignId: string,
    readonly unitId: string,
  ) {}

  async getKey(keyId: string) {
    const claim = this.store.keys.get(keyId);
    return claim ? copy(claim) : null;
  }
  async claimKey(keyId: string, claim: KeyClaim) {
    if (this.store.keys.has(keyId)) return false;
    this.store.keys.set(keyId, copy(claim));
    return true;
  }
  async createHeader(header: VersionHeader) {
    if (this.store.headers.has(header.versionId)) return false;
    const { campaignId, unitId } = this;
    this.store.headers.set(header.versionId, copy({ ...header, campaignId, unitId }));
    return true;
  }
  async getHeader(versionId: string) {
    const header = this.store.headers.get(versionId);
    return header ? copy(header) : null;
  }
  async writeRows(versionId: string, rows: StoredRow[]) {
    this.store.rows.set(versionId, copy(rows));
  }
  async readRows(versionId: string) {
    return copy(this.store.rows.get(versionId) ?? []);
  }
  async reserveNumber(versionId: string) {
    const existing = this.store.seq.get(versionId);
    if (existing) return existing;
    const n = Math.max(0, ...this.store.seq.values()) + 1;
    this.store.seq.set(versionId, n);
    return n;
  }
  async commit(record: CommitRecord) {
    const existing = this.store.commits.get(record.versionId);
    if (existing) return copy(existing);
    this.store.commits.set(record.versionId, copy(record));
    return record;
  }
  async getCommit(versionId: string) {
    const found = this.store.commits.get(versionId);
    return found ? copy(found) : null;
  }
  async listCommits() {
    return [...this.store.commits.values()].map((x) => copy(x)).sort((a, b) => a.version - b.version);
  }
}
