// submitNominations: validate, then store a new append-only version of the unit's submission.
// Protocol (correct without transactions, on the embedded emulator and on real Firestore):
//  1. The submission key, once claimed with create(), is bound for ever to one content hash and version id.
//  2. Content identical to the unit's latest list of the same kind replays that version (the unit's other list,
//     submitted in between, does not make it new). Otherwise a version id is derived from (content hash, the
//     unit's newest committed version number, either kind), so identical concurrent submissions share one id and
//     one stored version; A → B → A again (same kind) is a new version 3. Numbers are counted per unit.
//  3. The version header is created with create(); the winner writes the row chunks, reserves the next version
//     number (create() on a sequence document, retried upwards) and writes the commit marker last.
//  4. Losers wait for the commit marker; a header left without one past `staleMs` is finished by the next caller.
import type { SubmitNominationsRequest, SubmitNominationsResponse } from '../../../shared/api/nominations';
import type { Issue } from '../../../shared/grid/types';
import { requireUnit } from '../campaigns/access';
import { acceptance } from '../campaigns/deadline';
import { loadTarget } from '../campaigns/load-target';
import { requireUnlocked } from '../campaigns/lock-unit';
import { AppError } from '../errors';
import type {
  AwardHistoryRepository,
  CampaignRecord,
  CampaignRepository,
  Clock,
  CommitNotifier,
  CommitRecord,
  GridValidator,
  KeyClaim,
  Principal,
  SubmissionRepository,
  UnitLockRepository,
  UnitSubmissions,
  VersionHeader,
} from '../ports';
import { contentHash, keyId, versionId } from './content-hash';
import { listDossierCounts } from './dossier-counts';
import { latestByKind, newestOf } from './latest-by-kind';
import { rulesOf, runValidation } from './validate-rows';
import { buildDraft, type VersionDraft } from './version-draft';

export interface SubmitDeps {
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  validate: GridValidator;
  clock: Clock;
  /** What follows a committed (or replayed) version: the unit's receipt. Absent: nothing follows. */
  notifier?: CommitNotifier;
  /** Prior awards of the nominees, passed to validation (see award-history.ts). */
  awardHistory?: AwardHistoryRepository;
  /** The board's locks (lock-unit.ts): a locked unit's submissions are refused UNIT_LOCKED. */
  locks?: UnitLockRepository;
  /** How long a request waits for a concurrent identical one to commit (default 10 s). */
  waitMs?: number;
  /** After this long without a commit marker a version header is taken over (default 30 s). */
  staleMs?: number;
  pollMs?: number;
}

interface Context {
  deps: SubmitDeps;
  draft: VersionDraft;
  campaign: CampaignRecord;
  keyId: string;
}

const MAX_ATTEMPTS = 5;

/**
 * Stores the version, then tells the notifier (the receipt mail; a replay goes the same way, so a receipt lost to a
 * crash between commit and mail is sent on the unit's retry). The notifier never fails the submission.
 */
export async function submitNominations(
  request: SubmitNominationsRequest,
  principal: Principal,
  deps: SubmitDeps,
): Promise<SubmitNominationsResponse> {
  const result = await storeVersion(request, principal, deps);
  await deps.notifier?.submitted({ request, result });
  return result;
}

async function storeVersion(
  request: SubmitNominationsRequest,
  principal: Principal,
  deps: SubmitDeps,
): Promise<SubmitNominationsResponse> {
  requireUnit(principal, request.unitId);
  const { campaign } = await loadTarget(deps.campaigns, request.campaignId, request.unitId);
  await requireUnlocked(deps.locks, request.campaignId, request.unitId);
  const meta = { contentHash: contentHash(request.kind, request.grid), submittedBy: principal.email };
  const draft = buildDraft(request, await runValidation(request, campaign, deps), meta);
  const context: Context = { deps, draft, campaign, keyId: keyId(request.submissionKey) };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const response = await attempt_(context);
    if (response) return response;
  }
  throw new AppError('SUBMISSION_IN_PROGRESS', 'submission key contended');
}

async function attempt_(context: Context): Promise<SubmitNominationsResponse | null> {
  const existing = await findExisting(context);
  if ('claim' in existing) return settle(context, existing.claim);
  const late = admit(context.campaign, context.deps.clock.now());
  const baseVersion = existing.latest?.version ?? 0;
  const claim = { versionId: versionId(context.draft.header.contentHash, baseVersion), baseVersion, late };
  const full: KeyClaim = { ...claim, contentHash: context.draft.header.contentHash };
  if (!(await unitOf(context).claimKey(context.keyId, full))) return null;
  return settle(context, full);
}

type Existing = { claim: KeyClaim } | { latest: CommitRecord | undefined };

async function findExisting(context: Context): Promise<Existing> {
  const { draft, keyId: key } = context;
  const hash = draft.header.contentHash;
  const unit = unitOf(context);
  const claim = await unit.getKey(key);
  if (claim && claim.contentHash !== hash) throw new AppError('SUBMISSION_KEY_REUSED');
  if (claim) return { claim };
  const latest = latestByKind(await unit.listCommits());
  const sameKind = latest[draft.header.kind];
  if (sameKind?.contentHash === hash) {
    return {
      claim: {
        versionId: sameKind.versionId,
        contentHash: hash,
        baseVersion: sameKind.version,
        late: sameKind.late,
      },
    };
  }
  return { latest: newestOf(latest) };
}

function unitOf({ deps, draft }: Context): UnitSubmissions {
  return deps.submissions.unit(draft.header.campaignId, draft.header.unitId);
}

function admit(campaign: CampaignRecord, now: Date): boolean {
  const verdict = acceptance(campaign, now);
  if (verdict === 'refused-closed') throw new AppError('CAMPAIGN_CLOSED');
  if (verdict === 'refused-deadline') throw new AppError('DEADLINE_PASSED');
  return verdict === 'late';
}

async function settle(context: Context, claim: KeyClaim): Promise<SubmitNominationsResponse> {
  const unit = unitOf(context);
  const committed = await unit.getCommit(claim.versionId);
  if (committed) return replay(context, committed);
  const startedAt = context.deps.clock.now().toISOString();
  const header: VersionHeader = { ...context.draft.header, ...claim, startedAt };
  if (await unit.createHeader(header)) return complete(context, header);
  return waitForCommit(context, claim.versionId);
}

async function complete(context: Context, header: VersionHeader): Promise<SubmitNominationsResponse> {
  const unit = unitOf(context);
  await unit.writeRows(header.versionId, context.draft.rows);
  const version = await unit.reserveNumber(header.versionId);
  const record = commitRecord(context, header, version, context.deps.clock.now());
  const stored = await unit.commit(record);
  return respond(stored, context.draft.outcome.issues, stored.submittedAt !== record.submittedAt);
}

function commitRecord(context: Context, header: VersionHeader, version: number, now: Date): CommitRecord {
  const { summary } = context.draft.outcome;
  return {
    versionId: header.versionId,
    version,
    contentHash: header.contentHash,
    kind: header.kind,
    status: summary.errorRows > 0 ? 'with_errors' : 'clean',
    summary,
    submittedAt: now.toISOString(),
    late: header.late,
    rowCount: context.draft.rows.length,
    ...dossierOf(context, header),
  };
}

function dossierOf(context: Context, header: VersionHeader): Pick<CommitRecord, 'dossier'> {
  const { kind, grid } = header;
  const dossier = listDossierCounts(kind, grid.header, context.draft.rows, rulesOf(context.campaign));
  return dossier === undefined ? {} : { dossier };
}

async function waitForCommit(context: Context, id: string): Promise<SubmitNominationsResponse> {
  const { clock, waitMs = 10_000, staleMs = 30_000, pollMs = 50 } = context.deps;
  const unit = unitOf(context);
  for (let polls = Math.ceil(waitMs / pollMs); polls >= 0; polls--) {
    const committed = await unit.getCommit(id);
    if (committed) return replay(context, committed);
    const header = await unit.getHeader(id);
    if (header && clock.now().getTime() - Date.parse(header.startedAt) > staleMs)
      return complete(context, header);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new AppError('SUBMISSION_IN_PROGRESS', `version ${id} not committed within ${waitMs} ms`);
}

async function replay(context: Context, commit: CommitRecord): Promise<SubmitNominationsResponse> {
  const unit = unitOf(context);
  const [header, rows] = await Promise.all([
    unit.getHeader(commit.versionId),
    unit.readRows(commit.versionId),
  ]);
  const issues = [...(header?.sheetIssues ?? []), ...rows.flatMap((row) => row.issues)];
  return respond(commit, sortIssues(issues), true);
}

function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.row - b.row || a.column - b.column);
}

function respond(commit: CommitRecord, issues: Issue[], replayed: boolean): SubmitNominationsResponse {
  const { version, versionId: id, status, summary, submittedAt, late } = commit;
  return { version, versionId: id, status, summary, issues, replayed, submittedAt, late };
}
