/**
 * @module engine/policy/backoff.test
 * Full-jitter windows, the cap, the floor and Retry-After as a lower bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BackoffOptions, backoffCeiling, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';

const opts: BackoffOptions = { baseMs: 1000, capMs: 60_000, minMs: 100 };

describe('backoff', () => {
  it.each([
    [0, 1000],
    [1, 2000],
    [3, 8000],
    [6, 60_000],
    [10_000, 60_000],
  ])('attempt %i draws from [0, %i] ms', (attempt, ceiling) => {
    expect(backoffCeiling(attempt, opts)).toBe(ceiling);
    expect(backoffDelay(attempt, () => 0.999_999, opts)).toBe(ceiling - 1);
    expect(backoffDelay(attempt, () => 0.5, opts)).toBe(ceiling / 2);
  });

  it('never retries sooner than the floor', () => {
    expect(backoffDelay(0, () => 0, opts)).toBe(100);
    expect(backoffDelay(0, () => 0)).toBe(DEFAULT_BACKOFF.minMs);
  });

  it('waits at least Retry-After, even beyond the cap', () => {
    expect(backoffDelay(0, () => 0.1, opts, 30_000)).toBe(30_000);
    expect(backoffDelay(6, () => 0.9, opts, 30_000)).toBe(54_000);
    expect(backoffDelay(0, () => 0.1, opts, 3_600_000)).toBe(3_600_000);
    expect(backoffDelay(0, () => 0.5, opts, 0)).toBe(500);
  });

  it('never exceeds the cap (without Retry-After) and never undercuts Retry-After', () => {
    fc.assert(
      fc.property(
        fc.nat(2000),
        fc.double({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: undefined }),
        (attempt, r, baseMs, capMs, minMs, retryAfter) => {
          const options = { baseMs, capMs, minMs };
          const delay = backoffDelay(attempt, () => r, options, retryAfter);
          expect(Number.isFinite(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(Math.min(minMs, capMs));
          if (retryAfter !== undefined) expect(delay).toBeGreaterThanOrEqual(retryAfter);
          expect(delay).toBeLessThanOrEqual(Math.max(capMs, retryAfter ?? 0));
          expect(delay).toBeLessThanOrEqual(
            Math.max(backoffCeiling(attempt, options), Math.min(minMs, capMs), retryAfter ?? 0),
          );
        },
      ),
    );
  });
});
