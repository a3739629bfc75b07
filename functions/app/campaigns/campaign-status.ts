// campaignStatus: each unit's state derived from its committed versions (never from a manual "done" click),
// with totals and the on-time rate. A unit submits its individual and its collective list separately: its state
// is the worst of the two kinds' latest lists, with a per-kind breakdown (see latest-by-kind.ts). The board sees
// every unit; a unit user only the units they edit. With the master store and the board's reviews, a unit is
// "reviewed" once every entry of its latest lists in the current master version has a final review, and
// nominees returned for completion are listed with the note. With the master store, the delegate structure of the
// current master version against the campaign's targets (structure-status.ts).

import {
  type CampaignStatusRequest,
  type CampaignStatusResponse,
  type ListStatus,
  listsOnTime,
  onTimeRate,
  type UnitStatus,
  type UnitStatusValue,
} from '../../../shared/api/campaign-status';
import { addDossierCounts, emptyDossierCounts } from '../../../shared/checks/dossier-checklist';
import type {
  AccessLog,
  CampaignRepository,
  Clock,
  CommitRecord,
  MasterRepository,
  Principal,
  ReviewRepository,
  SubmissionRepository,
  UnitLock,
  UnitLockRepository,
  UnitRecord,
} from '../ports';
import { reviewViews, tookLatestLists, type UnitReviewView } from '../review/review-status';
import { type LatestByKind, latestByKind, latestLists, newestOf } from '../submissions/latest-by-kind';
import { canActFor, requireUnit } from './access';
import { daysToDeadline } from './deadline';
import { campaignEvaluationYear } from './evaluation-year';
import { loadCampaignRules } from './load-target';
import { structureStatus } from './structure-status';

type UnitLists = NonNullable<UnitStatus['lists']>;

export interface StatusDeps {
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  accessLog: AccessLog;
  clock: Clock;
  masters?: MasterRepository;
  reviews?: ReviewRepository;
  /** The board's locks (lockUnit); without it no unit shows a lock. */
  locks?: UnitLockRepository;
}

export async function campaignStatus(
  request: CampaignStatusRequest,
  principal: Principal,
  deps: StatusDeps & { requestId: string },
): Promise<CampaignStatusResponse> {
  if (request.unitId !== undefined) requireUnit(principal, request.unitId);
  const { campaign, rules } = await loadCampaignRules(deps.campaigns, request.campaignId);
  const units = visibleUnits(await deps.campaigns.listUnits(campaign.id), principal, request.unitId);
  await recordRead(request, principal, deps);
  const deadline = Date.parse(campaign.deadline);
  const head = deps.masters ? deps.masters.latest(campaign.id) : Promise.resolve(null);
  const [reviewOf, locks, structure] = await Promise.all([
    reviewViews(deps, campaign.id, head),
    locksOf(deps, campaign.id),
    structureStatus(head, units),
  ]);
  const statuses = await Promise.all(
    units.map(async (unit) => ({
      ...unitStatus(
        unit,
        await deps.submissions.unit(campaign.id, unit.id).listCommits(),
        deadline,
        reviewOf(unit.id),
      ),
      lock: locks.get(unit.id) ?? null,
    })),
  );
  const now = deps.clock.now();
  const { id, title, timeZone, open } = campaign;
  const evaluationYear = campaignEvaluationYear(campaign);
  const base = { campaignId: id, title, deadline: campaign.deadline, timeZone, evaluationYear, open };
  return {
    ...base,
    daysToDeadline: daysToDeadline(campaign, now),
    units: statuses,
    totals: totals(statuses),
    rules,
    ...(structure === undefined ? {} : { structure }),
  };
}

async function locksOf(deps: StatusDeps, campaignId: string): Promise<Map<string, UnitLock>> {
  const locks = deps.locks ? await deps.locks.listLocks(campaignId) : [];
  return new Map(locks.map((lock) => [lock.unitId, lock]));
}

function visibleUnits(units: UnitRecord[], principal: Principal, unitId: string | undefined): UnitRecord[] {
  return units
    .filter((unit) => unit.status === 'current')
    .filter((unit) => (unitId === undefined ? canActFor(principal, unit.id) : unit.id === unitId))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

async function recordRead(
  request: CampaignStatusRequest,
  principal: Principal,
  deps: StatusDeps & { requestId: string },
) {
  await deps.accessLog.record({
    at: deps.clock.now().toISOString(),
    actor: principal.email,
    action: 'campaignStatus',
    campaignId: request.campaignId,
    ...(request.unitId === undefined ? {} : { unitId: request.unitId }),
    requestId: deps.requestId,
  });
}

export function unitStatus(
  unit: UnitRecord,
  commits: CommitRecord[],
  deadline: number,
  review?: UnitReviewView,
): UnitStatus {
  const latest = latestByKind(commits);
  const newest = newestOf(latest);
  const { submissionVersion: _v, consolidatedRows: _r, ...reviewFields } = review ?? {};
  return {
    unitId: unit.id,
    name: unit.name,
    kind: unit.kind,
    status: statusOf(latest, review),
    latestVersion: newest?.version ?? null,
    submittedAt: newest?.submittedAt ?? null,
    versions: commits.length,
    ...summedCounts(latestLists(latest)),
    onTime: newest
      ? listsOnTime(
          latestLists(latest).map((c) => c.submittedAt),
          deadline,
        )
      : null,
    lists: listsOf(latest, commits, deadline),
    ...reviewFields,
    ...dossierOf(latestLists(latest)),
  };
}

/** The dossier counts of the lists that track them, summed; nothing when no list does. */
function dossierOf(lists: CommitRecord[]): Pick<UnitStatus, 'dossier'> {
  const tracked = lists.flatMap((c) => (c.dossier === undefined ? [] : [c.dossier]));
  if (tracked.length === 0) return {};
  return { dossier: tracked.reduce(addDossierCounts, emptyDossierCounts()) };
}

function onTime(commit: CommitRecord, deadline: number): boolean {
  return listsOnTime([commit.submittedAt], deadline);
}

type Counts = Pick<UnitStatus, 'rows' | 'validRows' | 'errorRows' | 'errors' | 'warnings'>;

function summedCounts(lists: CommitRecord[]): Counts {
  const sum = (pick: (c: CommitRecord) => number) => lists.reduce((n, c) => n + pick(c), 0);
  return {
    rows: sum((c) => c.summary.rows),
    validRows: sum((c) => c.summary.validRows),
    errorRows: sum((c) => c.summary.errorRows),
    errors: sum((c) => c.summary.errors),
    warnings: sum((c) => c.summary.warnings),
  };
}

function listsOf(latest: LatestByKind, commits: CommitRecord[], deadline: number): UnitLists {
  const lists: UnitLists = {};
  for (const commit of latestLists(latest)) {
    const versions = commits.filter((c) => c.kind === commit.kind).length;
    lists[commit.kind] = listStatus(commit, versions, deadline);
  }
  return lists;
}

function listStatus(commit: CommitRecord, versions: number, deadline: number): ListStatus {
  const { rows, validRows, errorRows, errors, warnings } = commit.summary;
  return {
    version: commit.version,
    submittedAt: commit.submittedAt,
    status: listState(commit),
    versions,
    rows,
    validRows,
    errorRows,
    errors,
    warnings,
    onTime: onTime(commit, deadline),
    ...(commit.dossier === undefined ? {} : { dossier: commit.dossier }),
  };
}

function listState(commit: CommitRecord): ListStatus['status'] {
  return commit.status === 'clean' ? 'clean' : 'with_errors';
}

/** The worst of the kinds' latest lists; reviewed once the board reviewed both lists as consolidated. */
function statusOf(latest: LatestByKind, review: UnitReviewView | undefined): UnitStatusValue {
  const lists = latestLists(latest);
  if (lists.length === 0) return 'not_submitted';
  if (review && isReviewed(latest, review)) return 'reviewed';
  return lists.every((c) => listState(c) === 'clean') ? 'clean' : 'with_errors';
}

/** Every entry of the unit's latest lists (as consolidated) has a final review, and none is returned. */
function isReviewed(latest: LatestByKind, review: UnitReviewView): boolean {
  return (
    tookLatestLists(latest, review) &&
    review.masterEntries > 0 &&
    review.reviewedEntries === review.masterEntries &&
    review.returned.length === 0
  );
}

export function totals(units: UnitStatus[]): CampaignStatusResponse['totals'] {
  const count = (value: UnitStatusValue) => units.filter((unit) => unit.status === value).length;
  const onTime = units.filter((unit) => unit.onTime === true).length;
  return {
    units: units.length,
    notSubmitted: count('not_submitted'),
    withErrors: count('with_errors'),
    clean: count('clean'),
    reviewed: count('reviewed'),
    locked: units.filter((unit) => unit.lock?.locked === true).length,
    onTime,
    onTimeRate: onTimeRate(onTime, units.length),
  };
}
