// Ports: the interfaces use cases receive. Adapters (functions/adapters) implement them with SDKs; pure tests
// implement them in memory. Every method throws AppError (never an SDK error).
import type { CampaignRecord, MemberRecord, UnitRecord } from '../../shared/api/admin-campaign';
import type { RunStage } from '../../shared/api/consolidation';
import type { Summary } from '../../shared/api/grid';
import type { NomineeReviewState, UnitConsolidation } from '../../shared/api/master-entries';
import type { SubmissionStatus } from '../../shared/api/nominations';
import type {
  CampaignStats,
  ChangeSet,
  DuplicateDecision,
  DuplicateGroup,
  MasterChunk,
  MasterTotals,
} from '../../shared/consolidation/types';
import type { Cell, Grid, Issue, NominationKind } from '../../shared/grid/types';
import type { AwardHistoryEntry, CampaignRules } from '../../shared/schema/campaign-rules';

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
  /** What was seen, e.g. "master v3, entries 0-499 of 600". */
  detail?: string;
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
  /** Prior awards of the nominees (award-history store), for the eligibility criteria. */
  awardHistory?: AwardHistoryEntry[];
}

export type GridValidator = (grid: Grid, context: ValidationInput) => ValidationOutcome;

// ---------------------------------------------------------------------------------------------------------------
// Consolidation: master versions, runs, board decisions, award history (docs/data-model.md "Master versions")
// ---------------------------------------------------------------------------------------------------------------

/** One chunk document of a master version, listed by its manifest. */
export interface ChunkRef {
  hash: string;
  chunkId: string;
  count: number;
}

/** The manifest (commit marker) of a master version: written last, with create(); lists its chunks by hash. */
export interface MasterManifest {
  campaignId: string;
  version: number;
  createdAt: string;
  createdBy: string;
  runId: string;
  /** Hash of everything the version was built from; equal hashes mean nothing to re-consolidate. */
  inputHash: string;
  chunks: ChunkRef[];
  totals: MasterTotals;
  changes: ChangeSet;
  duplicates: DuplicateGroup[];
  stats: CampaignStats;
  unitVersions: Record<string, number>;
  byUnit: UnitConsolidation[];
}

export interface MasterRepository {
  /** The manifest with the highest version number, or null. */
  latestManifest(campaignId: string): Promise<MasterManifest | null>;
  getManifest(campaignId: string, version: number): Promise<MasterManifest | null>;
  /** create() keyed by the chunk's content hash: false when that chunk already exists (nothing written). */
  putChunk(campaignId: string, chunk: MasterChunk): Promise<boolean>;
  /** The chunks with these hashes, in the order given; throws INTERNAL if one is missing. */
  readChunks(campaignId: string, hashes: string[]): Promise<MasterChunk[]>;
  /** create() of the manifest: false when this version number was committed by someone else. */
  commitManifest(manifest: MasterManifest): Promise<boolean>;
}

export interface RunRecord {
  campaignId: string;
  runId: string;
  state: 'running' | 'done' | 'failed';
  stage: RunStage;
  done: number;
  total: number;
  progress: number;
  message: string;
  startedBy: string;
  startedAt: string;
  updatedAt: string;
  masterVersion: number | null;
  reused: boolean;
  /** Why a failed run failed, when known (e.g. RUN_INTERRUPTED). */
  error?: { code: string; message: string };
}

export interface RunRepository {
  getRun(campaignId: string, runId: string): Promise<RunRecord | null>;
  /** set() of the whole run record (one small document per run, written only by that run). */
  saveRun(run: RunRecord): Promise<void>;
}

export interface StoredDuplicateDecision extends DuplicateDecision {
  /** Derived from the sorted member keys. */
  decisionId: string;
  groupId: string;
  decidedBy: string;
  decidedAt: string;
  masterVersion: number;
}

/** The board's review of a nominee, kept across consolidations by nomineeId. */
export interface NomineeReview {
  nomineeId: string;
  state: NomineeReviewState;
  note?: string;
  decisionNumber?: string;
  decisionDate?: string;
  awardCode?: string;
  displayName: string;
  /** The nominee's source rows when reviewed (to show returned nominees to their units). */
  sources: Array<{ unitId: string; sheetRow: number }>;
  masterVersion: number;
  reviewedBy: string;
  reviewedAt: string;
}

export interface ReviewLogEntry {
  at: string;
  actor: string;
  action: 'reviewDuplicates' | 'reviewNominee';
  subject: string;
  value: string;
  note?: string;
}

export interface ReviewRepository {
  listDuplicateDecisions(campaignId: string): Promise<StoredDuplicateDecision[]>;
  /** set() by decisionId: a later decision on the same members replaces the earlier one (both are in the log). */
  saveDuplicateDecision(campaignId: string, decision: StoredDuplicateDecision): Promise<void>;
  listNomineeReviews(campaignId: string): Promise<NomineeReview[]>;
  saveNomineeReview(campaignId: string, review: NomineeReview): Promise<void>;
  /** Append-only audit trail of every decision. */
  log(campaignId: string, entry: ReviewLogEntry): Promise<void>;
}

/** An award the board recorded (đã khen thưởng), kept across campaigns. */
export interface AwardHistoryRecord extends AwardHistoryEntry {
  /** Derived from the nominee key, award, year and decision: recording twice writes once. */
  id: string;
  /** `cccd:<12 digits>`, `name:<matchKey>|<birth year>` or `org:<matchKey>`. */
  nomineeKey: string;
  campaignId: string;
  nomineeId: string;
  recordedBy: string;
  recordedAt: string;
}

export interface AwardHistoryRepository {
  /** create(): false when this record already exists. */
  record(entry: AwardHistoryRecord): Promise<boolean>;
  /** Records whose nomineeKey is one of these. */
  findByKeys(nomineeKeys: string[]): Promise<AwardHistoryRecord[]>;
}
