/**
 * @module engine/policy/circuit-breaker
 * One circuit breaker per source. Closed: calls flow; K consecutive failures, or a failure
 * ratio over a sliding window, open it. Open: no calls for a cool-down that doubles with
 * each re-open (capped). Half-open: exactly one probe; its success closes the circuit, its
 * failure re-opens it. The snapshot maps onto the source_state table (circuit,
 * circuit_until) so every worker sees the same circuit.
 */

/** Same spelling as the store's `CircuitState`. */
export type CircuitState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** Ratio rule: open when failures/calls ≥ threshold over the window; `undefined` turns it off. */
  ratio?: { windowMs: number; minCalls: number; threshold: number };
  /** First cool-down. */
  cooldownMs: number;
  /** Each consecutive re-open multiplies the cool-down by this. */
  cooldownGrowth: number;
  /** Longest cool-down. */
  cooldownCapMs: number;
  /** A probe that never reports back frees the half-open slot after this long. */
  probeTimeoutMs: number;
}

export const DEFAULT_BREAKER: Readonly<CircuitBreakerOptions> = Object.freeze({
  failureThreshold: 5,
  ratio: { windowMs: 60_000, minCalls: 20, threshold: 0.5 },
  cooldownMs: 30_000,
  cooldownGrowth: 2,
  cooldownCapMs: 15 * 60_000,
  probeTimeoutMs: 60_000,
});

/** What is persisted: enough to resume the circuit in another process. */
export interface CircuitSnapshot {
  state: CircuitState;
  /** Consecutive failures while closed. */
  failures: number;
  openedAtMs: number | null;
  /** End of the current cool-down (source_state.circuit_until). */
  untilMs: number | null;
  /** Consecutive opens without a success in between (drives the growing cool-down). */
  opens: number;
}

const MAX_SAMPLES = 1_000;

export class CircuitBreaker {
  readonly options: CircuitBreakerOptions;
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAtMs: number | null = null;
  #untilMs: number | null = null;
  #opens = 0;
  #probeSinceMs: number | null = null;
  /** Outcomes inside the ratio window, oldest first. */
  #samples: { atMs: number; ok: boolean }[] = [];

  constructor(options: Partial<CircuitBreakerOptions> = {}, snapshot?: Partial<CircuitSnapshot>) {
    this.options = { ...DEFAULT_BREAKER, ...options };
    if (!(this.options.failureThreshold >= 1)) {
      throw new RangeError('failureThreshold must be >= 1');
    }
    if (snapshot) {
      this.#state = snapshot.state ?? 'closed';
      this.#failures = snapshot.failures ?? 0;
      this.#openedAtMs = snapshot.openedAtMs ?? null;
      this.#untilMs = snapshot.untilMs ?? null;
      this.#opens = snapshot.opens ?? (this.#state === 'closed' ? 0 : 1);
    }
  }

  get state(): CircuitState {
    return this.#state;
  }

  /** May a call go out now? In half-open, a `true` hands out the single probe. */
  canCall(nowMs: number): boolean {
    if (this.#state === 'closed') return true;
    if (this.#state === 'open') {
      if (this.#untilMs !== null && nowMs < this.#untilMs) return false;
      this.#state = 'half_open';
      this.#probeSinceMs = null;
    }
    if (this.#probeSinceMs !== null && nowMs - this.#probeSinceMs < this.options.probeTimeoutMs) {
      return false;
    }
    this.#probeSinceMs = nowMs;
    return true;
  }

  /** When calls may resume: now when closed, else the cool-down's end or the probe's timeout. */
  retryAtMs(nowMs: number): number {
    if (this.#state === 'closed') return nowMs;
    if (this.#state === 'open') return Math.max(nowMs, this.#untilMs ?? nowMs);
    if (this.#probeSinceMs === null) return nowMs;
    return Math.max(nowMs, this.#probeSinceMs + this.options.probeTimeoutMs);
  }

  onSuccess(nowMs: number): void {
    this.#record(nowMs, true);
    if (this.#state === 'open') return; // a straggler from before the circuit opened
    this.#state = 'closed';
    this.#failures = 0;
    this.#opens = 0;
    this.#openedAtMs = null;
    this.#untilMs = null;
    this.#probeSinceMs = null;
  }

  onFailure(nowMs: number): void {
    this.#record(nowMs, false);
    if (this.#state === 'open') return;
    if (this.#state === 'half_open') {
      this.#open(nowMs);
      return;
    }
    this.#failures += 1;
    if (this.#failures >= this.options.failureThreshold || this.#ratioTripped()) this.#open(nowMs);
  }

  snapshot(): CircuitSnapshot {
    return {
      state: this.#state,
      failures: this.#failures,
      openedAtMs: this.#openedAtMs,
      untilMs: this.#untilMs,
      opens: this.#opens,
    };
  }

  #open(nowMs: number): void {
    const { cooldownMs, cooldownGrowth, cooldownCapMs } = this.options;
    this.#opens += 1;
    const cooldown = Math.min(
      cooldownCapMs,
      cooldownMs * Math.max(1, cooldownGrowth) ** Math.min(this.#opens - 1, 60),
    );
    this.#state = 'open';
    this.#openedAtMs = nowMs;
    this.#untilMs = nowMs + cooldown;
    this.#probeSinceMs = null;
    this.#failures = 0;
    this.#samples = [];
  }

  #record(nowMs: number, ok: boolean): void {
    const ratio = this.options.ratio;
    if (!ratio) return;
    this.#samples.push({ atMs: nowMs, ok });
    const from = nowMs - ratio.windowMs;
    let drop = 0;
    while (drop < this.#samples.length && (this.#samples[drop]?.atMs ?? from) < from) drop += 1;
    drop = Math.max(drop, this.#samples.length - MAX_SAMPLES);
    if (drop > 0) this.#samples.splice(0, drop);
  }

  #ratioTripped(): boolean {
    const ratio = this.options.ratio;
    if (!ratio || this.#samples.length < ratio.minCalls) return false;
    const failed = this.#samples.reduce((n, s) => n + (s.ok ? 0 : 1), 0);
    return failed / this.#samples.length >= ratio.threshold;
  }
}
