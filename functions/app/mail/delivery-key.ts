// Ids derived from content: a delivery's id from its natural key, a content id from what is sent. The same
// input always gives the same id, which is what makes create() preconditions decide who sends.
import { createHash } from 'node:crypto';
import type { DeliveryKey, RenderedMail } from './ports';

function digest(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export function normaliseAddress(address: string): string {
  return address.trim().normalize('NFC').toLowerCase();
}

/** "digest-3f2a…": the Firestore document id of a delivery. */
export function deliveryId(key: DeliveryKey): string {
  return `${key.kind}-${digest([key.kind, key.campaignId, normaliseAddress(key.recipient), key.period])}`;
}

export function contentId(kind: string, campaignId: string, period: string, mail: RenderedMail): string {
  return `${kind}-${digest([kind, campaignId, period, mail.subject, mail.html, mail.text])}`;
}

/** A stable Message-ID for a group of deliveries sent as one message (the same on every retry of that group). */
export function groupMessageId(deliveryIds: string[], domain: string): string {
  return `<${digest([...deliveryIds].sort())}@${domain}>`;
}
