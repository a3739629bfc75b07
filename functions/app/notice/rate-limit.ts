// Token buckets kept in memory per instance (one per key: a client address, a campaign). A bucket holds up to
// `capacity` tokens and refills `perSecond`; a request takes one token or is refused with the seconds until the
// next one. The clock is injected (tests advance it; no sleeps). The map is bounded: past `maxKeys`, the fullest
// (least recently refilled) buckets are dropped, which only ever forgives a client.

export interface BucketSpec {
  capacity: number;
  perSecond: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly spec: BucketSpec,
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string, nowMs: number): Take {
    const { capacity, perSecond } = this.spec;
    const found = this.buckets.get(key);
    const elapsed = found ? Math.max(0, nowMs - found.at) / 1000 : 0;
    const tokens = found ? Math.min(capacity, found.tokens + elapsed * perSecond) : capacity;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: nowMs });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
    }
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
    this.trim();
    return { ok: true };
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Drops the oldest buckets (Map order is insertion order; a take re-inserts its key). */
  private trim(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) return;
      this.buckets.delete(key);
    }
  }
}
