// unitSubmissions: the board (any unit) or a unit's editor (its own units) reads what the unit sent: its committed
// versions with their counts, and one version's stored rows (cells as sent, data, issues), paged. Nothing is
// recomputed: the rows and issues are those stored when the version was submitted. Every read is access-logged.
import type {
  UnitSubmissionsBody,
  UnitSubmissionsResponse,
  UnitVersion,
} from '../../../shared/api/unit-submissions';
import { requireUnit } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { AppError } from '../errors';
import type {
  AccessLog,
  CampaignRepository,
  Clock,
  CommitRecord,
  Principal,
  StoredRow,
  SubmissionRepository,
} from '../ports';
import { latestByKind } from './latest-by-kind';

export interface UnitSubmissionsDeps {
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  accessLog: AccessLog;
  clock: Clock;
  requestId: string;
}

type RowsPage = NonNullable<UnitSubmissionsResponse['rows']>;

export async function unitSubmissions(
  request: UnitSubmissionsBody,
  principal: Principal,
  deps: UnitSubmissionsDeps,
): Promise<UnitSubmissionsResponse> {
  requireUnit(principal, request.unitId);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const unit = await deps.campaigns.getUnit(campaign.id, request.unitId);
  if (!unit) throw new AppError('UNIT_NOT_IN_CAMPAIGN');
  const commits = await deps.submissions.unit(campaign.id, unit.id).listCommits();
  const versions = versionsOf(commits);
  const base = { campaignId: campaign.id, unitId: unit.id, unitName: unit.name, versions };
  if (request.version === undefined) {
    await record(deps, principal, request, `versions (${versions.length})`);
    return base;
  }
  const rows = await rowsOf(deps.submissions, request, commits, versions);
  const { offset, size, total } = rows.page;
  await record(deps, principal, request, `v${request.version} rows ${offset}-${offset + size} of ${total}`);
  return { ...base, rows };
}

export function versionsOf(commits: readonly CommitRecord[]): UnitVersion[] {
  const latest = latestByKind(commits);
  return [...commits]
    .sort((a, b) => a.version - b.version)
    .map((c) => ({
      versionId: c.versionId,
      version: c.version,
      kind: c.kind,
      submittedAt: c.submittedAt,
      late: c.late,
      status: c.status === 'clean' ? 'clean' : 'with_errors',
      counts: c.summary,
      latest: latest[c.kind]?.versionId === c.versionId,
    }));
}

async function rowsOf(
  submissions: SubmissionRepository,
  request: UnitSubmissionsBody,
  commits: readonly CommitRecord[],
  versions: readonly UnitVersion[],
): Promise<RowsPage> {
  const index = commits.findIndex((c) => c.version === request.version);
  const commit = commits[index];
  const version = versions.find((v) => v.version === request.version);
  if (!commit || !version) throw new AppError('SUBMISSION_VERSION_NOT_FOUND');
  const unit = submissions.unit(request.campaignId, request.unitId);
  const [header, stored] = await Promise.all([
    unit.getHeader(commit.versionId),
    unit.readRows(commit.versionId),
  ]);
  const filtered = stored.filter(byValidity(request.validity)).sort((a, b) => a.sheetRow - b.sheetRow);
  const items = filtered.slice(request.offset, request.offset + request.pageSize);
  const end = request.offset + items.length;
  return {
    version,
    sheetName: header?.grid.sheetName ?? null,
    header: header?.grid.header ?? [],
    sheetIssues: header?.sheetIssues ?? [],
    items,
    page: {
      offset: request.offset,
      size: items.length,
      total: filtered.length,
      nextOffset: end < filtered.length ? end : null,
    },
  };
}

function byValidity(validity: UnitSubmissionsBody['validity']): (row: StoredRow) => boolean {
  if (validity === 'all') return () => true;
  return (row) => row.valid === (validity === 'valid');
}

async function record(
  deps: UnitSubmissionsDeps,
  principal: Principal,
  request: UnitSubmissionsBody,
  detail: string,
): Promise<void> {
  await deps.accessLog.record({
    at: deps.clock.now().toISOString(),
    actor: principal.email,
    action: 'unitSubmissions',
    campaignId: request.campaignId,
    unitId: request.unitId,
    requestId: deps.requestId,
    detail,
  });
}
