// The document lock: one execution at a time per spreadsheet for work that must not run twice (submit, starting a
// consolidation). Waits up to 15 s, then refuses with a coded error.
import { AddonError } from '../core/errors';
import { MESSAGES, type MessageCode } from '../core/messages';

export function withDocumentLock<T>(work: () => T, busy: MessageCode = 'BUSY'): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(15_000)) throw new AddonError(busy, MESSAGES[busy]);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
