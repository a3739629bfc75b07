// Bounded exponential backoff with jitter, for the Sheets API's per-user quota (60 write requests a minute):
// delay n = min(maxMs, baseMs × 2^n) × random(0.5..1), or the server's Retry-After when it gives one (capped).

export interface BackoffOptions {
  /** Retries after the first attempt; default 5. */
  retries?: number;
  baseMs?: number;
  maxMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface RetryVerdict {
  retry: boolean;
  /** Server-advised delay (Retry-After), in ms. */
  afterMs?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it succeeds, `verdict` says not to retry, or the retries are spent (the last error is thrown). */
export async function withBackoff<T>(
  attempt: () => Promise<T>,
  verdict: (error: unknown) => RetryVerdict,
  options: BackoffOptions = {},
): Promise<T> {
  const retries = options.retries ?? 5;
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const v = verdict(error);
      if (!v.retry || n >= retries) throw error;
      await (options.sleep ?? defaultSleep)(delayMs(n, v.afterMs, options));
    }
  }
}

/** The wait before retry n (0-based). */
export function delayMs(n: number, afterMs: number | undefined, options: BackoffOptions = {}): number {
  const max = options.maxMs ?? 32_000;
  if (afterMs !== undefined) return Math.min(afterMs, max);
  const exponential = Math.min(max, (options.baseMs ?? 1_000) * 2 ** n);
  return Math.round(exponential * (0.5 + (options.random ?? Math.random)() / 2));
}
