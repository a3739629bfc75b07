// What a consolidation is built from: the latest committed list of each kind of every current unit, the board's
// decisions and reviews, the award history of the nominees, and the campaign's statistics options. The input
// hash covers all of it: equal hashes mean the current master version is still right.
import { submissionContentHash } from '../../../shared/consolidation/chunks';
import { contentHash } from '../../../shared/consolidation/hash';
import { STRUCTURE_KEYS, type StructureTargetShares } from '../../../shared/consolidation/structure';
import type {
  NomineeFields,
  StatsOptions,
  SubmissionRow,
  UnitQuota,
  UnitSubmission,
} from '../../../shared/consolidation/types';
import { localDate } from '../../../shared/text/dates';
import { AWARDS } from '../../../shared/vocab/awards';
import { campaignEvaluationYear } from '../campaigns/evaluation-year';
import type {
  AwardHistoryRecord,
  CampaignRecord,
  CommitRecord,
  NomineeReview,
  StoredDuplicateDecision,
  StoredRow,
  SubmissionRepository,
  UnitRecord,
} from '../ports';
import { entryReview } from '../review/review-states';
import { latestByKind, latestLists, newestOf } from '../submissions/latest-by-kind';
import { nomineeKeysOf } from './award-history-keys';

/** Lương cơ sở from 1/7/2024 (NĐ 73/2024/NĐ-CP), VND; override with ConsolidateDeps.baseSalary. */
export const DEFAULT_BASE_SALARY = 2_340_000;

/**
 * Bumped when the way a master is built changes, so old input hashes no longer match. 2: both kinds' latest lists
 * (masters built by 1 took only the unit's newest version, whatever its kind, and must be rebuilt). 3: rows with
 * errors are taken in as entries "chưa hợp lệ" and compared for duplicates (2 left them out).
 */
const ALGORITHM = 'consolidate-3';

export interface ConsolidationInputs {
  units: UnitRecord[];
  submissions: UnitSubmission[];
  decisions: StoredDuplicateDecision[];
  reviews: NomineeReview[];
  history: AwardHistoryRecord[];
  stats: StatsOptions;
}

export function currentUnits(units: UnitRecord[]): UnitRecord[] {
  return units.filter((u) => u.status === 'current').sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The unit's latest committed list of each kind as one UnitSubmission (rows of both; each row keeps the version and
 * commit time of its own list), or null when it has not submitted. `version`/`submittedAt` are the newest taken.
 */
export async function latestSubmission(
  submissions: SubmissionRepository,
  campaignId: string,
  unit: UnitRecord,
): Promise<UnitSubmission | null> {
  const stored = submissions.unit(campaignId, unit.id);
  const latest = latestByKind(await stored.listCommits());
  const newest = newestOf(latest);
  if (!newest) return null;
  const lists = latestLists(latest);
  const rows = await Promise.all(lists.map((c) => stored.readRows(c.versionId)));
  return {
    unitId: unit.id,
    unitName: unit.name,
    unitKind: unit.kind,
    version: newest.version,
    submittedAt: newest.submittedAt,
    rows: lists.flatMap((commit, i) => (rows[i] ?? []).map((row) => submissionRow(row, commit))),
  };
}

function submissionRow(row: StoredRow, commit: CommitRecord): SubmissionRow {
  return {
    sheetRow: row.sheetRow,
    kind: commit.kind,
    valid: row.valid,
    data: row.data as NomineeFields,
    issues: row.issues,
    submissionVersion: commit.version,
    submittedAt: commit.submittedAt,
  };
}

/** Keys to look the nominees up in the award history (valid rows only). */
export function historyKeys(submissions: UnitSubmission[]): string[] {
  const keys = new Set<string>();
  for (const s of submissions)
    for (const row of s.rows) if (row.valid) for (const k of nomineeKeysOf(row.data)) keys.add(k);
  return [...keys].sort();
}

export function statsOptions(campaign: CampaignRecord, baseSalary: number): StatsOptions {
  const coefficients: Record<string, number> = {};
  for (const award of AWARDS)
    if (award.coefficient !== undefined) coefficients[award.code] = award.coefficient;
  return {
    referenceDate: deadlineDate(campaign),
    baseSalary,
    coefficients,
    quotas: quotasOf(campaign),
    structure: structureOf(campaign),
  };
}

/** Structure targets and youth age of the campaign; ages are taken in its evaluation year. */
function structureOf(campaign: CampaignRecord): NonNullable<StatsOptions['structure']> {
  const config = campaign.structureTargets ?? {};
  const targets: StructureTargetShares = {};
  for (const key of STRUCTURE_KEYS) {
    const target = config[key];
    if (target)
      targets[key] = target.max === undefined ? { min: target.min } : { min: target.min, max: target.max };
  }
  const { youthMaxAge } = config;
  return {
    targets,
    referenceYear: campaignEvaluationYear(campaign),
    ...(youthMaxAge === undefined ? {} : { youthMaxAge }),
  };
}

/** The deadline's calendar date in the campaign's time zone: ages and the evaluation year are taken there. */
export function deadlineDate(campaign: CampaignRecord): string {
  return localDate(new Date(campaign.deadline), campaign.timeZone);
}

function quotasOf(campaign: CampaignRecord): Record<string, UnitQuota> {
  const out: Record<string, UnitQuota> = {};
  for (const [unitId, quota] of Object.entries(campaign.quotas)) {
    out[unitId] = {
      ...(quota.total === undefined ? {} : { total: quota.total }),
      ...(quota.byAward === undefined ? {} : { byAward: quota.byAward }),
      ...(quota.seats === undefined ? {} : { seats: quota.seats }),
    };
  }
  return out;
}

export function inputHash(campaign: CampaignRecord, inputs: ConsolidationInputs): string {
  return contentHash({
    algorithm: ALGORITHM,
    rules: campaign.rules,
    stats: inputs.stats,
    units: inputs.submissions.map((s) => [s.unitId, s.version, submissionContentHash(s), s.unitKind ?? null]),
    decisions: inputs.decisions.map((d) => [d.decisionId, d.decision]),
    reviews: inputs.reviews.map((r) => [r.nomineeId, entryReview(r), r.awardCode ?? null]),
    history: inputs.history.map((h) => h.id),
  });
}
