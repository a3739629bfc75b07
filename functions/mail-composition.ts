// Composition of mail: the sender, the delivery log and the mail data source, built once per Services instance from
// the mail settings (parsed once from the environment). index.ts hands `mailServices(services()).schedule` to the
// scheduled handlers; the submit and consolidate handlers use `.receipt` and `.summaries`.
// Cold start: the sender's SDK (nodemailer for smtp and outbox MIME, @googleapis/gmail + google-auth-library for
// gmail) is imported when the first message is sent, and only the configured transport's.
import { FirestoreDeliveryLog } from './adapters/firestore/delivery-log';
import { FirestoreMailDataSource } from './adapters/firestore/mail-data-source';
import { loadMailSender } from './adapters/mail/create-sender';
import { type MailConfig, parseMailConfig } from './app/mail/config';
import { notifyUnits, type SummaryHookDeps } from './app/mail/consolidation-hook';
import type { MailDeps } from './app/mail/deliver';
import { MailError } from './app/mail/errors';
import { masterSourceOf } from './app/mail/master-source';
import type { MailSender, MasterSource } from './app/mail/ports';
import { afterSubmit, errorFields, type ReceiptHookDeps, type Submitted } from './app/mail/receipt-hook';
import { afterReview, type ReturnedHookDeps } from './app/mail/returned-hook';
import type { ScheduleHandlerDeps } from './app/mail/schedule-event';
import type { NomineeReview } from './app/ports';
import { type Services, services } from './composition';
import { once } from './once';

export interface MailServices {
  config: MailConfig;
  mail: MailDeps;
  source: FirestoreMailDataSource;
  /** For weeklyDigestHandler / deadlineRemindersHandler. */
  schedule: ScheduleHandlerDeps;
  /** For afterSubmit (functions/app/mail/receipt-hook.ts). */
  receipt: ReceiptHookDeps;
  /** For afterConsolidate (functions/app/mail/consolidation-hook.ts). */
  summaries: SummaryHookDeps;
  /** For afterReview (functions/app/mail/returned-hook.ts). */
  returned: ReturnedHookDeps;
}

let parsed: MailConfig | undefined;

/** The mail settings from process.env, parsed once; a bad setting is MAIL_CONFIG_INVALID naming the keys. */
export function mailConfig(): MailConfig {
  parsed ??= parseMailSettings(process.env);
  return parsed;
}

export function parseMailSettings(env: Record<string, string | undefined>): MailConfig {
  try {
    return parseMailConfig(env);
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
    const detail = issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
    throw new MailError('MAIL_CONFIG_INVALID', detail || String(error));
  }
}

const built = new WeakMap<Services, MailServices>();

/**
 * The mail services of `s`, built on first use and kept with it (so one sender and one data source per
 * instance). `masters` defaults to the consolidation's `s.masters` when Services has one; it and `config`
 * (default mailConfig()) are read on the first call only.
 */
export function mailServices(s: Services, masters?: MasterSource, config?: MailConfig): MailServices {
  const existing = built.get(s);
  if (existing) return existing;
  const created = buildMailServices(s, config ?? mailConfig(), masters ?? mastersOf(s));
  built.set(s, created);
  return created;
}

export function buildMailServices(s: Services, config: MailConfig, masters?: MasterSource): MailServices {
  const mail = mailDeps(s, config);
  const source = new FirestoreMailDataSource({
    db: s.db,
    campaigns: s.campaigns,
    submissions: s.submissions,
    members: s.members,
    ...(masters ? { masters } : {}),
  });
  const logger = s.logger;
  return {
    config,
    mail,
    source,
    schedule: { logger, schedule: { ...mail, source, reminderOffsets: config.reminderOffsets } },
    receipt: { mail, directory: source, campaigns: s.campaigns, submissions: s.submissions, logger },
    summaries: { mail, source, directory: source, logger, ...(masters ? { masters } : {}) },
    returned: { mail, directory: source, campaigns: s.campaigns, logger },
  };
}

function mastersOf(s: Services): MasterSource {
  return masterSourceOf(s.masters);
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
export function mailSchedule(): MailServices['schedule'] {
  return mailServices(services()).schedule;
}

/** The submit handler's one line: the receipt of a new version. Never throws (a bad mail setting is logged too). */
export async function receiptAfterSubmit(s: Services, submitted: Submitted): Promise<void> {
  const deps = mailOrLog(s, 'receipt not sent');
  if (deps) await afterSubmit(deps.receipt, submitted);
}

/** The consolidate handler's one line (notifyUnits): summaries of the latest master version. Never throws. */
export async function summariesAfterConsolidate(s: Services, campaignId: string): Promise<void> {
  const deps = mailOrLog(s, 'unit summaries not sent');
  if (deps) await notifyUnits(deps.summaries, campaignId);
}

/** The review handlers' one line: the "returned" mail of every nominee returned to its units. Never throws. */
export async function returnedAfterReview(
  s: Services,
  campaignId: string,
  reviews: NomineeReview[],
): Promise<void> {
  if (!reviews.some((r) => r.state === 'needsInfo')) return;
  const deps = mailOrLog(s, 'returned mail not sent');
  if (deps) await afterReview(deps.returned, campaignId, reviews);
}

function mailOrLog(s: Services, message: string): MailServices | null {
  try {
    return mailServices(s);
  } catch (error) {
    s.logger.error(message, errorFields(error));
    return null;
  }
}
