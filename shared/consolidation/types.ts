// Data types of the consolidation core: what buildMaster takes (the latest committed submission of every unit plus
// the board's prior decisions) and the master version it produces (entries with provenance, duplicate groups,
// changes since the previous version, statistics). Every output type is plain JSON data: it is stored in Firestore
// and sent over HTTP, so no Date, Map, class instance or undefined value appears in it.

import type { Issue, NominationKind, Severity } from '../grid/types';
import type { CollectiveNomination, IndividualNomination } from '../schema/nomination';
import type { Provenance } from './provenance';
import type { StructureCounts, StructureOptions, StructureSetting } from './structure';

// ---------------------------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------------------------

/** The nomination fields consolidation reads: the schema's own types (shared/schema/nomination.ts), all optional. */
export type NomineeFields = Pick<
  Partial<IndividualNomination> & Partial<CollectiveNomination>,
  NomineeFieldKey
>;

export type NomineeFieldKey = (typeof NOMINEE_FIELD_KEYS)[number];

/** Which schema fields consolidation carries into master entries (one list; the types follow from it). */
export const NOMINEE_FIELD_KEYS = [
  'fullName',
  'collectiveName',
  'gender',
  'birthDate',
  'birthYear',
  'ethnicity',
  'cccd',
  'phone',
  'email',
  'position',
  'workplace',
  'education',
  'politicalTheory',
  'partyMember',
  'unionMember',
  'directLabourer',
  'socialComposition',
  'sector',
  'delegate',
  'honoured',
  'award',
  'movement',
  'achievements',
  'taskRating',
  'dossier',
  'notes',
] as const;

/** One nomination row of a committed submission (a NominationRow from validateGrid plus its issues). */
export interface SubmissionRow {
  /** Sheet row (1-based) in the unit's sheet. */
  sheetRow: number;
  kind: NominationKind;
  /** False when the row has errors: such rows are not put in the master list (their issues stay with the unit). */
  valid: boolean;
  data: NomineeFields;
  /** Issues validateGrid reported for this row (warnings travel into the master entry). */
  issues?: Issue[];
  /**
   * The submission version this row was committed in, when it differs from the UnitSubmission's (a unit's
   * individual and collective lists are separate versions); defaults to UnitSubmission.version.
   */
  submissionVersion?: number;
  /** ISO timestamp of that version's commit; defaults to UnitSubmission.submittedAt. */
  submittedAt?: string;
}

/** The latest committed submission of one unit (its latest version of each kind, rows of both). */
export interface UnitSubmission {
  unitId: string;
  unitName?: string;
  /** Unit kind (sở/ban/ngành, xã/phường, doanh nghiệp…), free code. */
  unitKind?: string;
  /** Submission version number (1, 2, …) of this unit: the newest one taken. */
  version: number;
  /** ISO timestamp of the newest commit taken. */
  submittedAt: string;
  rows: SubmissionRow[];
}

export type DuplicateDecisionValue = 'same' | 'different';

/**
 * A board decision on a duplicate group, keyed by stable member keys (EntrySource.memberKey), never by row
 * positions, so it still applies after units edit or reorder rows. 'same' merges all listed members into one
 * nominee; 'different' keeps every listed member apart from every other listed member.
 */
export interface DuplicateDecision {
  memberKeys: string[];
  decision: DuplicateDecisionValue;
  decidedBy?: string;
  decidedAt?: string;
  note?: string;
}

/** Review states of a master entry. */
export type ReviewState = 'pending' | 'approved' | 'rejected' | 'needsInfo';

/** A board review of a nominee, keyed by the stable nomineeId. */
export interface ReviewDecision {
  nomineeId: string;
  state: ReviewState;
  note?: string;
  /** Award code the board decided to propose (may differ from the units' proposals). */
  awardDecision?: string;
  decidedBy?: string;
  decidedAt?: string;
}

/** Eligibility result of one nominee (computed by shared/eligibility, passed in precomputed or by a callback). */
export interface EligibilityResult {
  /** true: meets the award's criteria; false: fails one; null: not enough data to decide. */
  eligible: boolean | null;
  /** Award code the result was computed for. */
  award?: string;
  reasons: Array<{ code: string; message: string }>;
}

/** Computes the eligibility of one row; consolidation calls it for the row that represents each entry. */
export type EligibilityFn = (row: SubmissionRow, submission: UnitSubmission) => EligibilityResult | undefined;

/** Per-unit quotas: a total number of nominations and/or a limit per award code. */
export interface UnitQuota {
  total?: number;
  byAward?: Record<string, number>;
  /** Delegate seats (entries with delegate = true); see structure.ts. */
  seats?: number;
}

export interface StatsOptions {
  /** YYYY-MM-DD; ages are computed at this date. */
  referenceDate: string;
  /** Base salary (lương cơ sở) in VND used for the budget estimate. */
  baseSalary?: number;
  /** Reward coefficient per award code (× base salary). */
  coefficients?: Record<string, number>;
  /** Quota per unitId. */
  quotas?: Record<string, UnitQuota>;
  /** Structure targets, youth age and seat quotas (structure.ts); counts are made without them too. */
  structure?: StructureOptions;
}

export interface BuildMasterInput {
  campaignId: string;
  /** Version number of the master version being built. */
  version: number;
  /** ISO timestamp, supplied by the caller (the core reads no clock). */
  createdAt: string;
  submissions: UnitSubmission[];
  duplicateDecisions?: DuplicateDecision[];
  reviews?: ReviewDecision[];
  /** Precomputed eligibility per rowId, or a callback. */
  eligibility?: Record<string, EligibilityResult> | EligibilityFn;
  /** The previous master version, for the ChangeSet. */
  previous?: MasterVersion;
  stats?: StatsOptions;
  /** Probable duplicates scoring at least this are merged without a board decision; default 0.75. */
  autoMergeScore?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------------

/** Where a master entry comes from: one row of one unit's committed submission. */
export interface EntrySource {
  unitId: string;
  unitName?: string;
  unitKind?: string;
  kind: NominationKind;
  sheetRow: number;
  submissionVersion: number;
  submittedAt: string;
  /** `${unitId}:${kind}:${sheetRow}`: unique within a master version, changes when rows move. */
  rowId: string;
  /** `${unitId}|${identityKey}`: stable across re-submissions while the person's data stays the same. */
  memberKey: string;
  /** The award this unit proposed in this row. */
  award?: string;
  /** Set when the row was sent up from a child campaign or carried forward from an earlier phase. */
  provenance?: Provenance;
}

/** An issue attached to a master entry: a row issue from a unit's sheet, or a consolidation issue. */
export interface EntryIssue {
  code: string;
  severity: Severity;
  /** Vietnamese, NFC. */
  message: string;
  field: string;
  /** Set for row issues: which unit's sheet, which row and column. */
  unitId?: string;
  row?: number;
  column?: number;
}

/** One nominee (person or collective) of the master list, possibly nominated by several units. */
/** A nominee of the master list: the nomination fields of its representative row, its sources and its review. */
export interface MasterEntry extends Omit<NomineeFields, 'notes'> {
  /** Stable id: the same person gets the same id across re-runs. */
  nomineeId: string;
  kind: NominationKind;
  /** fullName for individuals, collectiveName for collectives. */
  displayName: string;
  /** All distinct awards proposed for this nominee, in source order (more than one raises CONS_MULTIPLE_AWARDS). */
  proposedAwards: string[];
  /** Sorted by unitId, then sheetRow. The first one is the representative row. */
  sources: EntrySource[];
  issues: EntryIssue[];
  eligibility?: EligibilityResult;
  reviewState: ReviewState;
  reviewNote?: string;
  awardDecision?: string;
  /** Duplicate groups this entry came from or still takes part in (probable groups not yet decided). */
  duplicateGroupIds: string[];
  /**
   * 'invalid' ("chưa hợp lệ"): built from rows with errors only. Such entries are listed apart
   * (MasterVersion.invalidEntries), compared for duplicates, and left out of totals and statistics. Absent: valid.
   */
  validity?: 'invalid';
}

/** A reason why two or more rows are thought to be the same nominee. */
export interface DuplicateReason {
  code: DuplicateReasonCode;
  /** Vietnamese, NFC. */
  message: string;
}

export type DuplicateReasonCode =
  | 'DUP_SAME_CCCD'
  | 'DUP_SAME_NAME_BIRTH_WORKPLACE'
  | 'DUP_SAME_NAME_BIRTH_YEAR'
  | 'DUP_NAME_ACCENTS'
  | 'DUP_NAME_TYPO'
  | 'DUP_NAME_SWAPPED'
  | 'DUP_SAME_COLLECTIVE'
  | 'DUP_COLLECTIVE_NAME';

export interface DuplicateGroup {
  /** Stable: derived from the smallest member key. */
  groupId: string;
  /** exact: merged automatically; probable: merged too, unless the board decided 'different'. */
  kind: 'exact' | 'probable';
  /** 0..1; 1 for exact matches. */
  score: number;
  reasons: DuplicateReason[];
  memberRowIds: string[];
  /** Stable member keys, for recording a DuplicateDecision. */
  memberKeys: string[];
  /** The nominee(s) the members ended up in (one unless the board decided 'different'). */
  nomineeIds: string[];
  decision?: DuplicateDecisionValue;
}

export type ChangeValue = string | number | boolean | null | string[];

export interface FieldChange {
  field: string;
  before: ChangeValue;
  after: ChangeValue;
}

export interface ChangedEntry {
  nomineeId: string;
  displayName: string;
  fields: FieldChange[];
}

/** What changed between two master versions. */
export interface ChangeSet {
  /** nomineeIds new in this version. */
  added: string[];
  /** nomineeIds no longer present. */
  removed: string[];
  changed: ChangedEntry[];
  /** groupIds of duplicate groups not present in the previous version. */
  newDuplicateGroups: string[];
}

export type AgeBand = 'under30' | '30to39' | '40to49' | '50to59' | '60plus' | 'unknown';

/** Counts for one scope (the whole campaign, or one unit). */
export interface StatsCounts {
  entries: number;
  individuals: number;
  collectives: number;
  byAward: Record<string, number>;
  women: number;
  /** Ethnicity known and not '01' (Kinh). */
  ethnicMinority: number;
  /** Ethnicity '99' or missing. */
  ethnicityUnknown: number;
  directLabourers: number;
  partyMembers: number;
  /** Entries the board rejected (left out of every other count). */
  rejected: number;
  delegates: number;
  honoured: number;
  bySocialComposition: Record<string, number>;
  bySector: Record<string, number>;
  byAgeBand: Record<AgeBand, number>;
  /** Sum of reward coefficients of the counted entries' awards. */
  coefficientSum: number;
  /** coefficientSum × base salary (VND), 0 when no base salary is given. */
  budget: number;
  /** Structure of the population (structure.ts); absent in versions stored before it. */
  structure?: StructureCounts;
}

export interface QuotaUse {
  limit?: number;
  used: number;
  over: boolean;
  byAward: Array<{ award: string; limit: number; used: number; over: boolean }>;
}

export interface UnitStats extends StatsCounts {
  unitId: string;
  unitName?: string;
  quota?: QuotaUse;
}

export interface CampaignStats {
  referenceDate: string;
  baseSalary: number;
  /** Each nominee counted once. */
  campaign: StatsCounts;
  /** A nominee nominated by two units counts in both units. */
  units: UnitStats[];
  /** unitIds over their quota (total or any award). */
  overQuotaUnits: string[];
  /** Award codes with no coefficient (left out of the budget). */
  awardsWithoutCoefficient: string[];
  /** How the structure was counted and its targets (structure.ts); absent in versions stored before it. */
  structure?: StructureSetting;
}

export interface MasterTotals {
  entries: number;
  individuals: number;
  collectives: number;
  /** Source rows taken in (valid rows of all units). */
  sourceRows: number;
  /** Rows with errors (taken into invalidEntries, or into a valid entry they duplicate: not counted as sources). */
  invalidRows: number;
  /** Entries in state "chưa hợp lệ" (rows with errors only), not counted in `entries`. */
  invalidEntries?: number;
  units: number;
  duplicateGroups: number;
  exactGroups: number;
  probableGroups: number;
  /** Probable groups without a board decision. */
  undecidedGroups: number;
  /** Entries with more than one source. */
  multiSourceEntries: number;
  /** Entries proposed for more than one award. */
  multipleAwardEntries: number;
}

/** One consolidated master list version of a campaign. */
export interface MasterVersion {
  campaignId: string;
  version: number;
  createdAt: string;
  /** Sorted by kind (individual first), then displayName key, then nomineeId. */
  entries: MasterEntry[];
  /** Entries "chưa hợp lệ" (validity 'invalid'): rows with errors, compared for duplicates, same order. */
  invalidEntries?: MasterEntry[];
  duplicates: DuplicateGroup[];
  changes: ChangeSet;
  stats: CampaignStats;
  totals: MasterTotals;
  /** Submission version used per unitId. */
  unitVersions: Record<string, number>;
}

/** A chunk of master entries to be written as one document. */
export interface MasterChunk {
  /** Stable: `${kind}-${firstSourceUnitId}-${n}`. */
  chunkId: string;
  unitId: string;
  kind: NominationKind;
  /** Content hash of the entries (16 hex digits). */
  hash: string;
  entries: MasterEntry[];
}

/** A group of suspected duplicates found by findDuplicates (row indices of its input). */
export interface FoundGroup {
  /** Row indices, ascending. */
  members: number[];
  exact: boolean;
  score: number;
  reasons: DuplicateReasonCode[];
  decision?: DuplicateDecisionValue;
}
