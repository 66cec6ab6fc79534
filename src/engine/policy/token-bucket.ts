/**
 * @module engine/policy/token-bucket
 * Per-source request budgets: a token bucket for the rate (`limits.perSecond`) and a daily
 * quota counter (`limits.perDay`) that resets at a UTC day boundary or at the instant the
 * source announced. Plain state objects; every method takes the time explicitly.
 */

export const DAY_MS = 86_400_000;
/** Float noise forgiven when counting tokens (a billionth of a token). */
const EPSILON = 1e-9;

export type TakeResult = { ok: true } | { ok: false; waitMs: number };

export interface TokenBucketOptions {
  /** Most tokens held at once (the burst). */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

export interface TokenBucketSnapshot {
  tokens: number;
  atMs: number;
}

/** A token bucket; starts full unless a snapshot says otherwise. */
export class TokenBucket {
  readonly capacity: number;
  readonly refillPerSecond: number;
  #tokens: number;
  #atMs: number;

  constructor(options: TokenBucketOptions, nowMs: number, snapshot?: TokenBucketSnapshot) {
    if (!(options.capacity >= 1)) throw new RangeError('capacity must be >= 1');
    if (!(options.refillPerSecond > 0)) throw new RangeError('refillPerSecond must be > 0');
    this.capacity = options.capacity;
    this.refillPerSecond = options.refillPerSecond;
    this.#tokens = Math.min(this.capacity, Math.max(0, snapshot?.tokens ?? this.capacity));
    this.#atMs = snapshot?.atMs ?? nowMs;
  }

  /** A bucket for a source's `perSecond` limit: a one-second burst, at least one token. */
  static perSecond(perSecond: number, nowMs: number): TokenBucket {
    return new TokenBucket(
      { capacity: Math.max(1, Math.floor(perSecond)), refillPerSecond: perSecond },
      nowMs,
    );
  }

  #refill(nowMs: number): void {
    // A clock that steps back refills nothing and never un-spends tokens.
    if (nowMs <= this.#atMs) return;
    const added = ((nowMs - this.#atMs) * this.refillPerSecond) / 1000;
    this.#tokens = Math.min(this.capacity, this.#tokens + added);
    this.#atMs = nowMs;
  }

  /** Tokens available at `nowMs` (fractional). */
  available(nowMs: number): number {
    this.#refill(nowMs);
    return this.#tokens;
  }

  /** Takes `n` tokens, or says how long until `n` are there. */
  take(nowMs: number, n = 1): TakeResult {
    if (!(n > 0)) throw new RangeError('n must be > 0');
    if (n > this.capacity) throw new RangeError(`cannot take ${n} > capacity ${this.capacity}`);
    this.#refill(nowMs);
    if (this.#tokens >= n - EPSILON) {
      this.#tokens = Math.max(0, this.#tokens - n);
      return { ok: true };
    }
    // Rounded up: waiting as told always suffices (take() forgives float noise below EPSILON).
    const waitMs = Math.max(1, Math.ceil(((n - this.#tokens) * 1000) / this.refillPerSecond));
    return { ok: false, waitMs };
  }

  snapshot(): TokenBucketSnapshot {
    return { tokens: this.#tokens, atMs: this.#atMs };
  }
}

/** The first UTC midnight strictly after `nowMs`. */
export function nextUtcMidnight(nowMs: number): number {
  return (Math.floor(nowMs / DAY_MS) + 1) * DAY_MS;
}

export type QuotaResult =
  | { ok: true; left: number }
  | { ok: false; waitMs: number; resetsAtMs: number };

export interface DailyQuotaSnapshot {
  /** Calls left until the reset; persisted as source_state.quota_left. */
  left: number;
  /** Persisted as source_state.quota_resets_at. */
  resetsAtMs: number;
}

/**
 * A daily call quota. It resets to `perDay` at `resetsAtMs` and then every 24 h after it;
 * by default the first reset is the next UTC midnight.
 */
export class DailyQuota {
  readonly perDay: number;
  #left: number;
  #resetsAtMs: number;

  constructor(perDay: number, nowMs: number, snapshot?: DailyQuotaSnapshot) {
    if (!(perDay >= 0)) throw new RangeError('perDay must be >= 0');
    this.perDay = perDay;
    this.#left = Math.min(perDay, Math.max(0, snapshot?.left ?? perDay));
    this.#resetsAtMs = snapshot?.resetsAtMs ?? nextUtcMidnight(nowMs);
  }

  #roll(nowMs: number): void {
    if (nowMs < this.#resetsAtMs) return;
    const periods = Math.floor((nowMs - this.#resetsAtMs) / DAY_MS) + 1;
    this.#resetsAtMs += periods * DAY_MS;
    this.#left = this.perDay;
  }

  left(nowMs: number): number {
    this.#roll(nowMs);
    return this.#left;
  }

  resetsAtMs(nowMs: number): number {
    this.#roll(nowMs);
    return this.#resetsAtMs;
  }

  /** Spends `n` calls, or says how long until the quota resets. */
  take(nowMs: number, n = 1): QuotaResult {
    if (!(n > 0)) throw new RangeError('n must be > 0');
    this.#roll(nowMs);
    if (this.#left >= n) {
      this.#left -= n;
      return { ok: true, left: this.#left };
    }
    return {
      ok: false,
      waitMs: Math.max(1, this.#resetsAtMs - nowMs),
      resetsAtMs: this.#resetsAtMs,
    };
  }

  /** Adopts what the source itself reported (e.g. X-RateLimit-Remaining / -Reset headers). */
  sync(left: number, resetsAtMs: number | undefined, nowMs: number): void {
    this.#roll(nowMs);
    this.#left = Math.min(this.perDay, Math.max(0, Math.floor(left)));
    if (resetsAtMs !== undefined && resetsAtMs > nowMs) this.#resetsAtMs = resetsAtMs;
  }

  snapshot(nowMs: number): DailyQuotaSnapshot {
    this.#roll(nowMs);
    return { left: this.#left, resetsAtMs: this.#resetsAtMs };
  }
}
