/**
 * @module engine/policy/circuit-breaker.test
 * Closed → open → half-open → closed/open, growing cool-downs, the ratio rule, snapshots,
 * and the single-probe property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';

const T0 = 1_800_000_000_000;
const opts: Partial<CircuitBreakerOptions> = {
  failureThreshold: 3,
  ratio: undefined,
  cooldownMs: 10_000,
  cooldownGrowth: 2,
  cooldownCapMs: 35_000,
  probeTimeoutMs: 5_000,
};

function failTimes(breaker: CircuitBreaker, n: number, atMs: number): void {
  for (let i = 0; i < n; i++) breaker.onFailure(atMs);
}

describe('CircuitBreaker', () => {
  it('opens after K consecutive failures; a success in between resets the count', () => {
    const b = new CircuitBreaker(opts);
    failTimes(b, 2, T0);
    b.onSuccess(T0);
    failTimes(b, 2, T0);
    expect(b.state).toBe('closed');
    expect(b.canCall(T0)).toBe(true);
    b.onFailure(T0);
    expect(b.state).toBe('open');
    expect(b.canCall(T0 + 9_999)).toBe(false);
    expect(b.snapshot()).toEqual({
      state: 'open',
      failures: 0,
      openedAtMs: T0,
      untilMs: T0 + 10_000,
      opens: 1,
    });
  });

  it('lets exactly one probe through when half-open; its success closes the circuit', () => {
    const b = new CircuitBreaker(opts);
    failTimes(b, 3, T0);
    expect(b.canCall(T0 + 10_000)).toBe(true);
    expect(b.state).toBe('half_open');
    expect(b.canCall(T0 + 10_001)).toBe(false);
    expect(b.retryAtMs(T0 + 10_001)).toBe(T0 + 15_000);
    b.onSuccess(T0 + 10_500);
    expect(b.state).toBe('closed');
    expect(b.canCall(T0 + 10_501)).toBe(true);
    expect(b.snapshot().opens).toBe(0);
  });

  it('re-opens on a failed probe with a growing, capped cool-down', () => {
    const b = new CircuitBreaker(opts);
    failTimes(b, 3, T0);
    let now = T0;
    const cooldowns: number[] = [];
    for (let i = 0; i < 4; i++) {
      const until = b.snapshot().untilMs ?? 0;
      cooldowns.push(until - now);
      now = until;
      expect(b.canCall(now)).toBe(true);
      b.onFailure(now);
      expect(b.state).toBe('open');
    }
    expect(cooldowns).toEqual([10_000, 20_000, 35_000, 35_000]);
  });

  it('frees the probe slot when a probe never reports back', () => {
    const b = new CircuitBreaker(opts);
    failTimes(b, 3, T0);
    expect(b.canCall(T0 + 10_000)).toBe(true);
    expect(b.canCall(T0 + 14_999)).toBe(false);
    expect(b.canCall(T0 + 15_000)).toBe(true);
  });

  it('opens on a failure ratio over the window', () => {
    const b = new CircuitBreaker({
      ...opts,
      failureThreshold: 100,
      ratio: { windowMs: 60_000, minCalls: 10, threshold: 0.5 },
    });
    for (let i = 0; i < 6; i++) b.onSuccess(T0 + i);
    failTimes(b, 4, T0 + 10); // 4 of 10
    b.onFailure(T0 + 11); // 5 of 11
    expect(b.state).toBe('closed');
    b.onFailure(T0 + 12); // 6 of 12
    expect(b.state).toBe('open');
  });

  it('forgets outcomes older than the window', () => {
    const b = new CircuitBreaker({
      ...opts,
      failureThreshold: 100,
      ratio: { windowMs: 1_000, minCalls: 4, threshold: 0.5 },
    });
    failTimes(b, 3, T0);
    b.onSuccess(T0 + 5_000);
    b.onSuccess(T0 + 5_001);
    b.onSuccess(T0 + 5_002);
    b.onFailure(T0 + 5_003);
    expect(b.state).toBe('closed');
  });

  it('ignores late outcomes while open', () => {
    const b = new CircuitBreaker(opts);
    failTimes(b, 3, T0);
    b.onSuccess(T0 + 1);
    failTimes(b, 5, T0 + 2);
    expect(b.snapshot().untilMs).toBe(T0 + 10_000);
  });

  it('resumes from a snapshot (source_state.circuit / circuit_until)', () => {
    const b = new CircuitBreaker(opts, { state: 'open', untilMs: T0 + 1000 });
    expect(b.canCall(T0)).toBe(false);
    expect(b.retryAtMs(T0)).toBe(T0 + 1000);
    expect(b.canCall(T0 + 1000)).toBe(true);
    b.onFailure(T0 + 1000);
    expect(b.snapshot().untilMs).toBe(T0 + 1000 + 20_000);
  });

  it('never allows two probes at once while half-open', () => {
    type Op = { kind: 'call' | 'ok' | 'fail'; dt: number };
    const op = fc.record({
      kind: fc.constantFrom<Op['kind']>('call', 'ok', 'fail'),
      dt: fc.integer({ min: 0, max: 8_000 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const b = new CircuitBreaker(opts);
        let now = T0;
        let probeOutAt: number | null = null;
        for (const { kind, dt } of ops) {
          now += dt;
          if (kind === 'call') {
            const wasHalfOpenOrOpen = b.state !== 'closed';
            const allowed = b.canCall(now);
            if (allowed && wasHalfOpenOrOpen) {
              // A second probe only after the first reported back or timed out.
              if (probeOutAt !== null) expect(now - probeOutAt).toBeGreaterThanOrEqual(5_000);
              probeOutAt = now;
            }
            if (!allowed) expect(b.state).not.toBe('closed');
          } else if (kind === 'ok') {
            b.onSuccess(now);
            if (b.state === 'closed') probeOutAt = null;
          } else {
            b.onFailure(now);
            if (b.state === 'open') probeOutAt = null;
          }
        }
      }),
    );
  });
});
