// Ports: the interfaces use cases receive. Adapters (functions/adapters) implement them with SDKs; pure tests
// implement them in memory. Every method throws AppError (never an SDK error).
import type { CampaignRecord, MemberRecord, UnitRecord } from '../../shared/api/admin-campaign';
import type { Summary } from '../../shared/api/grid';
import type { SubmissionStatus } from '../../shared/api/nominations';
import type { Cell, Grid, Issue, NominationKind } from '../../shared/grid/types';
import type { CampaignRules } from '../../shared/schema/campaign-rules';

export type { CampaignRecord, MemberRecord, UnitRecord };

export interface Principal {
  email: string;
  role: 'board' | 'unit';
  unitIds: string[];
}

export interface CampaignRepository {
  getCampaign(campaignId: string): Promise<CampaignRecord | null>;
  saveCampaign(campaign: CampaignRecord): Promise<void>;
  getUnit(campaignId: string, unitId: string): Promise<UnitRecord | null>;
  listUnits(campaignId: string): Promise<UnitRecord[]>;
  saveUnits(campaignId: string, units: UnitRecord[]): Promise<void>;
}

export interface MemberRepository {
  /** `email` is already lower-cased. */
  getMember(email: string): Promise<MemberRecord | null>;
  saveMembers(members: MemberRecord[]): Promise<void>;
}

/** One submitted row as stored: the cells as sent, the parsed data and the row's issues. Nothing is dropped. */
export interface StoredRow {
  sheetRow: number;
  cells: Cell[];
  valid: boolean;
  data: Record<string, unknown>;
  issues: Issue[];
}

/** The header document of a version, created first (with create()) before rows and the commit marker. */
export interface VersionHeader {
  campaignId: string;
  unitId: string;
  versionId: string;
  contentHash: string;
  /** Latest committed version number this one was submitted on top of (0 = none). */
  baseVersion: number;
  kind: NominationKind;
  submittedBy: string;
  startedAt: string;
  grid: { header: string[][]; firstRow: number; firstColumn: number; sheetName?: string };
  /** Issues not tied to a data row (header and sheet level). */
  sheetIssues: Issue[];
  /** Submitted after the deadline, within the grace period. */
  late: boolean;
}

/** The commit marker: written last; a version without one is invisible to readers. */
export interface CommitRecord {
  versionId: string;
  version: number;
  contentHash: string;
  kind: NominationKind;
  status: SubmissionStatus;
  summary: Summary;
  submittedAt: string;
  late: boolean;
  rowCount: number;
}

/** What a submission key is bound to, for ever (create() only): enough to finish the version after a crash. */
export interface KeyClaim {
  versionId: string;
  contentHash: string;
  baseVersion: number;
  late: boolean;
}

export interface SubmissionRepository {
  getKey(campaignId: string, unitId: string, keyId: string): Promise<KeyClaim | null>;
  /** create() precondition: false when the key was already claimed. */
  claimKey(campaignId: string, unitId: string, keyId: string, claim: KeyClaim): Promise<boolean>;
  /** create() precondition: false when a header with this versionId exists. */
  createHeader(header: VersionHeader): Promise<boolean>;
  getHeader(campaignId: string, unitId: string, versionId: string): Promise<VersionHeader | null>;
  /** Idempotent: rows are chunked deterministically, so rewriting the same rows is harmless. */
  writeRows(campaignId: string, unitId: string, versionId: string, rows: StoredRow[]): Promise<void>;
  readRows(campaignId: string, unitId: string, versionId: string): Promise<StoredRow[]>;
  /** The unit's next version number, reserved for versionId with create(); returns the existing one if any. */
  reserveNumber(campaignId: string, unitId: string, versionId: string): Promise<number>;
  /** create() precondition on the marker; when it already exists, the stored marker is returned. */
  commit(campaignId: string, unitId: string, record: CommitRecord): Promise<CommitRecord>;
  getCommit(campaignId: string, unitId: string, versionId: string): Promise<CommitRecord | null>;
  /** Every committed version of the unit, ascending by version number. */
  listCommits(campaignId: string, unitId: string): Promise<CommitRecord[]>;
}

export interface AccessLogEntry {
  at: string;
  actor: string;
  action: string;
  campaignId: string;
  unitId?: string;
  requestId: string;
}

export interface AccessLog {
  record(entry: AccessLogEntry): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface VerifiedIdentity {
  email: string;
  emailVerified: boolean;
}

export interface IdTokenVerifier {
  /** Throws AppError UNAUTHENTICATED for an invalid, expired or wrongly addressed token. */
  verify(token: string): Promise<VerifiedIdentity>;
}

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** What the use cases need from validateGrid (a structural subset of shared/grid/validate-grid.ts). */
export interface ValidationOutcome {
  rows: ReadonlyArray<{ sheetRow: number; valid: boolean; data: object }>;
  issues: Issue[];
  summary: Summary;
}

export interface ValidationInput {
  kind: NominationKind;
  today: string;
  rules?: CampaignRules;
}

export type GridValidator = (grid: Grid, context: ValidationInput) => ValidationOutcome;
