/**
 * @module engine/policy/backoff
 * Exponential backoff with full jitter (a random delay in [0, min(cap, base·2^attempt)]),
 * raised to a floor and to the source's Retry-After, which is never undercut.
 */
import { unitRandom } from './unit-random.js';

export interface BackoffOptions {
  /** Ceiling of the first attempt's window. */
  baseMs: number;
  /** Largest ceiling, however many attempts failed. */
  capMs: number;
  /** Smallest delay, so a retry is never immediate. */
  minMs: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffOptions> = Object.freeze({
  baseMs: 2_000,
  capMs: 60 * 60_000,
  minMs: 1_000,
});

/** The window a full-jitter delay is drawn from for attempt `attempt` (0 = first retry). */
export function backoffCeiling(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const n = Math.max(0, Math.min(Math.floor(attempt), 60));
  return Math.min(options.capMs, options.baseMs * 2 ** n);
}

/**
 * Delay before retry number `attempt`: full jitter within the ceiling, at least `minMs`
 * (capped by `capMs`), and never less than `retryAfterMs` when the source sent one.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  retryAfterMs?: number,
): number {
  const r = unitRandom(random);
  const ceiling = backoffCeiling(attempt, options);
  const floor = Math.min(options.minMs, options.capMs);
  const jittered = Math.max(floor, Math.floor(r * ceiling));
  const retryAfter = retryAfterMs !== undefined && retryAfterMs > 0 ? Math.ceil(retryAfterMs) : 0;
  return Math.max(jittered, retryAfter);
}
