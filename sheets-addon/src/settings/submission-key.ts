// The idempotency key of a submission: SHA-256 of the content, reused while the content is unchanged
// (see core/idempotency.ts); callers hold the document lock (document-lock.ts) so two clicks never run concurrently.
import type { GridInput } from '../../../shared/api/grid';
import type { NominationKind } from '../../../shared/grid/types';
import type { Connection } from '../core/connection';
import { bytesToHex, chooseSubmissionKey, type PendingSubmission } from '../core/idempotency';
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
