// Hand-written in-memory SubmissionRepository and CampaignRepository for pure use-case tests. Same create()
// semantics as the Firestore adapter (first writer wins, false on conflict).
import type {
  CampaignRecord,
  CampaignRepository,
  CommitRecord,
  KeyClaim,
  StoredRow,
  SubmissionRepository,
  UnitRecord,
  VersionHeader,
} from '../../functions/app/ports';

export class MemorySubmissions implements SubmissionRepository {
  keys = new Map<string, KeyClaim>();
  headers = new Map<string, VersionHeader>();
  rows = new Map<string, StoredRow[]>();
  seq = new Map<string, number>();
  commits = new Map<string, CommitRecord>();

  private k = (...parts: string[]) => parts.join('/');

  async getKey(c: string, u: string, key: string) {
    return this.keys.get(this.k(c, u, key)) ?? null;
  }
  async claimKey(c: string, u: string, key: string, claim: KeyClaim) {
    if (this.keys.has(this.k(c, u, key))) return false;
    this.keys.set(this.k(c, u, key), claim);
    return true;
  }
  async createHeader(header: VersionHeader) {
    const id = this.k(header.campaignId, header.unitId, header.versionId);
    if (this.headers.has(id)) return false;
    this.headers.set(id, header);
    return true;
  }
  async getHeader(c: string, u: string, v: string) {
    return this.headers.get(this.k(c, u, v)) ?? null;
  }
  async writeRows(c: string, u: string, v: string, rows: StoredRow[]) {
    this.rows.set(this.k(c, u, v), rows);
  }
  async readRows(c: string, u: string, v: string) {
    return this.rows.get(this.k(c, u, v)) ?? [];
  }
  async reserveNumber(c: string, u: string, v: string) {
    const id = this.k(c, u, v);
    const existing = this.seq.get(id);
    if (existing) return existing;
    const used = [...this.seq].filter(([key]) => key.startsWith(this.k(c, u, ''))).map(([, n]) => n);
    const n = Math.max(0, ...used) + 1;
    this.seq.set(id, n);
    return n;
  }
  async commit(c: string, u: string, record: CommitRecord) {
    const id = this.k(c, u, record.versionId);
    const existing = this.commits.get(id);
    if (existing) return existing;
    this.commits.set(id, record);
    return record;
  }
  async getCommit(c: string, u: string, v: string) {
    return this.commits.get(this.k(c, u, v)) ?? null;
  }
  async listCommits(c: string, u: string) {
    return [...this.commits]
      .filter(([key]) => key.startsWith(this.k(c, u, '')))
      .map(([, record]) => record)
      .sort((a, b) => a.version - b.version);
  }
}

export function memoryCampaigns(campaign: CampaignRecord, units: UnitRecord[]): CampaignRepository {
  return {
    getCampaign: async (id) => (id === campaign.id ? campaign : null),
    saveCampaign: async () => undefined,
    getUnit: async (_c, id) => units.find((unit) => unit.id === id) ?? null,
    listUnits: async () => units,
    saveUnits: async () => undefined,
  };
}
