/**
 * @module carriers/sim/rate-limit
 * An optional real rate limit, as carriers enforce: a token bucket per server. When it is
 * empty the simulator answers 429 with the seconds until the next token in Retry-After.
 */

export interface RateLimitConfig {
  /** Requests allowed per second on average. */
  perSecond: number;
  /** Requests allowed at once after a quiet spell (default: perSecond). */
  burst?: number;
}

export class TokenBucket {
  readonly #rate: number;
  readonly #burst: number;
  readonly #now: () => number;
  #tokens: number;
  #last: number;

  constructor(config: RateLimitConfig, now: () => number) {
    this.#rate = config.perSecond / 1000;
    this.#burst = Math.max(1, config.burst ?? config.perSecond);
    this.#now = now;
    this.#tokens = this.#burst;
    this.#last = now();
  }

  /** Takes a token: 0 when allowed, else the ms to wait for the next one. */
  take(): number {
    const now = this.#now();
    this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#last) * this.#rate);
    this.#last = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - this.#tokens) / this.#rate);
  }
}
