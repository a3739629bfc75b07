// Ports: the interfaces use cases receive. Adapters (functions/adapters) implement them with SDKs; pure tests
// implement them in memory. Every method throws AppError (never an SDK error).

import type {
  CampaignRecord,
  MemberRecord,
  ProvinceMember,
  UnitRecord,
} from '../../shared/api/admin-campaign';
import type { UnitLock } from '../../shared/api/campaign-status';
import type { RunStage } from '../../shared/api/consolidation';
import type { Summary } from '../../shared/api/grid';
import type { EntryReview, NomineeReviewState, UnitConsolidation } from '../../shared/api/master-entries';
import type { SheetOutcome } from '../../shared/api/master-outputs';
import type {
  SubmissionStatus,
  SubmitNominationsRequest,
  SubmitNominationsResponse,
} from '../../shared/api/nominations';
import type { ProvinceProfile } from '../../shared/api/province';
import type { NoticeComment } from '../../shared/api/public-notice';
import type { BallotVote, RoundNominee, RoundResult } from '../../shared/api/votes';
import type { DossierCounts } from '../../shared/checks/dossier-checklist';
import type {
  CampaignStats,
  ChangeSet,
  DuplicateDecision,
  DuplicateGroup,
  MasterEntry,
  MasterTotals,
} from '../../shared/consolidation/types';
import type { CampaignProposal } from '../../shared/eligibility/proposals';
import type { Cell, Grid, Issue, NominationKind } from '../../shared/grid/types';
import type { AwardHistoryEntry, CampaignRules } from '../../shared/schema/campaign-rules';

export type { CampaignRecord, MemberRecord, ProvinceMember, UnitLock, UnitRecord };

/**
 * Who is calling, for the campaign the request names: board or unit editor of that campaign, or admin when the
 * caller is a province super-admin without a role in it (adminCampaign only). `admin` is true for a super-admin
 * whatever their role in the campaign.
 */
export interface Principal {
  email: string;
  /** council: a member of the Hội đồng Thi đua – Khen thưởng (castBallot only). */
  role: 'board' | 'unit' | 'council' | 'admin';
  unitIds: string[];
  admin?: boolean;
}

export interface CampaignRepository {
  getCampaign(campaignId: string): Promise<CampaignRecord | null>;
  /** Province rule profiles (provinces/{provinceId}); absent in fakes that need none. */
  getProvince?(provinceId: string): Promise<ProvinceProfile | null>;
  saveProvince?(province: ProvinceProfile): Promise<void>;
  saveCampaign(campaign: CampaignRecord): Promise<void>;
  getUnit(campaignId: string, unitId: string): Promise<UnitRecord | null>;
  listUnits(campaignId: string): Promise<UnitRecord[]>;
  saveUnits(campaignId: string, units: UnitRecord[]): Promise<void>;
}

export interface UnitLockRepository {
  getLock(campaignId: string, unitId: string): Promise<UnitLock | null>;
  listLocks(campaignId: string): Promise<UnitLock[]>;
  /** set() of the unit's lock document. */
  saveLock(campaignId: string, lock: UnitLock): Promise<void>;
}

export interface MemberRepository {
  /** The province-level account (super-admin); `email` is already lower-cased. */
  getMember(email: string): Promise<ProvinceMember | null>;
  saveMembers(members: ProvinceMember[]): Promise<void>;
  /** The member's role in one campaign. */
  getCampaignMember(campaignId: string, email: string): Promise<MemberRecord | null>;
  /** True when the email holds an active role in some campaign. */
  hasCampaignRole(email: string): Promise<boolean>;
  listCampaignMembers(campaignId: string): Promise<MemberRecord[]>;
  /** set() of each member's role in the campaign. */
  saveCampaignMembers(campaignId: string, members: MemberRecord[]): Promise<void>;
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
  /** Dossier completeness of the list (dossier-counts.ts); absent when the list has no "Hồ sơ" column. */
  dossier?: DossierCounts | undefined;
}

/** What a submission key is bound to, for ever (create() only): enough to finish the version after a crash. */
export interface KeyClaim {
  versionId: string;
  contentHash: string;
  baseVersion: number;
  late: boolean;
}

/** The submissions of one unit in one campaign: `submissions.unit(campaignId, unitId).listCommits()`. */
export interface UnitSubmissions {
  readonly campaignId: string;
  readonly unitId: string;
  getKey(keyId: string): Promise<KeyClaim | null>;
  /** create() precondition: false when the key was already claimed. */
  claimKey(keyId: string, claim: KeyClaim): Promise<boolean>;
  /** create() precondition: false when a header with this versionId exists. Stored under this unit. */
  createHeader(header: VersionHeader): Promise<boolean>;
  getHeader(versionId: string): Promise<VersionHeader | null>;
  /** Idempotent: rewriting the same rows of a version is harmless (however the store splits them). */
  writeRows(versionId: string, rows: StoredRow[]): Promise<void>;
  /** The rows of a version in the order written; [] when none were written. */
  readRows(versionId: string): Promise<StoredRow[]>;
  /** The unit's next version number, reserved for versionId with create(); returns the existing one if any. */
  reserveNumber(versionId: string): Promise<number>;
  /** create() precondition on the marker; when it already exists, the stored marker is returned. */
  commit(record: CommitRecord): Promise<CommitRecord>;
  getCommit(versionId: string): Promise<CommitRecord | null>;
  /** Every committed version of the unit, ascending by version number. */
  listCommits(): Promise<CommitRecord[]>;
}

export interface SubmissionRepository {
  /** The handle of one unit's submissions (no I/O until a method is called). */
  unit(campaignId: string, unitId: string): UnitSubmissions;
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
  /** The entries recorded on a UTC day ("YYYY-MM-DD" of `at`), by time. */
  entriesOn(day: string): Promise<AccessLogEntry[]>;
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

/**
 * What follows a commit, wired once by the composition root: the unit's receipt after a version; the unit summaries
 * and the master sheet after a consolidation; the "returned" mail after review decisions. A mail failure is logged,
 * never thrown: the commit stands.
 */
export interface CommitNotifier {
  submitted(event: { request: SubmitNominationsRequest; result: SubmitNominationsResponse }): Promise<void>;
  /** The sheet outcome when `writeSheet` was asked, else undefined. */
  consolidated(event: ConsolidatedEvent): Promise<SheetOutcome | undefined>;
  /** Review decisions were stored (or confirmed by a retry): the "returned" mail of nominees sent back. */
  reviewed(event: { campaignId: string; reviews: NomineeReview[] }): Promise<void>;
}

export interface ConsolidatedEvent {
  campaignId: string;
  masterVersion: number;
  principal: Principal;
  notifyUnits: boolean;
  writeSheet: boolean;
  requestId?: string | undefined;
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
  /** The campaign's evaluation year (campaigns/evaluation-year.ts); never the clock's. */
  evaluationYear?: number;
  /** Awards the campaign's other units propose (submissions/campaign-proposals.ts). */
  campaignProposals?: readonly CampaignProposal[];
}

export type GridValidator = (grid: Grid, context: ValidationInput) => ValidationOutcome;

// ---------------------------------------------------------------------------------------------------------------
// Consolidation: master versions, runs, board decisions, award history (docs/data-model.md "Master versions")
// ---------------------------------------------------------------------------------------------------------------

/** A master entry as stored and listed: the core's entry plus the board's review details. */
export type StoredEntry = MasterEntry & { review?: EntryReview };

/** What a master version says about itself, without its entries (docs/data-model.md "Master versions"). */
export interface MasterVersionInfo {
  campaignId: string;
  version: number;
  createdAt: string;
  createdBy: string;
  runId: string;
  /** Hash of everything the version was built from; equal hashes mean nothing to re-consolidate. */
  inputHash: string;
  totals: MasterTotals;
  changes: ChangeSet;
  duplicates: DuplicateGroup[];
  stats: CampaignStats;
  unitVersions: Record<string, number>;
  byUnit: UnitConsolidation[];
}

/** A whole master version: its description and its entries in display order (kind, folded name, nomineeId). */
export interface MasterVersionRecord extends MasterVersionInfo {
  entries: StoredEntry[];
  /** Entries "chưa hợp lệ" (rows with errors): kept apart, compared for duplicates, left out of totals. */
  invalidEntries?: StoredEntry[];
}

/** A slice of a version's entries in display order. */
export interface EntryPage {
  offset: number;
  limit: number;
}

/** Called once the entries of a version being saved are stored (before it is committed). */
export type SaveProgress = (written: number, total: number) => Promise<void>;

/**
 * Master versions of a campaign, append-only. How a version is laid out in storage (chunking, document-size
 * limits, reuse of what earlier versions stored) is the adapter's business; a version is either entirely visible
 * to readers or not at all.
 */
export interface MasterRepository {
  /** The committed version with the highest number, without its entries; null before the first. */
  latest(campaignId: string): Promise<MasterVersionInfo | null>;
  /** Committed version `version` without its entries, or null. */
  info(campaignId: string, version: number): Promise<MasterVersionInfo | null>;
  /** Committed version `version` with all its entries, or null. Readers must not mutate it. */
  read(campaignId: string, version: number): Promise<MasterVersionRecord | null>;
  /** A page of the entries of committed version `version` ([] past the end); MASTER_NOT_FOUND when absent. */
  readEntries(campaignId: string, version: number, page: EntryPage): Promise<StoredEntry[]>;
  /**
   * Saves version `master.version` of `master.campaignId`: its entries first (only what no earlier version stored
   * is written again), then the commit marker. false when that version number was committed by someone else
   * (nothing of this one becomes visible).
   */
  save(master: MasterVersionRecord, progress?: SaveProgress): Promise<boolean>;
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
  /** Id of this decision (changes with every new decision); the key of the unit's "returned" mail. */
  reviewId?: string;
  /** Hash of the reviewed fields' values (functions/app/review/reviewed-content.ts); absent on older reviews. */
  contentHash?: string;
  /** The reviewed fields' values, to show old and new values when the unit changes the row. */
  reviewedValues?: Record<string, unknown>;
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
  /** The current reviews of these nominees (those that have one), in no particular order. */
  nomineeReviewsOf(campaignId: string, nomineeIds: string[]): Promise<NomineeReview[]>;
  saveNomineeReview(campaignId: string, review: NomineeReview): Promise<void>;
  /** Several reviews and their log entries, in write batches (reviewNominees). */
  saveNomineeReviews(
    campaignId: string,
    items: Array<{ review: NomineeReview; log: ReviewLogEntry }>,
  ): Promise<void>;
  /**
   * recordDecision: each item's review, log entry and award-history record (awardHistory/{id}, set by its
   * content-derived id) written together in one batch, so a crash leaves an entry either before or after.
   */
  saveAwardDecisions(campaignId: string, items: AwardDecisionWrite[]): Promise<void>;
  /** Append-only audit trail of every decision. */
  log(campaignId: string, entry: ReviewLogEntry): Promise<void>;
  /** The audit trail, by time. */
  listLog(campaignId: string): Promise<ReviewLogEntry[]>;
}

/** One entry of a recorded decision: its awarded review, the log entry and the award-history record (if keyed). */
export interface AwardDecisionWrite {
  review: NomineeReview;
  log: ReviewLogEntry;
  award: AwardHistoryRecord | null;
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

// ---------------------------------------------------------------------------------------------------------------
// Council vote (voteRound, castBallot): rounds and secret ballots (docs/data-model.md "Council vote")
// ---------------------------------------------------------------------------------------------------------------

/** A voting round: the nominees as the council sees them (snapshot at opening), its state and, once closed, its result. */
export interface VoteRound {
  campaignId: string;
  /** 1, 2, … per campaign. */
  round: number;
  title: string;
  state: 'open' | 'closed';
  nominees: RoundNominee[];
  /** The master version the nominees were taken from. */
  masterVersion: number;
  openedBy: string;
  openedAt: string;
  closesAt?: string;
  closedBy?: string;
  closedAt?: string;
  result?: RoundResult;
  /** Ballot versions the result counted, by member email (never the votes). */
  counted?: Record<string, number>;
}

/** One member's ballot in one round: set() whole on every change, never read by anyone but its caster and the tally. */
export interface Ballot {
  round: number;
  email: string;
  votes: BallotVote[];
  version: number;
  castAt: string;
}

export interface VoteRepository {
  /** create() of round `round.round`: false when that number is taken. */
  createRound(round: VoteRound): Promise<boolean>;
  getRound(campaignId: string, round: number): Promise<VoteRound | null>;
  /** Every round of the campaign, ascending by number. */
  listRounds(campaignId: string): Promise<VoteRound[]>;
  /** set() of the whole round (close). */
  saveRound(round: VoteRound): Promise<void>;
  getBallot(campaignId: string, round: number, email: string): Promise<Ballot | null>;
  /** set() of the member's ballot (replaces the earlier one). */
  saveBallot(campaignId: string, ballot: Ballot): Promise<void>;
  /** Every ballot of the round (the tally only). */
  listBallots(campaignId: string, round: number): Promise<Ballot[]>;
}

/** Public comments on a campaign's notice (publicNotice; listed by noticeComments). */
export interface NoticeCommentRepository {
  /** create() of the comment by its commentId; a second add of the same id keeps the first. */
  addComment(comment: NoticeComment): Promise<void>;
  /** How many comments one client (its salted hash) sent to the campaign on `day` (the daily cap). */
  countComments(campaignId: string, clientHash: string, day: string): Promise<number>;
  /** Every comment of the campaign, newest first. */
  listComments(campaignId: string): Promise<NoticeComment[]>;
}
