import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyLaneStats,
  type LaneStats,
  laneKeys,
  laneStatsFromJSON,
  laneStatsToJSON,
  lookupLane,
  mergeLaneStats,
  recordDelivery,
  smallLane,
} from './lanes.js';
import { sketchOf, sketchToJSON } from './sketch.js';
import { syntheticJourneys } from './synthetic.js';
import type { DeliveredShipment } from './types.js';

const END = Date.parse('2026-05-01T00:00:00Z');

function parcel(days: number, over: Partial<DeliveredShipment> = {}): DeliveredShipment {
  const start = Date.parse('2026-03-01T08:00:00Z');
  const at = (d: number) => new Date(start + d * 86_400_000).toISOString();
  return {
    service: 'aliexpress-standard',
    originCountry: 'CN',
    destinationCountry: 'FR',
    lastMileCarrier: 'la-poste',
    shippedAt: at(0),
    milestonesReached: [
      { milestone: 'picked_up', at: at(0) },
      { milestone: 'arrived_destination', at: at(days * 0.6) },
      { milestone: 'delivered', at: at(days) },
    ],
    status: 'delivered',
    ...over,
  };
}

function fold(list: DeliveredShipment[]): LaneStats {
  const s = emptyLaneStats();
  for (const p of list) recordDelivery(s, p);
  return s;
}

describe('lane statistics', () => {
  it('files a delivery under its lane, method, class, country pair and pool', () => {
    const s = emptyLaneStats();
    expect(recordDelivery(s, parcel(20))).toBe(true);
    expect(Object.keys(s.lanes).sort()).toEqual([
      'CN>*|aliexpress-standard|*',
      'CN>FR|*|*',
      'CN>FR|aliexpress-standard|*',
      'CN>FR|aliexpress-standard|la-poste',
      'CN>FR|standard|*',
    ]);
    const full = s.lanes['CN>FR|aliexpress-standard|la-poste']!;
    expect(full.total.n).toBe(1);
    expect(full.total.max).toBeCloseTo(20 * 24, 6);
    expect(full.from.arrived_destination?.max).toBeCloseTo(8 * 24, 6);
    expect(Object.keys(full.from)).not.toContain('delivered');
  });

  it('refuses a parcel it cannot place, and changes nothing', () => {
    const s = emptyLaneStats();
    const { destinationCountry: _d, ...noDest } = parcel(10);
    expect(recordDelivery(s, noDest)).toBe(false);
    expect(recordDelivery(s, { ...parcel(10), milestonesReached: [] })).toBe(false);
    expect(s.lanes).toEqual({});
  });

  it('skips keys it cannot fill', () => {
    expect(laneKeys({ origin: 'CN', destination: 'FR' }).map((k) => k.level)).toEqual([
      'countries',
    ]);
  });

  it('merges like one fold over everything, in any order', () => {
    const all = syntheticJourneys({ seed: 5, count: 60, endMs: END });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (i, j) => {
        const [a, b] = [Math.min(i, j), Math.max(i, j)];
        const x = fold(all.slice(0, a));
        const y = fold(all.slice(a, b));
        const z = fold(all.slice(b));
        const whole = fold(all);
        expect(mergeLaneStats(mergeLaneStats(x, y), z)).toEqual(whole);
        expect(mergeLaneStats(x, mergeLaneStats(y, z))).toEqual(whole);
        expect(mergeLaneStats(z, mergeLaneStats(x, y))).toEqual(whole);
      }),
      { numRuns: 8 },
    );
  });

  it('does not change its inputs when merging', () => {
    const a = fold([parcel(10)]);
    const before = JSON.stringify(laneStatsToJSON(a));
    mergeLaneStats(a, fold([parcel(12)]));
    expect(JSON.stringify(laneStatsToJSON(a))).toBe(before);
  });

  it('falls back from the full lane to the method, then the class, until enough are known', () => {
    const s = fold([
      ...Array.from({ length: 10 }, () => parcel(12)),
      ...Array.from({ length: 15 }, () => parcel(20, { lastMileCarrier: 'colis-prive' })),
      ...Array.from({ length: 12 }, () => parcel(14, { service: 'epacket' })),
    ]);
    const lane = {
      origin: 'CN',
      destination: 'FR',
      service: 'aliexpress-standard',
      serviceClass: 'standard' as const,
      lastMile: 'la-poste',
    };
    expect(lookupLane(s, lane, 'start')?.level).toBe('class');
    expect(lookupLane(s, lane, 'start')?.sketch.n).toBe(37);
    expect(lookupLane(s, lane, 'start', 20)?.level).toBe('service');
    expect(lookupLane(s, lane, 'start', 20)?.sketch.n).toBe(25);
    expect(lookupLane(s, lane, 'start', 10)?.level).toBe('full');
    expect(lookupLane(s, lane, 'start', 38)).toBeNull();
    expect(lookupLane(s, lane, 'customs_released')).toBeNull();
  });

  it('fills a small lane of a method up with its pool, never with other methods', () => {
    const s = fold([
      ...Array.from({ length: 5 }, () => parcel(10, { destinationCountry: 'BE' })),
      ...Array.from({ length: 40 }, () => parcel(12)),
      ...Array.from({ length: 50 }, () => parcel(30, { service: 'china-post' })),
    ]);
    const lane = {
      origin: 'CN',
      destination: 'BE',
      service: 'aliexpress-standard',
      serviceClass: 'standard' as const,
    };
    expect(lookupLane(s, lane, 'start')).toBeNull();
    const small = smallLane(s, lane, 'start');
    expect(small?.hit.level).toBe('service');
    expect(small?.hit.sketch.n).toBe(5);
    expect(small?.pool.n).toBe(45);
    expect(small?.pool.max).toBeCloseTo(12 * 24, 6);
    // No parcel of its own on the lane, or too small a pool: nothing to fill up.
    expect(smallLane(s, { ...lane, destination: 'NZ' }, 'start')).toBeNull();
    expect(smallLane(s, lane, 'start', 46)).toBeNull();
    expect(smallLane(s, { origin: 'CN', destination: 'BE' }, 'start')).toBeNull();
  });

  it('keeps two methods of one class apart', () => {
    // Both premium: a lane of their mixture would be too wide for one, too narrow for the other.
    const s = fold([
      ...Array.from({ length: 40 }, () => parcel(8, { service: 'aliexpress-premium' })),
      ...Array.from({ length: 40 }, () => parcel(14, { service: 'aliexpress-choice' })),
    ]);
    const lane = { origin: 'CN', destination: 'FR', serviceClass: 'premium' as const };
    const premium = lookupLane(s, { ...lane, service: 'aliexpress-premium' }, 'start');
    const choice = lookupLane(s, { ...lane, service: 'aliexpress-choice' }, 'start');
    expect(premium?.level).toBe('service');
    expect(premium?.sketch.n).toBe(40);
    expect(premium?.sketch.max).toBeCloseTo(8 * 24, 6);
    expect(choice?.sketch.min).toBeCloseTo(14 * 24, 6);
    expect(s.lanes['CN>FR|premium|*']?.total.n).toBe(80);
  });

  it('uses the country pair only when the class is unknown', () => {
    const s = fold(Array.from({ length: 40 }, () => parcel(15)));
    expect(lookupLane(s, { origin: 'CN', destination: 'FR' }, 'start')?.level).toBe('countries');
    expect(
      lookupLane(s, { origin: 'CN', destination: 'FR', serviceClass: 'express' }, 'start'),
    ).toBeNull();
  });

  it('survives a JSON round trip', () => {
    const s = fold(syntheticJourneys({ seed: 6, count: 40, endMs: END }));
    s.windowDays = 90;
    const back = laneStatsFromJSON(JSON.parse(JSON.stringify(laneStatsToJSON(s))));
    expect(back).toEqual(s);
    expect(() => laneStatsFromJSON({ v: 2, lanes: {} })).toThrow();
  });
});

describe('stored lane statistics', () => {
  it('refuses a milestone it does not know', () => {
    const sk = sketchToJSON(sketchOf([10, 20]));
    const lanes = (from: Record<string, unknown>) => ({
      v: 1,
      lanes: { 'CN>FR|*|*': { total: sk, from } },
    });
    expect(laneStatsFromJSON(lanes({ start: sk })).lanes['CN>FR|*|*']?.from.start?.n).toBe(2);
    expect(() => laneStatsFromJSON(lanes({ nowhere: sk }))).toThrow(/nowhere/);
    expect(() => laneStatsFromJSON(lanes({ delivered: sk }))).toThrow(/delivered/);
  });
});
