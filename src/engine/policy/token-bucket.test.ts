/**
 * @module engine/policy/token-bucket.test
 * Token bucket grants and waits, the never-more-than-earned property, and the daily quota's
 * UTC and announced resets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, DailyQuota, nextUtcMidnight, TokenBucket } from './token-bucket.js';

const T0 = Date.UTC(2026, 10, 21, 10, 30, 0);

describe('TokenBucket', () => {
  it('grants a burst of `capacity`, then says how long to wait', () => {
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2 }, T0);
    expect(bucket.take(T0)).toEqual({ ok: true });
    expect(bucket.take(T0)).toEqual({ ok: true });
    expect(bucket.take(T0)).toEqual({ ok: true });
    expect(bucket.take(T0)).toEqual({ ok: false, waitMs: 500 });
    expect(bucket.take(T0 + 250)).toEqual({ ok: false, waitMs: 250 });
    expect(bucket.take(T0 + 500)).toEqual({ ok: true });
  });

  it('takes several tokens at once and never refills past capacity', () => {
    const bucket = new TokenBucket({ capacity: 5, refillPerSecond: 1 }, T0);
    expect(bucket.take(T0, 5)).toEqual({ ok: true });
    expect(bucket.take(T0 + 2000, 3)).toEqual({ ok: false, waitMs: 1000 });
    expect(bucket.available(T0 + 3_600_000)).toBe(5);
    expect(() => bucket.take(T0, 6)).toThrow(RangeError);
    expect(() => bucket.take(T0, 0)).toThrow(RangeError);
  });

  it('ignores a clock that steps back', () => {
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 1 }, T0);
    expect(bucket.take(T0).ok).toBe(true);
    expect(bucket.take(T0 - 10_000).ok).toBe(false);
    expect(bucket.take(T0 + 1000).ok).toBe(true);
  });

  it('builds from a source limit of less than one call per second', () => {
    const bucket = TokenBucket.perSecond(0.5, T0);
    expect(bucket.capacity).toBe(1);
    expect(bucket.take(T0).ok).toBe(true);
    expect(bucket.take(T0)).toEqual({ ok: false, waitMs: 2000 });
  });

  it('resumes from a snapshot', () => {
    const a = new TokenBucket({ capacity: 4, refillPerSecond: 1 }, T0);
    a.take(T0, 4);
    const b = new TokenBucket({ capacity: 4, refillPerSecond: 1 }, T0 + 5, a.snapshot());
    expect(b.take(T0 + 5).ok).toBe(false);
  });

  it('never grants more than capacity + refill × elapsed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1, max: 5 })), {
          maxLength: 200,
        }),
        (capacity, refillPerSecond, steps) => {
          const bucket = new TokenBucket({ capacity, refillPerSecond }, T0);
          let now = T0;
          let granted = 0;
          for (const [dt, want] of steps) {
            now += dt;
            const n = Math.min(want, capacity);
            const result = bucket.take(now, n);
            if (result.ok) granted += n;
            else {
              expect(result.waitMs).toBeGreaterThan(0);
              // Waiting as told is enough.
              const copy = new TokenBucket({ capacity, refillPerSecond }, now, bucket.snapshot());
              expect(copy.take(now + result.waitMs, n).ok).toBe(true);
            }
          }
          const earned = capacity + (refillPerSecond * (now - T0)) / 1000;
          expect(granted).toBeLessThanOrEqual(earned + 1e-6);
        },
      ),
    );
  });
});

describe('DailyQuota', () => {
  it('resets at the next UTC midnight by default', () => {
    expect(nextUtcMidnight(T0)).toBe(Date.UTC(2026, 10, 22));
    expect(nextUtcMidnight(Date.UTC(2026, 10, 22))).toBe(Date.UTC(2026, 10, 23));
    const quota = new DailyQuota(2, T0);
    expect(quota.take(T0)).toEqual({ ok: true, left: 1 });
    expect(quota.take(T0)).toEqual({ ok: true, left: 0 });
    const midnight = Date.UTC(2026, 10, 22);
    expect(quota.take(T0 + 1000)).toEqual({
      ok: false,
      waitMs: midnight - T0 - 1000,
      resetsAtMs: midnight,
    });
    expect(quota.take(midnight)).toEqual({ ok: true, left: 1 });
    expect(quota.resetsAtMs(midnight)).toBe(midnight + DAY_MS);
  });

  it('follows a reset instant the source announced, then every 24 h after it', () => {
    const quota = new DailyQuota(100, T0);
    const announced = T0 + 3 * 3_600_000;
    quota.sync(0, announced, T0);
    expect(quota.take(T0).ok).toBe(false);
    expect(quota.left(announced)).toBe(100);
    // Skipping several days lands on the same time of day.
    expect(quota.resetsAtMs(announced + 3 * DAY_MS + 5)).toBe(announced + 4 * DAY_MS);
  });

  it('resumes from the persisted quota_left / quota_resets_at', () => {
    const a = new DailyQuota(10, T0);
    a.take(T0, 7);
    const snap = a.snapshot(T0);
    expect(snap).toEqual({ left: 3, resetsAtMs: Date.UTC(2026, 10, 22) });
    const b = new DailyQuota(10, T0, snap);
    expect(b.take(T0, 4).ok).toBe(false);
    expect(b.take(T0, 3)).toEqual({ ok: true, left: 0 });
  });

  it('never grants more than perDay within one quota day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.integer({ min: 0, max: 3 * 3_600_000 }), { maxLength: 100 }),
        (perDay, gaps) => {
          const quota = new DailyQuota(perDay, T0);
          const grantedByDay = new Map<number, number>();
          let now = T0;
          for (const gap of gaps) {
            now += gap;
            if (quota.take(now).ok) {
              const day = Math.floor(now / DAY_MS);
              grantedByDay.set(day, (grantedByDay.get(day) ?? 0) + 1);
            }
          }
          for (const n of grantedByDay.values()) expect(n).toBeLessThanOrEqual(perDay);
        },
      ),
    );
  });
});
