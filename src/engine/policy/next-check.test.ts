/**
 * @module engine/policy/next-check.test
 * The polling table by state, the stop rules, jitter bounds and config overrides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MILESTONES, type Milestone, STATUSES, type Status } from '../../core/status/taxonomy.js';
import {
  DEFAULT_INTERVALS,
  DEFAULT_POLLING,
  type NextCheck,
  nextCheckAt,
  type PollRule,
  type PollState,
  pollingConfig,
} from './next-check.js';

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.UTC(2026, 10, 1, 8, 0, 0);
const mid = () => 0.5;

function state(
  status: Status,
  milestone: Milestone | null,
  extra: Partial<PollState> = {},
): PollState {
  return { status, milestone, registeredAtMs: T0, lastEventAtMs: T0, ...extra };
}

function delayOf(result: NextCheck, nowMs: number): number {
  if (result.stop) throw new Error(`expected a next check, got stop: ${result.reason}`);
  return result.atMs - nowMs;
}

describe('nextCheckAt: the polling table', () => {
  const now = T0 + 2 * H;
  // [what, rule, min h, max h, state]: the table's base ±15% jitter.
  const cases: [string, PollRule, number, number, PollState][] = [
    ['pending, fresh', 'pending_early', 2, 4, state('pending', null, { lastEventAtMs: undefined })],
    ['info received', 'info_received', 6, 12, state('info_received', 'label_created')],
    ['picked up', 'origin', 3, 6, state('in_transit', 'picked_up')],
    ['in transit, no milestone', 'origin', 3, 6, state('in_transit', null)],
    ['departed origin', 'long_haul', 8, 12, state('in_transit', 'departed_origin')],
    ['international transit', 'long_haul', 8, 12, state('in_transit', 'international_transit')],
    [
      'arrived destination',
      'near_destination',
      2.9,
      4.1,
      state('in_transit', 'arrived_destination'),
    ],
    ['import customs', 'near_destination', 2.9, 4.1, state('in_transit', 'import_customs')],
    [
      'destination facility',
      'near_destination',
      2.9,
      4.1,
      state('in_transit', 'destination_facility'),
    ],
    [
      'out for delivery',
      'out_for_delivery',
      0.8,
      1.2,
      state('out_for_delivery', 'out_for_delivery'),
    ],
    ['pickup point', 'awaiting_recipient', 4, 6, state('available_for_pickup', 'pickup_point')],
    ['failed attempt', 'awaiting_recipient', 4, 6, state('failed_attempt', 'out_for_delivery')],
    ['exception', 'exception', 5, 7, state('exception', 'import_customs')],
    ['returning', 'returning', 10, 14, state('exception', 'returning')],
  ];
  it.each(cases)('%s → %s, every %s–%s h', (_name, rule, minH, maxH, s) => {
    for (const r of [0, 0.25, 0.5, 0.75, 0.999]) {
      const result = nextCheckAt(s, now, () => r);
      expect(result.reason).toBe(rule);
      const delay = delayOf(result, now);
      expect(delay).toBeGreaterThanOrEqual(minH * H);
      expect(delay).toBeLessThanOrEqual(maxH * H);
    }
  });

  it('polls a pending number often for 72 h, then daily', () => {
    const s = state('pending', null, { lastEventAtMs: undefined });
    expect(nextCheckAt(s, T0 + 71 * H, mid).reason).toBe('pending_early');
    const late = nextCheckAt(s, T0 + 73 * H, mid);
    expect(late.reason).toBe('pending_late');
    expect(delayOf(late, T0 + 73 * H)).toBe(D);
  });

  it('counts the interval from the last check, and a late check is due now', () => {
    const s = state('out_for_delivery', 'out_for_delivery', { lastCheckedAtMs: T0 + 10 * H });
    expect(nextCheckAt(s, T0 + 10.5 * H, mid)).toEqual({
      atMs: T0 + 11 * H,
      reason: 'out_for_delivery',
    });
    expect(nextCheckAt(s, T0 + 30 * H, mid)).toEqual({
      atMs: T0 + 30 * H,
      reason: 'out_for_delivery',
    });
  });

  it('stretches the interval ×2 per consecutive failure, up to the cap', () => {
    const at = (failures: number) =>
      delayOf(
        nextCheckAt(state('in_transit', 'picked_up', { consecutiveFailures: failures }), T0, mid),
        T0,
      );
    expect(at(0)).toBe(DEFAULT_INTERVALS.origin);
    expect(at(1)).toBe(2 * DEFAULT_INTERVALS.origin);
    expect(at(2)).toBe(4 * DEFAULT_INTERVALS.origin);
    expect(at(50)).toBe(4 * DEFAULT_INTERVALS.origin);
  });
});

describe('nextCheckAt: stop rules', () => {
  it('stops on delivered, returned and expired', () => {
    expect(nextCheckAt(state('delivered', 'delivered'), T0, mid)).toEqual({
      stop: true,
      reason: 'delivered',
    });
    expect(nextCheckAt(state('exception', 'returned'), T0, mid)).toEqual({
      stop: true,
      reason: 'returned',
    });
    expect(nextCheckAt(state('expired', null), T0, mid)).toEqual({ stop: true, reason: 'expired' });
  });

  it('expires a number after 30 days without news, counted from the last event', () => {
    const pending = state('pending', null, { lastEventAtMs: undefined });
    expect(nextCheckAt(pending, T0 + 29 * D, mid).stop).toBeUndefined();
    expect(nextCheckAt(pending, T0 + 30 * D, mid)).toEqual({ stop: true, reason: 'expired' });
    const moving = state('in_transit', 'international_transit', { lastEventAtMs: T0 + 20 * D });
    expect(nextCheckAt(moving, T0 + 40 * D, mid).stop).toBeUndefined();
    expect(nextCheckAt(moving, T0 + 50 * D, mid).stop).toBe(true);
  });

  it('takes N days from the config', () => {
    const config = pollingConfig({ expireAfterDays: 10 });
    const s = state('pending', null, { lastEventAtMs: undefined });
    expect(nextCheckAt(s, T0 + 10 * D, mid, config)).toEqual({ stop: true, reason: 'expired' });
    expect(nextCheckAt(s, T0 + 10 * D, mid).stop).toBeUndefined();
  });

  it('always stops a delivered or returned shipment, whatever else it says', () => {
    const anyState = fc.record({
      status: fc.constantFrom(...STATUSES),
      milestone: fc.option(fc.constantFrom(...MILESTONES), { nil: null }),
      registeredAtMs: fc.integer({ min: 0, max: 2e12 }),
      lastEventAtMs: fc.option(fc.integer({ min: 0, max: 2e12 }), { nil: undefined }),
      lastCheckedAtMs: fc.option(fc.integer({ min: 0, max: 2e12 }), { nil: undefined }),
      consecutiveFailures: fc.option(fc.nat(100), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        anyState,
        fc.integer({ min: 0, max: 2e12 }),
        fc.double({ min: 0, max: 1 }),
        (s, now, r) => {
          const result = nextCheckAt(s, now, () => r);
          if (s.status === 'delivered') expect(result).toEqual({ stop: true, reason: 'delivered' });
          else if (s.milestone === 'returned')
            expect(result).toEqual({ stop: true, reason: 'returned' });
          if (!result.stop) {
            expect(result.atMs).toBeGreaterThanOrEqual(now);
            expect(Number.isFinite(result.atMs)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('nextCheckAt: jitter', () => {
  it('stays within ±jitter of the table interval', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...([
            'pending',
            'info_received',
            'in_transit',
            'out_for_delivery',
            'failed_attempt',
            'available_for_pickup',
            'exception',
          ] as const),
        ),
        fc.option(fc.constantFrom(...MILESTONES.filter((m) => m !== 'returned')), { nil: null }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (status, milestone, jitter, r) => {
          const config = pollingConfig({ jitter });
          const result = nextCheckAt(state(status, milestone), T0, () => r, config);
          if (result.stop) throw new Error('unexpected stop');
          const base = config.intervals[result.reason];
          const delay = result.atMs - T0;
          expect(delay).toBeGreaterThanOrEqual(Math.floor(base * (1 - jitter)));
          expect(delay).toBeLessThanOrEqual(Math.ceil(base * (1 + jitter)));
        },
      ),
    );
  });

  it('spreads parcels registered together across the window', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const s = state('pending', null, { lastEventAtMs: undefined });
    const slots = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const result = nextCheckAt(s, T0, random);
      if (!result.stop) slots.add(Math.floor((result.atMs - T0) / 60_000));
    }
    // ±15% of 3 h is a 54-minute window; 1000 parcels should land in most of its minutes.
    expect(slots.size).toBeGreaterThan(45);
  });

  it('survives a broken random (NaN, out of range) with an in-bounds delay', () => {
    const s = state('in_transit', 'picked_up');
    for (const r of [Number.NaN, -3, 7, Number.POSITIVE_INFINITY]) {
      const delay = delayOf(
        nextCheckAt(s, T0, () => r),
        T0,
      );
      expect(delay).toBeGreaterThanOrEqual(DEFAULT_INTERVALS.origin * 0.85);
      expect(delay).toBeLessThanOrEqual(DEFAULT_INTERVALS.origin * 1.15);
    }
  });

  it('uses the default ±15% and rejects a jitter outside [0, 1)', () => {
    expect(DEFAULT_POLLING.jitter).toBe(0.15);
    expect(() => pollingConfig({ jitter: 1 })).toThrow(RangeError);
    expect(() => pollingConfig({ intervals: { origin: 0 } })).toThrow(RangeError);
    expect(pollingConfig({ intervals: { origin: H } }).intervals.long_haul).toBe(10 * H);
  });
});
