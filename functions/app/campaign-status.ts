// campaignStatus: each unit's state derived from its committed versions (never from a manual "done" click),
// with totals and the on-time rate. The board sees every unit; a unit user only the units they edit. With the
// master store and the board's reviews, a unit is "reviewed" once every entry of its latest version in the
// current master version has a final review, and nominees returned for completion are listed with the note.
import type {
  CampaignStatusRequest,
  CampaignStatusResponse,
  UnitStatus,
  UnitStatusValue,
} from '../../shared/api/campaign-status';
import { canActFor, requireUnit } from './access';
import { daysToDeadline } from './deadline';
import { loadCampaign } from './load-target';
import type {
  AccessLog,
  CampaignRepository,
  Clock,
  CommitRecord,
  MasterRepository,
  Principal,
  ReviewRepository,
  SubmissionRepository,
  UnitRecord,
} from './ports';
import { reviewViews, type UnitReviewView } from './review-status';

export interface StatusDeps {
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  accessLog: AccessLog;
  clock: Clock;
  masters?: MasterRepository;
  reviews?: ReviewRepository;
}

export async function campaignStatus(
  request: CampaignStatusRequest,
  principal: Principal,
  deps: StatusDeps & { requestId: string },
): Promise<CampaignStatusResponse> {
  if (request.unitId !== undefined) requireUnit(principal, request.unitId);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const units = visibleUnits(await deps.campaigns.listUnits(campaign.id), principal, request.unitId);
  await recordRead(request, principal, deps);
  const deadline = Date.parse(campaign.deadline);
  const reviewOf = await reviewViews(deps, campaign.id);
  const statuses = await Promise.all(
    units.map(async (unit) =>
      unitStatus(unit, await deps.submissions.listCommits(campaign.id, unit.id), deadline, reviewOf(unit.id)),
    ),
  );
  const now = deps.clock.now();
  const { id, title, timeZone, open } = campaign;
  const base = { campaignId: id, title, deadline: campaign.deadline, timeZone, open };
  return {
    ...base,
    daysToDeadline: daysToDeadline(campaign, now),
    units: statuses,
    totals: totals(statuses),
  };
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
  const latest = commits.at(-1);
  const first = commits[0];
  const counts = latest?.summary ?? { rows: 0, validRows: 0, errorRows: 0, errors: 0, warnings: 0 };
  const { submissionVersion: _v, ...reviewFields } = review ?? {};
  return {
    unitId: unit.id,
    name: unit.name,
    kind: unit.kind,
    status: statusOf(latest, review),
    latestVersion: latest?.version ?? null,
    submittedAt: latest?.submittedAt ?? null,
    versions: commits.length,
    ...counts,
    onTime: first ? Date.parse(first.submittedAt) <= deadline : null,
    ...reviewFields,
  };
}

function statusOf(latest: CommitRecord | undefined, review: UnitReviewView | undefined): UnitStatusValue {
  if (!latest) return 'not_submitted';
  if (review && isReviewed(latest, review)) return 'reviewed';
  return latest.status === 'clean' ? 'clean' : 'with_errors';
}

/** Every entry of the unit's latest version (as consolidated) has a final review, and none is returned. */
function isReviewed(latest: CommitRecord, review: UnitReviewView): boolean {
  return (
    review.submissionVersion === latest.version &&
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
    onTime,
    onTimeRate: units.length === 0 ? 0 : onTime / units.length,
  };
}
