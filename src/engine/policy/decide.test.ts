/**
 * @module engine/policy/decide.test
 * Each typed carrier error → its scheduling decision; unknown errors count as unavailable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CarrierAuthError,
  CarrierRateLimitError,
  CarrierUnavailableError,
  TrackingNumberExpiredError,
} from '../../carriers/errors.js';
import type { BackoffOptions } from './backoff.js';
import { onPollError } from './decide.js';

const NOW = 1_800_000_000_000;
const backoff: BackoffOptions = { baseMs: 1000, capMs: 60_000, minMs: 500 };
const ctx = (attempt = 0, r = 0.5) => ({ nowMs: NOW, attempt, random: () => r, backoff });

describe('onPollError', () => {
  it('disables the source and alerts on an auth error', () => {
    expect(onPollError(new CarrierAuthError('dhl'), ctx())).toEqual({
      action: 'disable-source',
      reason: 'dhl: the source refused our credentials',
      alert: true,
    });
  });

  it('stops polling a number the source no longer tracks', () => {
    const decision = onPollError(new TrackingNumberExpiredError('cainiao', 'LP00123'), ctx());
    expect(decision.action).toBe('stop-number');
    expect(decision).toMatchObject({ reason: expect.stringContaining('LP00123') });
  });

  it('backs the whole source off for at least Retry-After', () => {
    expect(onPollError(new CarrierRateLimitError('17track', 30_000), ctx())).toEqual({
      action: 'backoff-source',
      untilMs: NOW + 30_000,
      reason: '17track: rate limited, retry in 30 s',
    });
    // Repeated 429s with a short Retry-After grow like any backoff.
    expect(onPollError(new CarrierRateLimitError('17track', 1000), ctx(5, 0.9))).toMatchObject({
      action: 'backoff-source',
      untilMs: NOW + 28_800,
    });
  });

  it('retries an unavailable source with backoff and counts a breaker failure', () => {
    expect(onPollError(new CarrierUnavailableError('sim'), ctx(2))).toEqual({
      action: 'retry',
      atMs: NOW + 2000,
      reason: 'sim: the source is not answering',
      breakerFailure: true,
    });
  });

  it.each([
    ['a TypeError', new TypeError('fetch failed'), 'unexpected: fetch failed'],
    ['a string', 'boom', 'unexpected: boom'],
    ['undefined', undefined, 'unexpected: unknown error'],
  ])('treats %s as unavailable', (_name, error, reason) => {
    expect(onPollError(error, ctx(0))).toEqual({
      action: 'retry',
      atMs: NOW + 500,
      reason,
      breakerFailure: true,
    });
  });

  it('never schedules into the past, nor earlier than Retry-After', () => {
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 86_400_000 }),
        (attempt, r, retryAfter) => {
          const limited = onPollError(new CarrierRateLimitError('s', retryAfter), ctx(attempt, r));
          if (limited.action !== 'backoff-source') throw new Error('wrong action');
          expect(limited.untilMs).toBeGreaterThanOrEqual(NOW + retryAfter);
          const down = onPollError(new CarrierUnavailableError('s'), ctx(attempt, r));
          if (down.action !== 'retry') throw new Error('wrong action');
          expect(down.atMs).toBeGreaterThanOrEqual(NOW + backoff.minMs);
          expect(down.atMs).toBeLessThanOrEqual(NOW + backoff.capMs);
        },
      ),
    );
  });
});
