// The idempotency key of a submission: SHA-256 of the content, reused while the content is unchanged
// (see core/idempotency.ts), and a document lock so two clicks never run concurrently.
import type { GridInput } from '../../../shared/api/grid';
import type { NominationKind } from '../../../shared/grid/types';
import type { Connection } from '../core/connection';
import { AddonError } from '../core/errors';
import { bytesToHex, chooseSubmissionKey, type PendingSubmission } from '../core/idempotency';
import { MESSAGES } from '../core/messages';
import { readSettings, savePending } from './document-settings';

export function contentHash(connection: Connection, kind: NominationKind, grid: GridInput): string {
  const text = JSON.stringify([connection.campaignId, connection.unitId, kind, grid.header, grid.rows]);
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return bytesToHex(digest);
}

/** Reads the pending key under the lock (another execution may just have stored one) and stores the choice. */
export function reserveSubmissionKey(kind: NominationKind, hash: string): PendingSubmission {
  const current = readSettings().pending(kind);
  const chosen = chooseSubmissionKey(hash, current, () => Utilities.getUuid(), new Date().toISOString());
  if (chosen !== current) savePending(kind, chosen);
  return chosen;
}

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(15_000)) throw new AddonError('BUSY', MESSAGES.BUSY);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
