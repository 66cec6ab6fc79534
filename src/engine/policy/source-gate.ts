/**
 * @module engine/policy/source-gate
 * Everything that decides whether one source may be called now, in one place: disabled
 * (bad credentials), backed off (Retry-After), circuit breaker, daily quota and token bucket.
 * `acquire` spends a call only when every rule allows it; `budget` tells the batch planner
 * how many requests fit this round; `persisted` gives the source_state columns.
 */
import type { SourceLimits } from '../../carriers/types.js';
import {
  CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitState,
} from './circuit-breaker.js';
import type { PollDecision } from './decide.js';
import { DailyQuota, TokenBucket } from './token-bucket.js';

export type GateRefusal = 'disabled' | 'backoff' | 'circuit' | 'quota' | 'rate';

export type GateResult = { ok: true } | { ok: false; waitMs: number; reason: GateRefusal };

/** The source_state columns this gate owns (same names as the store's SourceStatePatch). */
export interface SourceGateState {
  healthy: boolean;
  quotaLeft: number | null;
  quotaResetsAt: number | null;
  circuit: CircuitState;
  circuitUntil: number | null;
  nextAllowedAt: number | null;
}

/** What a gate resumes from: persisted columns, plus whether an operator must re-enable it. */
export type SourceGateRestore = Partial<SourceGateState> & { disabled?: boolean };

export class SourceGate {
  readonly sourceId: string;
  readonly breaker: CircuitBreaker;
  readonly #bucket: TokenBucket;
  readonly #quota: DailyQuota | undefined;
  #disabled: string | null = null;
  #nextAllowedAt: number | null = null;
  #rateLimitStreak = 0;

  constructor(
    sourceId: string,
    limits: SourceLimits,
    nowMs: number,
    restore: SourceGateRestore = {},
    breakerOptions: Partial<CircuitBreakerOptions> = {},
  ) {
    this.sourceId = sourceId;
    this.#bucket = TokenBucket.perSecond(limits.perSecond, nowMs);
    const quotaSnapshot =
      restore.quotaLeft != null && restore.quotaResetsAt != null
        ? { left: restore.quotaLeft, resetsAtMs: restore.quotaResetsAt }
        : undefined;
    this.#quota =
      limits.perDay === undefined ? undefined : new DailyQuota(limits.perDay, nowMs, quotaSnapshot);
    this.breaker = new CircuitBreaker(
      breakerOptions,
      restore.circuit
        ? { state: restore.circuit, untilMs: restore.circuitUntil ?? null }
        : undefined,
    );
    this.#nextAllowedAt = restore.nextAllowedAt ?? null;
    if (restore.disabled) this.#disabled = 'disabled before restart';
  }

  /** Why the source is disabled, or null. */
  get disabledReason(): string | null {
    return this.#disabled;
  }

  /** 429s in a row: the `attempt` to give onPollError for the next rate-limit error. */
  get rateLimitStreak(): number {
    return this.#rateLimitStreak;
  }

  /** Why a call would be refused now, without spending anything. */
  check(nowMs: number): GateResult {
    if (this.#disabled !== null) {
      return { ok: false, waitMs: Number.POSITIVE_INFINITY, reason: 'disabled' };
    }
    if (this.#nextAllowedAt !== null && nowMs < this.#nextAllowedAt) {
      return { ok: false, waitMs: this.#nextAllowedAt - nowMs, reason: 'backoff' };
    }
    const breakerAt = this.breaker.retryAtMs(nowMs);
    if (breakerAt > nowMs) return { ok: false, waitMs: breakerAt - nowMs, reason: 'circuit' };
    if (this.#quota && this.#quota.left(nowMs) < 1) {
      return { ok: false, waitMs: this.#quota.resetsAtMs(nowMs) - nowMs, reason: 'quota' };
    }
    const tokens = this.#bucket.available(nowMs);
    if (tokens < 1 - 1e-9) {
      const waitMs = Math.max(1, Math.ceil(((1 - tokens) * 1000) / this.#bucket.refillPerSecond));
      return { ok: false, waitMs, reason: 'rate' };
    }
    return { ok: true };
  }

  /** Spends one request if every rule allows it. */
  acquire(nowMs: number): GateResult {
    const verdict = this.check(nowMs);
    if (!verdict.ok) return verdict;
    this.breaker.canCall(nowMs); // takes the half-open probe when there is one
    this.#quota?.take(nowMs);
    this.#bucket.take(nowMs);
    return { ok: true };
  }

  /** Requests that may start this round (for planBatches' requestBudget). */
  budget(nowMs: number): number {
    if (!this.check(nowMs).ok) return 0;
    let n = Math.floor(this.#bucket.available(nowMs) + 1e-9);
    if (this.#quota) n = Math.min(n, this.#quota.left(nowMs));
    if (this.breaker.state !== 'closed') n = Math.min(n, 1);
    return n;
  }

  onSuccess(nowMs: number): void {
    this.breaker.onSuccess(nowMs);
    this.#rateLimitStreak = 0;
  }

  /** Applies what onPollError decided about a failed call to this source. */
  onDecision(decision: PollDecision, nowMs: number): void {
    switch (decision.action) {
      case 'disable-source':
        this.#disabled = decision.reason;
        break;
      case 'backoff-source':
        this.#rateLimitStreak += 1;
        this.#nextAllowedAt = Math.max(this.#nextAllowedAt ?? 0, decision.untilMs);
        break;
      case 'retry':
        if (decision.breakerFailure) this.breaker.onFailure(nowMs);
        break;
      case 'stop-number':
        // The source answered; it is the number that is gone.
        this.onSuccess(nowMs);
        break;
    }
  }

  /** Adopts the quota the source reported in its response headers. */
  syncQuota(left: number, resetsAtMs: number | undefined, nowMs: number): void {
    this.#quota?.sync(left, resetsAtMs, nowMs);
  }

  /** An operator fixed the credentials. */
  enable(): void {
    this.#disabled = null;
  }

  /** The source_state columns, to persist so every worker sees the same source. */
  persisted(nowMs: number): SourceGateState {
    const circuit = this.breaker.snapshot();
    const quota = this.#quota?.snapshot(nowMs);
    return {
      healthy: this.#disabled === null && circuit.state === 'closed',
      quotaLeft: quota?.left ?? null,
      quotaResetsAt: quota?.resetsAtMs ?? null,
      circuit: circuit.state,
      circuitUntil: circuit.untilMs,
      nextAllowedAt:
        this.#nextAllowedAt !== null && this.#nextAllowedAt > nowMs ? this.#nextAllowedAt : null,
    };
  }
}
