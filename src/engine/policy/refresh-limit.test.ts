/**
 * @module engine/policy/refresh-limit.test
 * "Refresh now": once per 5 minutes per parcel, not when just checked, under a global cap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RefreshLimiter } from './refresh-limit.js';

const T0 = 1_800_000_000_000;
const MIN = 60_000;

describe('RefreshLimiter', () => {
  it('allows one refresh per parcel per 5 minutes and says how long to wait', () => {
    const limiter = new RefreshLimiter(T0);
    expect(limiter.request('shp_1', T0)).toEqual({ ok: true });
    expect(limiter.request('shp_1', T0 + MIN)).toEqual({
      ok: false,
      waitMs: 4 * MIN,
      reason: 'parcel',
    });
    expect(limiter.request('shp_2', T0 + MIN)).toEqual({ ok: true });
    expect(limiter.request('shp_1', T0 + 5 * MIN)).toEqual({ ok: true });
  });

  it('refuses when the parcel was just checked anyway', () => {
    const limiter = new RefreshLimiter(T0);
    expect(limiter.request('shp_1', T0, T0 - 20_000)).toEqual({
      ok: false,
      waitMs: 40_000,
      reason: 'fresh',
    });
    expect(limiter.request('shp_1', T0, T0 - MIN)).toEqual({ ok: true });
  });

  it('caps refreshes across all parcels', () => {
    const limiter = new RefreshLimiter(T0, { global: { capacity: 3, refillPerSecond: 1 } });
    for (const id of ['a', 'b', 'c']) expect(limiter.request(id, T0).ok).toBe(true);
    expect(limiter.request('d', T0)).toEqual({ ok: false, waitMs: 1000, reason: 'global' });
    // A refusal records nothing: 'd' is not held back by the per-parcel rule.
    expect(limiter.request('d', T0 + 1000)).toEqual({ ok: true });
  });

  it('forgets parcels whose window has passed, and never remembers more than maxTracked', () => {
    const limiter = new RefreshLimiter(T0, {
      maxTracked: 50,
      global: { capacity: 1000, refillPerSecond: 1000 },
    });
    for (let i = 0; i < 200; i++) limiter.request(`p${i}`, T0 + i);
    expect(limiter.tracked).toBe(50);
    limiter.request('late', T0 + 10 * MIN);
    expect(limiter.tracked).toBe(1);
  });

  it('never grants one parcel twice within the window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 3 * MIN })), {
          maxLength: 100,
        }),
        (requests) => {
          const limiter = new RefreshLimiter(T0);
          const granted = new Map<string, number>();
          let now = T0;
          for (const [id, dt] of requests) {
            now += dt;
            const result = limiter.request(id, now);
            if (result.ok) {
              const last = granted.get(id);
              if (last !== undefined) expect(now - last).toBeGreaterThanOrEqual(5 * MIN);
              granted.set(id, now);
            } else {
              expect(result.waitMs).toBeGreaterThan(0);
            }
          }
        },
      ),
    );
  });
});
