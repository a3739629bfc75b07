// consolidate (board only): the latest committed submission of every unit + the board's decisions and reviews →
// a new master version, stored append-only (content-addressed chunks, then the manifest as commit marker), with
// progress in a run status document. When nothing changed since the current version (same input hash) nothing
// new is stored; a retried runId that finished answers its stored result.
import type { ConsolidateResponse } from '../../../shared/api/consolidation';
import { buildMaster } from '../../../shared/consolidation/build-master';
import { chunkMaster } from '../../../shared/consolidation/chunks';
import type { MasterVersion } from '../../../shared/consolidation/types';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { AppError } from '../errors';
import type {
  AwardHistoryRepository,
  CampaignRecord,
  CampaignRepository,
  Clock,
  MasterManifest,
  MasterRepository,
  Principal,
  ReviewRepository,
  RunRepository,
  SubmissionRepository,
} from '../ports';
import { entryReview, toReviewDecision } from '../review/review-states';
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
import {
  loadVersion,
  MASTER_CHUNK_SIZE,
  rememberVersion,
  type StoredEntry,
  writeChunks,
} from './master-store';
import { newRunRecord, RunTracker } from './progress';
import { byUnitOf, manifestOf, resultOf, summaryMessage } from './summary';

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
}

export interface ConsolidateRequestBody {
  campaignId: string;
  dryRun: boolean;
  runId?: string | undefined;
}

interface Context {
  deps: ConsolidateDeps;
  campaign: CampaignRecord;
  principal: Principal;
  tracker: RunTracker;
  dryRun: boolean;
}

interface Outcome {
  manifest: MasterManifest;
  reused: boolean;
}

const MAX_ATTEMPTS = 3;

export async function consolidate(
  request: ConsolidateRequestBody,
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
  const result = resultOf(outcome.manifest, outcome.reused, request.dryRun);
  const message = summaryMessage(result);
  await tracker.finish(outcome.manifest.version, outcome.reused, message);
  return { runId, state: 'done', progress: 1, message, ...result };
}

async function replay(deps: ConsolidateDeps, campaignId: string, runId: string) {
  const previous = await deps.runs.getRun(campaignId, runId);
  if (previous?.state !== 'done' || previous.masterVersion === null) return null;
  const manifest = await deps.masters.getManifest(campaignId, previous.masterVersion);
  if (!manifest) return null;
  const result = resultOf(manifest, previous.reused, false);
  return { runId, state: 'done' as const, progress: 1 as const, message: previous.message, ...result };
}

async function run(context: Context): Promise<Outcome> {
  const inputs = await readInputs(context);
  const hash = inputHash(context.campaign, inputs);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const head = await context.deps.masters.latestManifest(context.campaign.id);
    if (head?.inputHash === hash) return { manifest: head, reused: true };
    const { manifest, master } = await buildVersion(context, inputs, hash, head);
    if (context.dryRun) return { manifest, reused: false };
    if (await context.deps.masters.commitManifest(manifest)) {
      rememberVersion(manifest, master);
      return { manifest, reused: false };
    }
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
  head: MasterManifest | null,
): Promise<{ manifest: MasterManifest; master: MasterVersion }> {
  const { deps, campaign, tracker } = context;
  await tracker.stage('matching');
  const previous = head ? await loadVersion(deps.masters, head) : undefined;
  const master = buildFrom(context, inputs, previous);
  const chunks = chunkMaster(master, MASTER_CHUNK_SIZE);
  if (!context.dryRun) {
    const stored = new Set(head?.chunks.map((c) => c.hash) ?? []);
    await tracker.stage('writing');
    await writeChunks(deps.masters, campaign.id, chunks, stored, async (done, total) => {
      if (done === total) await tracker.stage('writing', done, total);
    });
  }
  const meta = { createdBy: context.principal.email, runId: tracker.current.runId, inputHash: hash };
  const byUnit = byUnitOf(inputs.units, inputs.submissions, master);
  return { manifest: manifestOf(master, chunks, { ...meta, byUnit }), master };
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
    ...withEligibility(eligibilityFn(campaign, inputs.history)),
    ...(previous ? { previous } : {}),
    stats: inputs.stats,
  });
  attachReviews([...master.entries, ...(master.invalidEntries ?? [])], inputs);
  return master;
}

function withEligibility(fn: ReturnType<typeof eligibilityFn>) {
  return fn ? { eligibility: fn } : {};
}

function attachReviews(entries: StoredEntry[], inputs: ConsolidationInputs): void {
  const byId = new Map(inputs.reviews.map((r) => [r.nomineeId, r]));
  for (const entry of entries) {
    const review = byId.get(entry.nomineeId);
    if (review) entry.review = entryReview(review);
  }
}

function defaultRunId(): string {
  return `run-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}
