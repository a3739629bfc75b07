// The one composition root: builds the adapters once per instance from the parsed config, and wires what follows a
// commit (the notifier: receipts, unit summaries, the master sheet). index.ts registers handlers that ask for
// services() lazily; the local stack and tests install their own with useServices(). Mail is built on its first use
// with the instance (a bad mail setting fails only mail, logged, never a submission).
// Cold start: SDKs that not every request needs (google-auth-library for ID tokens, @googleapis/sheets, exceljs,
// the mail transport's SDK) are imported by the adapter's first call, not here.
import { randomBytes } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import type { NoticeComment } from '../shared/api/public-notice';
import { cachedCampaigns } from './adapters/cache/cached-campaigns';
import { FirestoreAccessLog } from './adapters/firestore/access-log';
import { FirestoreAwardHistory } from './adapters/firestore/award-history';
import { FirestoreCampaigns, FirestoreMembers } from './adapters/firestore/campaigns';
import { createFirestore } from './adapters/firestore/client';
import { FirestoreRuns } from './adapters/firestore/consolidation-runs';
import { FirestoreDeliveryLog } from './adapters/firestore/delivery-log';
import { FirestoreMailReads } from './adapters/firestore/mail-data-source';
import { FirestoreMasters } from './adapters/firestore/masters';
import { FirestoreNoticeComments } from './adapters/firestore/notice-comments';
import { FirestoreReviews } from './adapters/firestore/reviews';
import { FirestoreSubmissions } from './adapters/firestore/submissions';
import { FirestoreUnitLocks } from './adapters/firestore/unit-locks';
import { FirestoreVotes } from './adapters/firestore/votes';
import { createJsonLogger } from './adapters/log/json-logger';
import { loadMailSender } from './adapters/mail/create-sender';
import type { AuthDeps } from './app/campaigns/authenticate';
import type { ConsolidateDeps } from './app/consolidation/consolidate';
import { AppError } from './app/errors';
import { type MailConfig, parseMailConfig } from './app/mail/config';
import { notifyUnits, type SummaryHookDeps } from './app/mail/consolidation-hook';
import type { MailDeps } from './app/mail/deliver';
import { MailData } from './app/mail/mail-data';
import { masterSourceOf } from './app/mail/master-source';
import type { MailSender } from './app/mail/ports';
import { afterSubmit, errorFields, type ReceiptHookDeps } from './app/mail/receipt-hook';
import { afterReview, type ReturnedHookDeps } from './app/mail/returned-hook';
import type { ScheduleHandlerDeps } from './app/mail/schedule-event';
import type { PublicNotice } from './app/notice/public-notice';
import type { RenderPort } from './app/outputs/export-master';
import type { SpreadsheetPort } from './app/outputs/sheet-writer';
import { sheetAfterConsolidate } from './app/outputs/write-master-sheet';
import type {
  AccessLog,
  AwardHistoryRepository,
  CampaignRepository,
  Clock,
  CommitNotifier,
  GridValidator,
  IdTokenVerifier,
  Logger,
  MasterRepository,
  MemberRepository,
  NoticeCommentRepository,
  ReviewRepository,
  RunRepository,
  SubmissionRepository,
  UnitLockRepository,
  VoteRepository,
} from './app/ports';
import type { ImportWorkbookPorts } from './app/submissions/workbook-lists';
import { type Config, parseConfig } from './config';
import { keyedQueue, once } from './once';
import { gridValidator } from './validator';

export interface Services {
  config: Config;
  db: Firestore;
  logger: Logger;
  clock: Clock;
  verifier: IdTokenVerifier;
  validate: GridValidator;
  campaigns: CampaignRepository;
  members: MemberRepository;
  submissions: SubmissionRepository;
  accessLog: AccessLog;
  masters: MasterRepository;
  runs: RunRepository;
  reviews: ReviewRepository;
  awardHistory: AwardHistoryRepository;
  /** The board's locks on units' lists (lockUnit). */
  locks: UnitLockRepository;
  /** Council voting rounds and ballots (voteRound, castBallot). */
  votes: VoteRepository;
  /** The master spreadsheet writer's port; the Sheets client is loaded on first use (cold start). */
  sheets: SpreadsheetPort;
  /** exceljs, loaded on first use: official xlsx rendering and workbook reading. */
  xlsx: XlsxPorts;
  /** The mail wiring, built on first use and kept with this instance; throws MAIL_CONFIG_INVALID on bad settings. */
  mail: () => MailServices;
  /** What follows a commit: receipts, unit summaries, the master sheet. */
  notifier: CommitNotifier;
  /** Public comments on a campaign's notice page (publicNotice, noticeComments). */
  noticeComments: NoticeCommentRepository;
  /** The public notice page and its comment form, loaded on first use (its rate limits live per instance). */
  publicNotice: () => Promise<PublicNotice>;
}

export interface MailServices {
  config: MailConfig;
  mail: MailDeps;
  source: MailData;
  /** For weeklyDigestHandler / deadlineRemindersHandler. */
  schedule: ScheduleHandlerDeps;
  /** For afterSubmit (functions/app/mail/receipt-hook.ts). */
  receipt: ReceiptHookDeps;
  /** For notifyUnits (functions/app/mail/consolidation-hook.ts). */
  summaries: SummaryHookDeps;
  /** For afterReview (functions/app/mail/returned-hook.ts). */
  returned: ReturnedHookDeps;
}

export interface XlsxPorts {
  render: RenderPort;
  readSheets: ImportWorkbookPorts['readSheets'];
}

export type ServiceOverrides = Partial<
  Pick<Services, 'logger' | 'clock' | 'verifier' | 'validate' | 'sheets' | 'xlsx'>
> & {
  /** Mail settings; absent: parsed from process.env on the first mail. */
  mailConfig?: MailConfig;
};

export const systemClock: Clock = { now: () => new Date() };

export function buildServices(config: Config, overrides: ServiceOverrides = {}): Services {
  const { mailConfig, ...adapterOverrides } = overrides;
  const s = baseServices(config, adapterOverrides) as Services;
  s.mail = memo(() => buildMailServices(s, mailConfig ?? parseMailSettings(process.env)));
  s.notifier = commitNotifier(s);
  s.publicNotice = once(() => buildPublicNotice(s));
  return s;
}

/** A random salt per instance when NOTICE_IP_SALT is not set (the daily cap then counts per instance). */
const INSTANCE_SALT = randomBytes(32).toString('hex');

async function buildPublicNotice(s: Services): Promise<PublicNotice> {
  const { PublicNotice } = await import('./app/notice/public-notice');
  return new PublicNotice({
    campaigns: s.campaigns,
    masters: s.masters,
    reviews: s.reviews,
    comments: s.noticeComments,
    clock: s.clock,
    logger: s.logger,
    salt: s.config.noticeSalt ?? INSTANCE_SALT,
    notify: (comment, timeZone) => notifyBoard(s, comment, timeZone),
  });
}

/** The board's mail about a stored comment; bad mail settings are logged (the comment stays stored). */
async function notifyBoard(s: Services, comment: NoticeComment, timeZone: string): Promise<unknown> {
  try {
    const { mail, source } = s.mail();
    const { mailComment } = await import('./app/notice/comment-mail');
    return await mailComment({ mail, directory: source, logger: s.logger }, comment, timeZone);
  } catch (error) {
    s.logger.error('notice comment mail not sent', {
      error: error instanceof Error ? error.name : 'non-error',
    });
    return null;
  }
}

/** Builds once on first call; a throw is not kept, so the next call tries again. */
function memo<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

function baseServices(
  config: Config,
  overrides: ServiceOverrides,
): Omit<Services, 'mail' | 'notifier' | 'publicNotice'> {
  const db = createFirestore({
    projectId: config.projectId,
    ...(config.firestoreHost ? { emulatorHost: config.firestoreHost } : {}),
  });
  const verifier = lazyVerifier(config);
  return {
    config,
    db,
    logger: createJsonLogger(config.logLevel),
    clock: systemClock,
    verifier,
    validate: gridValidator,
    campaigns: cachedCampaigns(new FirestoreCampaigns(db), overrides.clock ?? systemClock),
    members: new FirestoreMembers(db),
    submissions: new FirestoreSubmissions(db),
    accessLog: new FirestoreAccessLog(db),
    masters: new FirestoreMasters(db),
    runs: new FirestoreRuns(db),
    reviews: new FirestoreReviews(db),
    awardHistory: new FirestoreAwardHistory(db),
    locks: new FirestoreUnitLocks(db),
    votes: new FirestoreVotes(db),
    sheets: lazySpreadsheetPort(config),
    xlsx: lazyXlsxPorts(),
    noticeComments: new FirestoreNoticeComments(db),
    ...overrides,
  };
}

/**
 * The ID-token verifier, with google-auth-library imported on the first token: AUTH_MODE=google verifies Google ID
 * tokens for the configured audiences; dev refuses every token (the dev header is the only sign-in).
 */
export function lazyVerifier(
  config: Pick<Config, 'authMode' | 'audiences' | 'idTokenCertsUrl'>,
): IdTokenVerifier {
  let loaded: Promise<IdTokenVerifier> | undefined;
  const load = async (): Promise<IdTokenVerifier> => {
    const { GoogleIdTokenVerifier, refuseTokens } = await import('./adapters/auth/google-id-token');
    return config.authMode === 'dev'
      ? refuseTokens
      : new GoogleIdTokenVerifier({
          audiences: config.audiences,
          ...(config.idTokenCertsUrl ? { certsUrl: config.idTokenCertsUrl } : {}),
        });
  };
  return {
    verify: async (token) => {
      loaded ??= load();
      return (await loaded).verify(token);
    },
  };
}

/**
 * A SpreadsheetPort that imports @googleapis/sheets on its first call, so other functions do not pay for it (a
 * failed import is retried by the next call).
 */
export function lazySpreadsheetPort(config: Pick<Config, 'sheetsApiRootUrl'>): SpreadsheetPort {
  const port = once(() => loadSpreadsheetPort(config));
  const queue = keyedQueue();
  return {
    exclusive: (id, write) => queue(id, write),
    listTabs: async (id) => (await port()).listTabs(id),
    batchUpdate: async (id, requests) => (await port()).batchUpdate(id, requests),
    clearValues: async (id, ranges) => (await port()).clearValues(id, ranges),
    writeValues: async (id, data) => (await port()).writeValues(id, data),
  };
}

/**
 * Production: the functions' service account (application default credentials) with the spreadsheets scope; the
 * board shares the master spreadsheet with it as editor. SHEETS_API_ROOT_URL (local, tests): a fixed local token.
 */
async function loadSpreadsheetPort(config: Pick<Config, 'sheetsApiRootUrl'>): Promise<SpreadsheetPort> {
  const { spreadsheetClient, SHEETS_SCOPE } = await import('./adapters/sheets/spreadsheet-client');
  const { GoogleAuth, OAuth2Client } = await import('google-auth-library');
  if (config.sheetsApiRootUrl === undefined)
    return spreadsheetClient({ auth: new GoogleAuth({ scopes: [SHEETS_SCOPE] }) });
  const local = new OAuth2Client();
  local.setCredentials({ access_token: 'local-dev-token', expiry_date: Date.now() + 10 * 365 * 86_400_000 });
  return spreadsheetClient({ auth: local, rootUrl: config.sheetsApiRootUrl });
}

/** exceljs is imported on the first export or import, not at cold start. */
export function lazyXlsxPorts(): XlsxPorts {
  return {
    render: async (doc) => (await import('./adapters/xlsx/official-workbook')).officialWorkbookBytes(doc),
    readSheets: async (bytes, onProgress) =>
      (await import('./adapters/xlsx/read-workbook')).xlsxSheetReader()(bytes, onProgress),
  };
}

let current: Services | undefined;

export function services(): Services {
  current ??= buildServices(parseConfig(process.env));
  return current;
}

export function useServices(next: Services): void {
  current = next;
}

/** consolidate's dependencies: the services, BASE_SALARY_VND when configured, and the request id for logs. */
export function consolidateDeps(s: Services, requestId?: string): ConsolidateDeps {
  const salary = s.config.baseSalaryVnd === undefined ? {} : { baseSalary: s.config.baseSalaryVnd };
  return { ...s, ...salary, requestId };
}

export function authDeps(s: Services): AuthDeps {
  return { mode: s.config.authMode, verifier: s.verifier, members: s.members };
}

// ── What follows a commit ────────────────────────────────────────────────────────────────────────────────────────

function commitNotifier(s: Services): CommitNotifier {
  return {
    submitted: async (event) => {
      const mail = mailOrLog(s, 'receipt not sent');
      if (mail) await afterSubmit(mail.receipt, event);
    },
    consolidated: async (event) => {
      if (event.notifyUnits) {
        const mail = mailOrLog(s, 'unit summaries not sent');
        if (mail) await notifyUnits(mail.summaries, event.campaignId);
      }
      if (!event.writeSheet) return undefined;
      const target = { campaignId: event.campaignId, version: event.masterVersion };
      return sheetAfterConsolidate(target, event.principal, {
        ...s,
        requestId: event.requestId ?? 'consolidate',
      });
    },
    reviewed: async ({ campaignId, reviews }) => {
      if (!reviews.some((r) => r.state === 'needsInfo')) return;
      const mail = mailOrLog(s, 'returned mail not sent');
      if (mail) await afterReview(mail.returned, campaignId, reviews);
    },
  };
}

function mailOrLog(s: Services, message: string): MailServices | null {
  try {
    return s.mail();
  } catch (error) {
    s.logger.error(message, errorFields(error));
    return null;
  }
}

// ── Mail ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Mail settings from an environment; a bad setting is MAIL_CONFIG_INVALID naming the keys. */
export function parseMailSettings(env: Record<string, string | undefined>): MailConfig {
  try {
    return parseMailConfig(env);
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
    const detail = issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
    throw new AppError('MAIL_CONFIG_INVALID', detail || String(error));
  }
}

function buildMailServices(s: Services, config: MailConfig): MailServices {
  const mail = mailDeps(s, config);
  const masters = masterSourceOf(s.masters);
  const source = new MailData({
    reads: new FirestoreMailReads(s.db),
    members: s.members,
    campaigns: s.campaigns,
    submissions: s.submissions,
    masters,
  });
  const logger = s.logger;
  return {
    config,
    mail,
    source,
    schedule: { logger, schedule: { ...mail, source, reminderOffsets: config.reminderOffsets } },
    receipt: { mail, directory: source, campaigns: s.campaigns, submissions: s.submissions, logger },
    summaries: { mail, source, directory: source, logger, masters },
    returned: { mail, directory: source, campaigns: s.campaigns, logger },
  };
}

function mailDeps(s: Services, config: MailConfig): MailDeps {
  const { dailyCap, maxRecipients, maxAttempts, claimLeaseMinutes, timeZone } = config;
  return {
    log: new FirestoreDeliveryLog(s.db),
    sender: lazyMailSender(config),
    clock: s.clock,
    settings: { dailyCap, maxRecipients, maxAttempts, claimLeaseMinutes, timeZone },
  };
}

/**
 * The configured MailSender; its adapter module is imported on the first send. A failed import surfaces as a
 * failed send, which the delivery log records and retries like any other.
 */
export function lazyMailSender(config: MailConfig): MailSender {
  const loaded = once(() => loadMailSender(config));
  return {
    transport: config.transport,
    sender: config.from.address,
    send: async (message) => (await loaded()).send(message),
  };
}

/** What the weeklyDigest / deadlineReminders CloudEvent handlers need, from this instance's services. */
export function mailSchedule(): ScheduleHandlerDeps {
  return services().mail().schedule;
}
