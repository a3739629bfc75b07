// Pure: which idempotency key a submission uses. The key is derived from a hash of the submitted content and
// remembered as "pending" in the document: the same content (a double click, a retry after a timeout, a second
// click after success) reuses the stored key, so the server replays instead of creating a second version; changed
// content gets a fresh key, so going back to an earlier content later is still a new version.

export interface PendingSubmission {
  hash: string;
  key: string;
  /** ISO time of the first attempt. */
  at: string;
  /** Version the server answered with, once known. */
  version?: number;
}

export function bytesToHex(bytes: ArrayLike<number>): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += ((bytes[i] ?? 0) & 0xff).toString(16).padStart(2, '0');
  return hex;
}

export function chooseSubmissionKey(
  hash: string,
  pending: PendingSubmission | null,
  freshId: () => string,
  now: string,
): PendingSubmission {
  if (pending && pending.hash === hash) return pending;
  return { hash, key: `${hash.slice(0, 24)}-${freshId().replace(/-/g, '').slice(0, 16)}`, at: now };
}

export function parsePending(text: string | null | undefined): PendingSubmission | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<PendingSubmission>;
    if (typeof value.hash !== 'string' || typeof value.key !== 'string' || typeof value.at !== 'string')
      return null;
    return value as PendingSubmission;
  } catch {
    return null;
  }
}
