// consolidate (board only): the latest committed submission of every unit + the board's decisions and reviews →
// a new master version, stored append-only (content-addressed chunks, then the manifest as commit marker), with
// progress in a run status document. When nothing changed since the current version (same input hash) nothing
// new is stored; a retried runId that finished answers its stored result.
import type { ConsolidateResponse } from '../../../shared/api/consolidation';
import type { ConsolidateWithSheetRequestBody, SheetOutcome } from '../../../shared/api/master-outputs';
import { buildMaster } from '../../../shared/consolidation/build-master';
import { computeStats } from '../../../shared/consolidation/compute-stats';
import type { MasterVersion } from '../../../shared/consolidation/types';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { AppError } from '../errors';
import type {
  AwardHistoryRepository,
  CampaignRecord,
  CampaignRepository,
  Clock,
  CommitNotifier,
  MasterRepository,
  MasterVersionInfo,
  MasterVersionRecord,
  Principal,
  ReviewRepository,
  RunRepository,
  SubmissionRepository,
} from '../ports';
import { applyReview } from '../review/current-review';
import { toReviewDecision } from '../review/review-states';
import { eligibilityFn } from './eligibility';
import {
  type ConsolidationInputs,
  currentUnits,
  DEFAULT_BASE_SALARY,
  historyKeys,
  inputHash,
  latestSubmission,
  statsOptions,
} from './inputs';
import { masterVersionOf, type StoredEntry } from './master-store';
import { newRunRecord, RunTracker } from './progress';
import { byUnitOf, resultOf, summaryMessage, versionRecordOf } from './summary';

export interface ConsolidateDeps {
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  masters: MasterRepository;
  runs: RunRepository;
  reviews: ReviewRepository;
  awardHistory: AwardHistoryRepository;
  clock: Clock;
  /** Lương cơ sở in VND for the budget estimate; default DEFAULT_BASE_SALARY. */
  baseSalary?: number;
  newRunId?: () => string;
  /** What follows a stored version: unit summaries, the master sheet. Absent: nothing follows. */
  notifier?: CommitNotifier;
  requestId?: string | undefined;
}

/** What consolidate is asked: dry run, run id; after the commit, mail the units and/or write the sheet. */
export type ConsolidateInput = Omit<ConsolidateWithSheetRequestBody, 'notifyUnits' | 'writeSheet'> &
  Partial<Pick<ConsolidateWithSheetRequestBody, 'notifyUnits' | 'writeSheet'>>;

export type ConsolidateResult = ConsolidateResponse & { sheet?: SheetOutcome };

interface Context {
  deps: ConsolidateDeps;
  campaign: CampaignRecord;
  principal: Principal;
  tracker: RunTracker;
  dryRun: boolean;
}

interface Outcome {
  version: MasterVersionInfo;
  reused: boolean;
}

const MAX_ATTEMPTS = 3;

/**
 * Stores (or reuses) the master version, then tells the notifier (also for a replayed runId, so a retry after a
 * crash between commit and mail still announces the version: delivery keys keep mails to one per version).
 */
export async function consolidate(
  request: ConsolidateInput,
  principal: Principal,
  deps: ConsolidateDeps,
): Promise<ConsolidateResult> {
  const result = await storeVersion(request, principal, deps);
  if (result.dryRun || !deps.notifier) return result;
  const sheet = await deps.notifier.consolidated({
    campaignId: request.campaignId,
    masterVersion: result.masterVersion,
    principal,
    notifyUnits: request.notifyUnits ?? false,
    writeSheet: request.writeSheet ?? false,
    requestId: deps.requestId,
  });
  return sheet === undefined ? result : { ...result, sheet };
}

async function storeVersion(
  request: ConsolidateInput,
  principal: Principal,
  deps: ConsolidateDeps,
): Promise<ConsolidateResponse> {
  requireBoard(principal);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const runId = request.runId ?? (deps.newRunId ?? defaultRunId)();
  const replayed = request.dryRun ? null : await replay(deps, campaign.id, runId);
  if (replayed) return replayed;
  const record = newRunRecord(campaign.id, runId, principal.email, deps.clock.now());
  const tracker = new RunTracker(request.dryRun ? null : deps.runs, record, deps.clock);
  const context: Context = { deps, campaign, principal, tracker, dryRun: request.dryRun };
  await tracker.start();
  const outcome = await run(context).catch(async (error: unknown) => {
    await tracker.fail().catch(() => undefined);
    throw error;
  });
  const result = resultOf(outcome.version, outcome.reused, request.dryRun);
  const message = summaryMessage(result);
  await tracker.finish(outcome.version.version, outcome.reused, message);
  return { runId, state: 'done', progress: 1, message, ...result };
}

async function replay(deps: ConsolidateDeps, campaignId: string, runId: string) {
  const previous = await deps.runs.getRun(campaignId, runId);
  if (previous?.state !== 'done' || previous.masterVersion === null) return null;
  const info = await deps.masters.info(campaignId, previous.masterVersion);
  if (!info) return null;
  const result = resultOf(info, previous.reused, false);
  return { runId, state: 'done' as const, progress: 1 as const, message: previous.message, ...result };
}

async function run(context: Context): Promise<Outcome> {
  const inputs = await readInputs(context);
  const hash = inputHash(context.campaign, inputs);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const head = await context.deps.masters.latest(context.campaign.id);
    if (head?.inputHash === hash) return { version: head, reused: true };
    const version = await buildVersion(context, inputs, hash, head);
    if (context.dryRun || (await save(context, version))) return { version, reused: false };
  }
  throw new AppError('CONSOLIDATION_IN_PROGRESS', 'master version number taken by concurrent runs');
}

async function readInputs(context: Context): Promise<ConsolidationInputs> {
  const { deps, campaign, tracker } = context;
  const units = currentUnits(await deps.campaigns.listUnits(campaign.id));
  let read = 0;
  const loaded = await Promise.all(
    units.map(async (unit) => {
      const submission = await latestSubmission(deps.submissions, campaign.id, unit);
      await tracker.unitRead(++read, units.length);
      return submission;
    }),
  );
  const submissions = loaded.filter((s) => s !== null);
  const [decisions, reviews, history] = await Promise.all([
    deps.reviews.listDuplicateDecisions(campaign.id),
    deps.reviews.listNomineeReviews(campaign.id),
    deps.awardHistory.findByKeys(historyKeys(submissions)),
  ]);
  const stats = statsOptions(campaign, deps.baseSalary ?? DEFAULT_BASE_SALARY);
  return { units, submissions, decisions, reviews, history, stats };
}

async function buildVersion(
  context: Context,
  inputs: ConsolidationInputs,
  hash: string,
  head: MasterVersionInfo | null,
): Promise<MasterVersionRecord> {
  const { deps, campaign, tracker } = context;
  await tracker.stage('matching');
  const previous = head ? await deps.masters.read(campaign.id, head.version) : null;
  const master = buildFrom(context, inputs, previous ? masterVersionOf(previous) : undefined);
  const meta = { createdBy: context.principal.email, runId: tracker.current.runId, inputHash: hash };
  const byUnit = byUnitOf(inputs.units, inputs.submissions, master);
  return versionRecordOf(master, { ...meta, byUnit });
}

/** Stores the version (reporting when its entries are written); false when its number was taken meanwhile. */
async function save(context: Context, version: MasterVersionRecord): Promise<boolean> {
  const { deps, tracker } = context;
  await tracker.stage('writing');
  return deps.masters.save(version, async (done, total) => {
    if (done === total) await tracker.stage('writing', done, total);
  });
}

function buildFrom(context: Context, inputs: ConsolidationInputs, previous: MasterVersion | undefined) {
  const { campaign, deps } = context;
  const master = buildMaster({
    campaignId: campaign.id,
    version: (previous?.version ?? 0) + 1,
    createdAt: deps.clock.now().toISOString(),
    submissions: inputs.submissions,
    duplicateDecisions: inputs.decisions,
    reviews: inputs.reviews.map(toReviewDecision),
    ...withEligibility(eligibilityFn(campaign, inputs.history, allRows(inputs))),
    ...(previous ? { previous } : {}),
    stats: inputs.stats,
  });
  const all = [...master.entries, ...(master.invalidEntries ?? [])];
  if (attachReviews(all, inputs)) master.stats = computeStats(master, inputs.stats);
  return master;
}

function allRows(inputs: ConsolidationInputs) {
  return inputs.submissions.flatMap((s) => s.rows);
}

function withEligibility(fn: ReturnType<typeof eligibilityFn>) {
  return fn ? { eligibility: fn } : {};
}

/**
 * Attaches the board's reviews to the entries. A review made on other content than the entry's now (the unit
 * changed a reviewed field) is shown as needsReReview with the changed fields, and no longer counts as the board's
 * decision (core state pending). True when some review was stale (the statistics are then recomputed).
 */
function attachReviews(entries: StoredEntry[], inputs: ConsolidationInputs): boolean {
  const byId = new Map(inputs.reviews.map((r) => [r.nomineeId, r]));
  let stale = false;
  for (const entry of entries) {
    const review = byId.get(entry.nomineeId);
    if (review && applyReview(entry, review)) stale = true;
  }
  return stale;
}

function defaultRunId(): string {
  return `run-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}
