// Exactly-once delivery. Each (kind, campaign, recipient, period) gets one delivery record, created with a
// create() precondition; before a send, the sender creates claim document number claimSeq + 1 (create() again),
// so of two racing instances, retried triggers or duplicated Pub/Sub messages only one sends. The claim holder
// then moves the record to sent or failed (attempts, last error). Open records are retried on the next run.
import { randomUUID } from 'node:crypto';
import { localDate } from '../../../shared/text/dates';
import { AppError, asAppError } from '../errors';
import { contentId, deliveryId, groupMessageId, normaliseAddress } from './delivery-key';
import { outwardMail } from './format';
import type {
  Clock,
  DeliveryError,
  DeliveryKind,
  DeliveryLog,
  DeliveryRecord,
  MailAddress,
  MailSender,
  RenderedMail,
  SentMail,
} from './ports';

export interface DeliverySettings {
  dailyCap: number;
  maxRecipients: number;
  maxAttempts: number;
  claimLeaseMinutes: number;
  timeZone: string;
}

export interface MailDeps {
  log: DeliveryLog;
  sender: MailSender;
  clock: Clock;
  settings: DeliverySettings;
  newToken?: () => string;
}

/** One message due to a list of recipients. */
export interface Dispatch {
  kind: DeliveryKind;
  campaignId: string;
  period: string;
  recipients: MailAddress[];
  content: RenderedMail;
  /** ISO instant after which an unsent delivery is dropped as stale (status expired). */
  expiresAt: string;
}

export interface DeliveryReport {
  /** Deliveries (one per recipient) now sent by this call. */
  sent: number;
  failed: number;
  /** Left pending by the daily cap. */
  deferred: number;
  expired: number;
  /** Already sent, being sent by someone else, or given up. */
  skipped: number;
  /** Messages handed to the transport. */
  messages: number;
  deliveryIds: string[];
}

const emptyReport = (): DeliveryReport => ({
  sent: 0,
  failed: 0,
  deferred: 0,
  expired: 0,
  skipped: 0,
  messages: 0,
  deliveryIds: [],
});

/** Records and sends the dispatches; recipients already served for the same key are skipped. */
export async function deliver(deps: MailDeps, dispatches: Dispatch[]): Promise<DeliveryReport> {
  const ids: string[] = [];
  for (const dispatch of dispatches) ids.push(...(await record(deps, dispatch)));
  const unique = [...new Set(ids)];
  const report = await processRecords(deps, await deps.log.get(unique));
  return { ...report, deliveryIds: unique };
}

/** Retries every open (pending or failed) delivery, optionally of one kind, except the ids given. */
export async function retryOpen(
  deps: MailDeps,
  kind?: DeliveryKind,
  except: string[] = [],
): Promise<DeliveryReport> {
  const skip = new Set(except);
  const open = (await deps.log.listOpen(kind)).filter((r) => !skip.has(r.id));
  return processRecords(deps, open);
}

async function record(deps: MailDeps, dispatch: Dispatch): Promise<string[]> {
  const content = outwardMail(dispatch.content);
  const cid = contentId(dispatch.kind, dispatch.campaignId, dispatch.period, content);
  await deps.log.saveContent({ id: cid, kind: dispatch.kind, campaignId: dispatch.campaignId, ...content });
  const now = deps.clock.now().toISOString();
  const records = uniqueRecipients(dispatch.recipients).map((to) => newRecord(dispatch, to, cid, now));
  await deps.log.ensure(records);
  return records.map((r) => r.id);
}

function uniqueRecipients(recipients: MailAddress[]): MailAddress[] {
  const seen = new Map<string, MailAddress>();
  for (const r of recipients) {
    const key = normaliseAddress(r.address);
    if (key && !seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

function newRecord(dispatch: Dispatch, to: MailAddress, cid: string, now: string): DeliveryRecord {
  const key = {
    kind: dispatch.kind,
    campaignId: dispatch.campaignId,
    recipient: normaliseAddress(to.address),
    period: dispatch.period,
  };
  return {
    ...key,
    id: deliveryId(key),
    contentId: cid,
    recipientName: to.name ?? '',
    status: 'pending',
    claimSeq: 0,
    attempts: 0,
    createdAt: now,
    expiresAt: dispatch.expiresAt,
    updatedAt: now,
  };
}

type Claimed = { record: DeliveryRecord; seq: number };

async function processRecords(deps: MailDeps, records: DeliveryRecord[]): Promise<DeliveryReport> {
  const report = emptyReport();
  const claimed: Claimed[] = [];
  for (const r of records) {
    const c = sendable(deps, r) ? await acquire(deps, r) : null;
    if (c === null) report.skipped++;
    else if (isExpired(deps, r)) await expire(deps, c, report);
    else claimed.push(c);
  }
  for (const group of groupsOf(claimed, deps.settings.maxRecipients)) await sendGroup(deps, group, report);
  return report;
}

function sendable(deps: MailDeps, r: DeliveryRecord): boolean {
  if (r.status === 'sent' || r.status === 'expired') return false;
  if (r.status === 'failed' && r.lastError?.retryable === false) return false;
  return r.attempts < deps.settings.maxAttempts;
}

function isExpired(deps: MailDeps, r: DeliveryRecord): boolean {
  return deps.clock.now().toISOString() > r.expiresAt;
}

/** Wins claim claimSeq + 1, or recovers an abandoned one (older than the lease) and wins the next. */
async function acquire(deps: MailDeps, r: DeliveryRecord): Promise<Claimed | null> {
  const seq = r.claimSeq + 1;
  if (await tryClaim(deps, r.id, seq)) return { record: r, seq };
  const held = await deps.log.readClaim(r.id, seq);
  if (!held || !leaseOver(deps, held.claimedAt)) return null;
  const error = toDeliveryError(
    new AppError('MAIL_CLAIM_EXPIRED', `claim ${seq} abandoned since ${held.claimedAt}`),
  );
  await deps.log.finish(r.id, {
    status: 'failed',
    claimSeq: seq,
    attempts: r.attempts + 1,
    error,
    at: nowIso(deps),
  });
  const next = { ...r, claimSeq: seq, attempts: r.attempts + 1 };
  if (!sendable(deps, next)) return null;
  return (await tryClaim(deps, r.id, seq + 1)) ? { record: next, seq: seq + 1 } : null;
}

function tryClaim(deps: MailDeps, id: string, seq: number): Promise<boolean> {
  const token = (deps.newToken ?? randomUUID)();
  return deps.log.claim(id, { seq, token, claimedAt: nowIso(deps) });
}

function leaseOver(deps: MailDeps, claimedAt: string): boolean {
  return deps.clock.now().getTime() - Date.parse(claimedAt) > deps.settings.claimLeaseMinutes * 60_000;
}

const nowIso = (deps: MailDeps) => deps.clock.now().toISOString();

async function expire(deps: MailDeps, c: Claimed, report: DeliveryReport): Promise<void> {
  await deps.log.finish(c.record.id, {
    status: 'expired',
    claimSeq: c.seq,
    attempts: c.record.attempts,
    at: nowIso(deps),
  });
  report.expired++;
}

/** Claimed deliveries grouped by content, at most `max` recipients per message. */
function groupsOf(claimed: Claimed[], max: number): Claimed[][] {
  const byContent = new Map<string, Claimed[]>();
  for (const c of claimed)
    byContent.set(c.record.contentId, [...(byContent.get(c.record.contentId) ?? []), c]);
  const groups: Claimed[][] = [];
  for (const list of byContent.values())
    for (let i = 0; i < list.length; i += max) groups.push(list.slice(i, i + max));
  return groups;
}

async function sendGroup(deps: MailDeps, group: Claimed[], report: DeliveryReport): Promise<void> {
  const first = group[0];
  if (!first) return;
  const content = await deps.log.loadContent(first.record.contentId);
  const day = localDate(deps.clock.now(), deps.settings.timeZone);
  if (!content)
    return finishAll(
      deps,
      group,
      'failed',
      new AppError('MAIL_LOG_UNAVAILABLE', `content ${first.record.contentId} missing`),
      report,
    );
  if (!(await deps.log.reserveSlot(deps.sender.sender, day, deps.settings.dailyCap))) {
    return finishAll(
      deps,
      group,
      'pending',
      new AppError('MAIL_DAILY_CAP_REACHED', `cap ${deps.settings.dailyCap} on ${day}`),
      report,
    );
  }
  await sendAndRecord(deps, group, content, report);
}

async function sendAndRecord(
  deps: MailDeps,
  group: Claimed[],
  content: RenderedMail,
  report: DeliveryReport,
): Promise<void> {
  const ids = group.map((c) => c.record.id);
  const domain = deps.sender.sender.split('@')[1] ?? 'tonvinh.local';
  report.messages++;
  try {
    const sent = await deps.sender.send({
      ...outwardMail(content),
      to: group.map((c) => ({ name: c.record.recipientName, address: c.record.recipient })),
      messageId: groupMessageId(ids, domain),
      headers: {
        'X-Tonvinh-Kind': first(group).record.kind,
        'X-Tonvinh-Content': first(group).record.contentId,
      },
    });
    await recordSent(deps, group, sent, report);
  } catch (error) {
    await finishAll(deps, group, 'failed', asAppError(error, 'MAIL_UNKNOWN'), report);
  }
}

async function recordSent(
  deps: MailDeps,
  group: Claimed[],
  sent: SentMail,
  report: DeliveryReport,
): Promise<void> {
  const refused = new Set((sent.rejected ?? []).map(normaliseAddress));
  for (const c of group.filter((g) => !refused.has(g.record.recipient))) {
    const outcome = {
      claimSeq: c.seq,
      attempts: c.record.attempts + 1,
      messageId: sent.messageId,
      at: nowIso(deps),
    };
    await deps.log.finish(c.record.id, { status: 'sent', ...outcome });
    report.sent++;
  }
  const rejected = group.filter((g) => refused.has(g.record.recipient));
  if (rejected.length > 0)
    await finishAll(deps, rejected, 'failed', new AppError('MAIL_REJECTED', 'recipient refused'), report);
}

function first(group: Claimed[]): Claimed {
  const head = group[0];
  if (!head) throw new Error('empty delivery group');
  return head;
}

async function finishAll(
  deps: MailDeps,
  group: Claimed[],
  status: 'failed' | 'pending',
  error: AppError,
  report: DeliveryReport,
): Promise<void> {
  const attempt = status === 'failed' ? 1 : 0;
  for (const c of group) {
    await deps.log.finish(c.record.id, {
      status,
      claimSeq: c.seq,
      attempts: c.record.attempts + attempt,
      error: toDeliveryError(error),
      at: nowIso(deps),
    });
  }
  if (status === 'failed') report.failed += group.length;
  else report.deferred += group.length;
}

function toDeliveryError(error: AppError): DeliveryError {
  return {
    code: error.code,
    message: error.message,
    detail: error.detail.slice(0, 500),
    retryable: error.retryable,
  };
}
