/**
 * @module engine/policy/source-gate.test
 * The combined per-source gate: each refusal reason, budgets, decisions applied, persistence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CarrierAuthError,
  CarrierRateLimitError,
  CarrierUnavailableError,
  TrackingNumberExpiredError,
} from '../../carriers/errors.js';
import type { SourceLimits } from '../../carriers/types.js';
import { onPollError } from './decide.js';
import { SourceGate } from './source-gate.js';

const T0 = Date.UTC(2026, 10, 21, 6, 0, 0);
const limits: SourceLimits = { perSecond: 2, perDay: 5, batchSize: 40, concurrency: 2 };
const breaker = { failureThreshold: 2, ratio: undefined, cooldownMs: 10_000 };
const ctx = (attempt = 0) => ({ nowMs: T0, attempt, random: () => 0.5 });

describe('SourceGate', () => {
  it('refuses on the rate, then on the daily quota', () => {
    const gate = new SourceGate('sim', limits, T0);
    expect(gate.budget(T0)).toBe(2);
    expect(gate.acquire(T0)).toEqual({ ok: true });
    expect(gate.acquire(T0)).toEqual({ ok: true });
    expect(gate.acquire(T0)).toEqual({ ok: false, waitMs: 500, reason: 'rate' });
    expect(gate.budget(T0)).toBe(0);
    for (let i = 1; i <= 3; i++) expect(gate.acquire(T0 + i * 1000).ok).toBe(true);
    const refused = gate.acquire(T0 + 10_000);
    expect(refused).toMatchObject({ ok: false, reason: 'quota' });
    expect(gate.persisted(T0 + 10_000)).toMatchObject({
      quotaLeft: 0,
      quotaResetsAt: Date.UTC(2026, 10, 22),
    });
  });

  it('backs off until Retry-After and counts the 429 streak', () => {
    const gate = new SourceGate('sim', limits, T0);
    const decision = onPollError(new CarrierRateLimitError('sim', 60_000), ctx());
    gate.onDecision(decision, T0);
    expect(gate.rateLimitStreak).toBe(1);
    expect(gate.acquire(T0 + 1000)).toEqual({ ok: false, waitMs: 59_000, reason: 'backoff' });
    expect(gate.persisted(T0).nextAllowedAt).toBe(T0 + 60_000);
    expect(gate.acquire(T0 + 60_000).ok).toBe(true);
    gate.onSuccess(T0 + 60_100);
    expect(gate.rateLimitStreak).toBe(0);
  });

  it('opens the circuit on repeated unavailability, then lets one probe through', () => {
    const gate = new SourceGate('sim', { ...limits, perDay: undefined }, T0, {}, breaker);
    for (let i = 0; i < 2; i++) {
      gate.onDecision(onPollError(new CarrierUnavailableError('sim'), ctx(i)), T0);
    }
    expect(gate.acquire(T0 + 1000)).toEqual({ ok: false, waitMs: 9_000, reason: 'circuit' });
    expect(gate.persisted(T0)).toMatchObject({
      healthy: false,
      circuit: 'open',
      circuitUntil: T0 + 10_000,
    });
    expect(gate.budget(T0 + 10_000)).toBe(1);
    expect(gate.acquire(T0 + 10_000).ok).toBe(true);
    expect(gate.acquire(T0 + 10_600)).toMatchObject({ ok: false, reason: 'circuit' });
    gate.onSuccess(T0 + 10_700);
    expect(gate.persisted(T0 + 10_700)).toMatchObject({ healthy: true, circuit: 'closed' });
  });

  it('stays disabled after an auth error until an operator re-enables it', () => {
    const gate = new SourceGate('dhl', limits, T0);
    gate.onDecision(onPollError(new CarrierAuthError('dhl'), ctx()), T0);
    expect(gate.acquire(T0 + 86_400_000)).toMatchObject({ ok: false, reason: 'disabled' });
    expect(gate.disabledReason).toContain('credentials');
    expect(gate.persisted(T0).healthy).toBe(false);
    gate.enable();
    expect(gate.acquire(T0).ok).toBe(true);
  });

  it('treats an expired number as an answer from a healthy source', () => {
    const gate = new SourceGate('sim', limits, T0, {}, breaker);
    gate.onDecision(onPollError(new CarrierUnavailableError('sim'), ctx()), T0);
    gate.onDecision(onPollError(new TrackingNumberExpiredError('sim', 'X1'), ctx()), T0);
    gate.onDecision(onPollError(new CarrierUnavailableError('sim'), ctx()), T0);
    expect(gate.breaker.state).toBe('closed');
  });

  it('resumes from the persisted source_state columns', () => {
    const gate = new SourceGate('sim', limits, T0, {
      quotaLeft: 1,
      quotaResetsAt: T0 + 3_600_000,
      circuit: 'open',
      circuitUntil: T0 + 5_000,
      nextAllowedAt: null,
    });
    expect(gate.acquire(T0)).toMatchObject({ ok: false, reason: 'circuit' });
    expect(gate.acquire(T0 + 5_000).ok).toBe(true);
    gate.onSuccess(T0 + 5_100);
    expect(gate.acquire(T0 + 6_000)).toMatchObject({ ok: false, reason: 'quota' });
    expect(gate.acquire(T0 + 3_600_000).ok).toBe(true);
  });

  it('never grants more calls than its rate and quota allow', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 200 }), (gaps) => {
        const gate = new SourceGate('sim', limits, T0);
        let now = T0;
        let granted = 0;
        for (const gap of gaps) {
          now += gap;
          const before = gate.budget(now);
          const result = gate.acquire(now);
          expect(result.ok).toBe(before > 0);
          if (result.ok) granted += 1;
          else expect(result.waitMs).toBeGreaterThan(0);
        }
        expect(granted).toBeLessThanOrEqual(2 + (2 * (now - T0)) / 1000 + 1e-6);
        expect(granted).toBeLessThanOrEqual(5 * (1 + Math.floor((now - T0) / 86_400_000) + 1));
      }),
    );
  });
});
