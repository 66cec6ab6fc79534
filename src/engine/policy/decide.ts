/**
 * @module engine/policy/decide
 * Maps the typed transport errors of carriers/errors to scheduling decisions:
 * auth → disable the source (and alert); rate-limited → back the whole source off until at
 * least Retry-After; unavailable or anything unknown → retry this poll with backoff and count
 * a circuit-breaker failure; expired → stop polling the number.
 */
import {
  CarrierAuthError,
  CarrierRateLimitError,
  CarrierUnavailableError,
  TrackingNumberExpiredError,
} from '../../carriers/errors.js';
import { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';

export interface PollErrorContext {
  nowMs: number;
  /** Failed attempts in a row before this one, for this poll (or for the source on a 429). */
  attempt: number;
  random: () => number;
  backoff?: BackoffOptions;
}

export type PollDecision =
  | {
      action: 'retry';
      atMs: number;
      reason: string;
      /** Whether the source's circuit breaker should count this as a failure. */
      breakerFailure: boolean;
    }
  | { action: 'disable-source'; reason: string; alert: true }
  | { action: 'stop-number'; reason: string }
  | { action: 'backoff-source'; untilMs: number; reason: string };

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return 'unknown error';
}

/** What to do after a poll failed with `error`. */
export function onPollError(error: unknown, ctx: PollErrorContext): PollDecision {
  const options = ctx.backoff ?? DEFAULT_BACKOFF;
  if (error instanceof CarrierAuthError) {
    return { action: 'disable-source', reason: error.message, alert: true };
  }
  if (error instanceof TrackingNumberExpiredError) {
    return { action: 'stop-number', reason: error.message };
  }
  if (error instanceof CarrierRateLimitError) {
    const delay = backoffDelay(ctx.attempt, ctx.random, options, error.retryAfterMs);
    return { action: 'backoff-source', untilMs: ctx.nowMs + delay, reason: error.message };
  }
  const reason =
    error instanceof CarrierUnavailableError ? error.message : `unexpected: ${describe(error)}`;
  const delay = backoffDelay(ctx.attempt, ctx.random, options);
  return { action: 'retry', atMs: ctx.nowMs + delay, reason, breakerFailure: true };
}
