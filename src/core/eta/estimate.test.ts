import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MILESTONES, type Milestone, STATUSES } from '../status/taxonomy.js';
import { estimate } from './estimate.js';
import { fitLaneStats } from './evaluate.js';
import { syntheticJourneys } from './synthetic.js';
import type { DeliveredShipment, EtaInput } from './types.js';

const NOW = Date.parse('2026-04-10T12:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();

function standard(reached: Array<[Milestone, number]>, over: Partial<EtaInput> = {}): EtaInput {
  return {
    service: 'aliexpress-standard',
    originCountry: 'CN',
    destinationCountry: 'FR',
    shippedAt: ago(reached[0]?.[1] ?? 0),
    milestonesReached: reached.map(([milestone, d]) => ({ milestone, at: ago(d) })),
    status: 'in_transit',
    ...over,
  };
}

function days(iso: string): number {
  return (Date.parse(iso) - NOW) / DAY;
}

describe('estimate from the service prior', () => {
  // Standard: 15–30 days door to door. [what was reached, days ago] → likely days from now.
  it.each<[string, Array<[Milestone, number]>, number, number]>([
    ['just picked up', [['picked_up', 0]], 19, 23],
    [
      'left China 5 days ago',
      [
        ['picked_up', 7],
        ['departed_origin', 5],
      ],
      10,
      14,
    ],
    [
      'arrived 1 day ago',
      [
        ['picked_up', 12],
        ['arrived_destination', 1],
      ],
      7,
      11,
    ],
    [
      'customs released today',
      [
        ['picked_up', 15],
        ['customs_released', 0],
      ],
      5,
      8,
    ],
    [
      'out for delivery this morning',
      [
        ['picked_up', 20],
        ['out_for_delivery', 0.1],
      ],
      0,
      1.5,
    ],
  ])('%s', (_name, reached, lo, hi) => {
    const est = estimate(standard(reached), null, NOW)!;
    expect(est.basis.kind).toBe('prior');
    expect(est.basis.key).toBe('eta.basis.prior.service');
    expect(est.basis.from).toBe(reached[reached.length - 1]![0]);
    expect(est.confidence).toBe('medium');
    expect(days(est.likely)).toBeGreaterThanOrEqual(lo);
    expect(days(est.likely)).toBeLessThanOrEqual(hi);
    expect(days(est.earliest)).toBeLessThan(days(est.likely));
    expect(days(est.latest)).toBeGreaterThan(days(est.likely));
  });

  it('reads the whole 80 % band from the first scan', () => {
    const est = estimate(standard([['picked_up', 0]]), null, NOW)!;
    // The band is 15–30 days; picked up is 2 % into the journey.
    expect(days(est.earliest)).toBeCloseTo(15 * 0.98, 0);
    expect(days(est.latest)).toBeGreaterThan(27);
    expect(est.basis.text).toBe(
      'Typical for AliExpress Standard Shipping: 15 to 30 days from the first scan to delivery.',
    );
    expect(est.basis.days).toEqual({ min: 15, max: 30 });
  });

  it('is faster for a courier than for economy post', () => {
    const fast = estimate(standard([['picked_up', 0]], { service: 'DHL Express' }), null, NOW)!;
    const slow = estimate(
      standard([['picked_up', 0]], { service: 'aliexpress-saver' }),
      null,
      NOW,
    )!;
    expect(days(fast.latest)).toBeLessThan(days(slow.earliest));
    expect(fast.basis.text).toContain('3 to 7 business days');
  });

  it('uses a broad prior with low confidence for an unknown service', () => {
    const est = estimate(standard([['picked_up', 0]], { service: 'mystery post' }), null, NOW)!;
    expect(est.confidence).toBe('low');
    expect(est.basis.key).toBe('eta.basis.prior.unknown');
    expect(est.basis.text).toContain('from China');
    const bare = estimate({ status: 'pending', milestonesReached: [] }, null, NOW)!;
    expect(bare.confidence).toBe('low');
    expect(Date.parse(bare.earliest)).toBeGreaterThanOrEqual(NOW);
  });

  it('uses the class band when the seeds give the method no figure', () => {
    const est = estimate(standard([['picked_up', 0]], { service: 'Yanwen' }), null, NOW)!;
    expect(est.basis.key).toBe('eta.basis.prior.class');
    expect(est.confidence).toBe('low');
  });

  it('marks a parcel far slower than usual as overdue, still with a window after now', () => {
    const est = estimate(
      standard([
        ['picked_up', 90],
        ['departed_origin', 85],
      ]),
      null,
      NOW,
    )!;
    expect(est.basis.overdue).toBe(true);
    expect(est.confidence).toBe('low');
    expect(Date.parse(est.earliest)).toBeGreaterThanOrEqual(NOW);
  });

  it('lowers confidence on an exception', () => {
    const est = estimate(standard([['picked_up', 3]], { status: 'exception' }), null, NOW)!;
    expect(est.confidence).toBe('low');
  });
});

describe('what estimate returns nothing for, and the source estimate', () => {
  it.each<[string, EtaInput]>([
    [
      'delivered',
      standard(
        [
          ['picked_up', 20],
          ['delivered', 1],
        ],
        { status: 'delivered' },
      ),
    ],
    [
      'returning',
      standard(
        [
          ['picked_up', 20],
          ['returning', 1],
        ],
        { status: 'exception' },
      ),
    ],
    [
      'returned',
      standard(
        [
          ['picked_up', 20],
          ['returned', 1],
        ],
        { status: 'exception' },
      ),
    ],
    ['expired', standard([['picked_up', 90]], { status: 'expired' })],
  ])('%s → null', (_name, input) => {
    expect(estimate(input, null, NOW)).toBeNull();
  });

  it('returns the source estimate beside its own, unchanged', () => {
    const src = { earliest: '2026-04-20', latest: '2026-04-25', source: 'cainiao' };
    const est = estimate(standard([['picked_up', 2]], { sourceEstimate: src }), null, NOW)!;
    expect(est.sourceEstimate).toEqual(src);
    expect(est.basis.kind).toBe('prior');
  });

  it('falls back to the source dates when the method is unknown and there are no lanes', () => {
    const src = { earliest: '2026-04-01', latest: '2026-04-25' };
    const input = standard([['picked_up', 2]], { service: undefined, sourceEstimate: src });
    const est = estimate(input, null, NOW)!;
    expect(est.basis.kind).toBe('source');
    expect(est.earliest).toBe(new Date(NOW).toISOString());
    expect(est.latest).toBe('2026-04-25T12:00:00.000Z');
  });
});

describe('estimate from lane statistics', () => {
  const fit = syntheticJourneys({ seed: 11, count: 1500, endMs: NOW });
  const stats = fitLaneStats(fit, 90);

  it('says how many parcels it learned from, in words and as parameters', () => {
    const input = standard([['picked_up', 2]], { lastMileCarrier: 'la-poste' });
    const est = estimate(input, stats, NOW)!;
    expect(est.basis.kind).toBe('lane');
    expect(est.basis.key).toBe('eta.basis.lane.full');
    const n = est.basis.sampleSize!;
    expect(n).toBeGreaterThanOrEqual(30);
    expect(est.basis.params).toMatchObject({ count: n, origin: 'CN', destination: 'FR' });
    expect(est.basis.text).toBe(
      `${n} parcels delivered from China to France by AliExpress Standard Shipping, handed to La Poste for the last mile in the last 90 days.`,
    );
    expect(est.basis.params).toMatchObject({
      service: 'aliexpress-standard',
      serviceClass: 'standard',
      lastMile: 'la-poste',
    });
    expect(est.confidence).toBe('high');
  });

  it('learns that this lane is faster than the seed band', () => {
    const input = standard([['picked_up', 0]], { lastMileCarrier: 'la-poste' });
    const lane = estimate(input, stats, NOW)!;
    const prior = estimate(input, null, NOW)!;
    expect(days(lane.likely)).toBeLessThan(days(prior.likely));
  });

  it('falls back to the prior on a lane it has not seen', () => {
    const input = standard([['picked_up', 2]], { destinationCountry: 'NZ' });
    expect(estimate(input, stats, NOW)!.basis.kind).toBe('prior');
  });
});

describe('a lane with few parcels', () => {
  // 40 parcels of 12 days to France, 6 of 24 days to Belgium: Belgium's lane is too small alone.
  const delivered = (dest: string, d: number, i: number): DeliveredShipment => ({
    service: 'aliexpress-standard',
    originCountry: 'CN',
    destinationCountry: dest,
    shippedAt: ago(60 + i * 0.1),
    milestonesReached: [{ milestone: 'picked_up', at: ago(60 + i * 0.1) }],
    status: 'delivered',
    deliveredAt: ago(60 + i * 0.1 - d),
  });
  const stats = fitLaneStats(
    [
      ...Array.from({ length: 40 }, (_, i) => delivered('FR', 12, i)),
      ...Array.from({ length: 6 }, (_, i) => delivered('BE', 24, i)),
    ],
    90,
  );
  const toBelgium = standard([['picked_up', 0]], { destinationCountry: 'BE' });

  it('is filled up with the method to every destination, and says so', () => {
    const est = estimate(toBelgium, stats, NOW)!;
    expect(est.basis).toMatchObject({
      kind: 'lane',
      key: 'eta.basis.lane.service',
      sampleSize: 6,
      params: { count: 6, destination: 'BE', poolCount: 46, service: 'aliexpress-standard' },
    });
    expect(est.basis.text).toBe(
      '6 parcels delivered from China to Belgium by AliExpress Standard Shipping in the last 90 days, weighed with 46 parcels of the same method to every destination.',
    );
    expect(est.confidence).toBe('medium');
    // 6 parcels of 24 days and 24 of the pool's (mostly 12): the median is the pool's, the
    // 90th percentile Belgium's own.
    expect(days(est.likely)).toBeCloseTo(12, 0);
    expect(days(est.latest)).toBeGreaterThan(20);
  });

  it('is the lane alone once it has enough parcels', () => {
    const est = estimate(toBelgium, stats, NOW, { minSamples: 6 })!;
    expect(est.basis.params['poolCount']).toBeUndefined();
    expect(days(est.likely)).toBeCloseTo(24, 0);
  });

  it('is left to the prior when the method has no parcel there', () => {
    const input = standard([['picked_up', 0]], { destinationCountry: 'NL' });
    expect(estimate(input, stats, NOW)!.basis.kind).toBe('prior');
  });
});

describe('window invariants', () => {
  const stats = fitLaneStats([
    ...syntheticJourneys({ seed: 12, count: 800, endMs: NOW }),
    // A handful to New Zealand, so small lanes filled up with the pool are tried too.
    ...syntheticJourneys({ seed: 13, count: 5, endMs: NOW }).map((j) => ({
      ...j,
      destinationCountry: 'NZ',
    })),
  ]);
  const milestone = fc.constantFrom(...MILESTONES);
  const input = fc.record({
    service: fc.constantFrom(undefined, 'aliexpress-standard', 'ems', 'dhl', 'yanwen', 'nope'),
    destinationCountry: fc.constantFrom(undefined, 'FR', 'BR', 'US', 'NZ'),
    status: fc.constantFrom(...STATUSES),
    reached: fc.array(fc.tuple(milestone, fc.double({ min: -5, max: 200, noNaN: true })), {
      maxLength: 6,
    }),
    shippedDaysAgo: fc.option(fc.double({ min: -2, max: 150, noNaN: true })),
  });

  it('never starts before now, and earliest ≤ likely ≤ latest', () => {
    fc.assert(
      fc.property(input, fc.boolean(), (x, useStats) => {
        const s: EtaInput = {
          status: x.status,
          milestonesReached: x.reached.map(([m, d]) => ({ milestone: m, at: ago(d) })),
        };
        if (x.service) s.service = x.service;
        if (x.destinationCountry) s.destinationCountry = x.destinationCountry;
        if (x.shippedDaysAgo !== null) s.shippedAt = ago(x.shippedDaysAgo);
        const est = estimate(s, useStats ? stats : null, NOW);
        const finished = x.reached.some(([m]) =>
          ['delivered', 'returning', 'returned'].includes(m),
        );
        if (finished || x.status === 'delivered' || x.status === 'expired') {
          expect(est).toBeNull();
          return;
        }
        expect(est).not.toBeNull();
        const [e, l, t] = [est!.earliest, est!.likely, est!.latest].map(Date.parse);
        expect(e).toBeGreaterThanOrEqual(NOW);
        expect(e).toBeLessThanOrEqual(l!);
        expect(l).toBeLessThanOrEqual(t!);
        expect(est!.basis.text.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});
