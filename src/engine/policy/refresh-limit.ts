/**
 * @module engine/policy/refresh-limit
 * "Refresh now" on a tracking page: at most once per `perParcelMs` per parcel, not when the
 * parcel was just checked anyway, and under a small global cap (a token bucket) so a crowd
 * pressing the button cannot turn into a flood at the carriers. Answers with the wait.
 */
import { TokenBucket, type TokenBucketOptions } from './token-bucket.js';

export interface RefreshLimitOptions {
  /** Shortest gap between two refreshes of one parcel. */
  perParcelMs: number;
  /** A parcel checked this recently (by anyone) is fresh enough: no refresh. */
  freshForMs: number;
  /** Refreshes across all parcels: burst and sustained rate. */
  global: TokenBucketOptions;
  /** Parcels remembered at most; the oldest are forgotten first. */
  maxTracked: number;
}

export const DEFAULT_REFRESH_LIMIT: Readonly<RefreshLimitOptions> = Object.freeze({
  perParcelMs: 5 * 60_000,
  freshForMs: 60_000,
  global: { capacity: 20, refillPerSecond: 2 },
  maxTracked: 100_000,
});

export type RefreshDecision =
  | { ok: true }
  | { ok: false; waitMs: number; reason: 'parcel' | 'fresh' | 'global' };

export class RefreshLimiter {
  readonly options: RefreshLimitOptions;
  readonly #global: TokenBucket;
  /** parcel id → last granted refresh; insertion order = oldest first. */
  readonly #last = new Map<string, number>();

  constructor(nowMs: number, options: Partial<RefreshLimitOptions> = {}) {
    this.options = { ...DEFAULT_REFRESH_LIMIT, ...options };
    this.#global = new TokenBucket(this.options.global, nowMs);
  }

  /** Asks to refresh `parcelId` now; a grant is recorded, a refusal changes nothing. */
  request(parcelId: string, nowMs: number, lastCheckedAtMs?: number): RefreshDecision {
    const last = this.#last.get(parcelId);
    if (last !== undefined && nowMs - last < this.options.perParcelMs) {
      return { ok: false, waitMs: last + this.options.perParcelMs - nowMs, reason: 'parcel' };
    }
    if (lastCheckedAtMs !== undefined && nowMs - lastCheckedAtMs < this.options.freshForMs) {
      const waitMs = Math.max(1, lastCheckedAtMs + this.options.freshForMs - nowMs);
      return { ok: false, waitMs, reason: 'fresh' };
    }
    const taken = this.#global.take(nowMs);
    if (!taken.ok) return { ok: false, waitMs: taken.waitMs, reason: 'global' };
    this.#last.delete(parcelId);
    this.#last.set(parcelId, nowMs);
    this.#prune(nowMs);
    return { ok: true };
  }

  /** Parcels currently remembered (for tests and metrics). */
  get tracked(): number {
    return this.#last.size;
  }

  #prune(nowMs: number): void {
    for (const [id, at] of this.#last) {
      const stale = nowMs - at >= this.options.perParcelMs;
      if (!stale && this.#last.size <= this.options.maxTracked) break;
      this.#last.delete(id);
    }
  }
}
