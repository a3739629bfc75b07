// Ports of the mail use cases. Adapters (functions/adapters/mail/*, functions/adapters/firestore/delivery-log.ts)
// implement them; use cases and tests receive them as arguments.
import type { MasterVersion } from '../../../shared/consolidation/types';
import type { CampaignRecord, MemberRecord } from '../ports';
import type { DigestInput, UnitStatusInput } from './map-views';

export interface MailAddress {
  name?: string;
  address: string;
}

/** One rendered message: Vietnamese subject, HTML and plain-text bodies. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export interface OutgoingMail extends RenderedMail {
  to: MailAddress[];
  /** Stable Message-ID (angle brackets included); the same on every retry of the same delivery. */
  messageId?: string;
  /** Extra headers, e.g. X-Tonvinh-Delivery. Values are single-line ASCII. */
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  /** Addresses the server refused while accepting the message for the others (lower case). */
  rejected?: string[];
}

/** The one mail port: Gmail API, SMTP or a local outbox folder. Throws AppError (MAIL_* codes). */
export interface MailSender {
  readonly transport: 'gmail' | 'smtp' | 'outbox';
  /** The sending account; the daily cap is counted per sender. */
  readonly sender: string;
  send(message: OutgoingMail): Promise<SentMail>;
}

export type DeliveryKind = 'receipt' | 'unitSummary' | 'digest' | 'reminder' | 'returned' | 'noticeComment';

export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'expired';

/** The natural key of a delivery: one message of one kind to one recipient for one period or version. */
export interface DeliveryKey {
  kind: DeliveryKind;
  campaignId: string;
  /** Normalised (lower-case) e-mail address. */
  recipient: string;
  /** ISO week ("2026-W47"), deadline + reminder offset ("2026-12-15:d-3"), or version ("unit-7:v3"). */
  period: string;
}

export interface DeliveryError {
  code: string;
  message: string;
  detail: string;
  retryable: boolean;
}

export interface DeliveryRecord extends DeliveryKey {
  id: string;
  /** Id of the stored content (subject, html, text) to send; kept so a retry sends exactly what was due. */
  contentId: string;
  recipientName: string;
  status: DeliveryStatus;
  /** Number of the last claim that reached an outcome; the next claim is claimSeq + 1. */
  claimSeq: number;
  /** Number of real send attempts (a claim deferred by the daily cap is not an attempt). */
  attempts: number;
  createdAt: string;
  /** After this instant a pending/failed delivery is no longer worth sending (stale reminder) and expires. */
  expiresAt: string;
  updatedAt: string;
  sentAt?: string;
  messageId?: string;
  lastError?: DeliveryError;
}

export interface StoredContent extends RenderedMail {
  id: string;
  kind: DeliveryKind;
  campaignId: string;
}

export interface DeliveryClaim {
  seq: number;
  token: string;
  claimedAt: string;
}

/** What the holder of a claim writes when it is done. */
export type DeliveryOutcome =
  | { status: 'sent'; claimSeq: number; attempts: number; messageId: string; at: string }
  | { status: 'failed' | 'pending'; claimSeq: number; attempts: number; error: DeliveryError; at: string }
  | { status: 'expired'; claimSeq: number; attempts: number; at: string };

export type RunState = 'new' | 'running' | 'done';

/**
 * The delivery log. Every write that decides who sends is a create() with a precondition (the document must not
 * exist); no read-modify-write transaction is needed, so it behaves the same on the embedded emulator (which has
 * no transaction isolation) and on real Firestore.
 */
export interface DeliveryLog {
  /** Stores content once (create; an existing content with the same id is kept). */
  saveContent(content: StoredContent): Promise<void>;
  loadContent(id: string): Promise<StoredContent | null>;
  /** Creates the records that do not exist yet; existing ones are left untouched. */
  ensure(records: DeliveryRecord[]): Promise<void>;
  get(ids: string[]): Promise<DeliveryRecord[]>;
  /** Records still to send (pending or failed), optionally of one kind. */
  listOpen(kind?: DeliveryKind): Promise<DeliveryRecord[]>;
  /** create() of claim number `seq`; true when this caller won it, false when it already existed. */
  claim(id: string, claim: DeliveryClaim): Promise<boolean>;
  readClaim(id: string, seq: number): Promise<DeliveryClaim | null>;
  /** Written only by the holder of claim `outcome.claimSeq`. */
  finish(id: string, outcome: DeliveryOutcome): Promise<void>;
  /** Takes one slot of the sender's daily cap (create() of slot n); false when the day is full. */
  reserveSlot(sender: string, day: string, cap: number): Promise<boolean>;
  /** Marks a scheduler run (Pub/Sub message id) as seen; returns its state before this call. */
  startRun(runId: string, at: string): Promise<RunState>;
  finishRun(runId: string, at: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

/** A campaign as the schedules see it. */
export interface CampaignMailInfo {
  campaignId: string;
  campaignName: string;
  /** Local deadline date "YYYY-MM-DD" in the campaign's time zone. */
  deadline: string;
  /** The deadline instant (ISO), which decides "nộp đúng hạn". */
  deadlineAt: string;
  /** The board's addresses (digest). */
  board: MailAddress[];
}

/**
 * Where the schedules read their data. The lead wires it to the campaign/submission repositories and the latest
 * master version (see map-views.ts for the input shapes).
 */
export interface MailDataSource {
  /** Campaigns still collecting or being consolidated (open), for digest and reminders. */
  activeCampaigns(): Promise<CampaignMailInfo[]>;
  /** Everything the digest shows, as of `today` (local date). */
  digestInput(campaignId: string, today: string): Promise<DigestInput>;
  /** Every current unit's status with its contacts (unit members' addresses). */
  unitStatuses(campaignId: string): Promise<UnitStatusWithContacts[]>;
}

export type UnitStatusWithContacts = UnitStatusInput & { contacts: MailAddress[] };

/**
 * The latest consolidated master version of a campaign (structural: the consolidation's Firestore master repository
 * provides `latest`). Absent before the first consolidation.
 */
export interface MasterSource {
  latest(campaignId: string): Promise<MasterVersion | null>;
}

/** Reads of the mail beyond the campaign and submission repositories (functions/app/mail/mail-data.ts uses them). */
export interface MailReads {
  /** Campaigns still open (collecting or being consolidated), by id. */
  openCampaigns(): Promise<CampaignRecord[]>;
}

/** Look-ups the event-driven messages (receipt, unit summaries) need besides MailDataSource. */
export interface MailDirectory {
  /** Any campaign, open or closed; null when it does not exist. */
  campaign(campaignId: string): Promise<CampaignMailInfo | null>;
  /** Active unit members' addresses of one unit of the campaign (its focal persons). */
  unitContacts(campaignId: string, unitId: string): Promise<MailAddress[]>;
}
