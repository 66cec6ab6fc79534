import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Milestone, Reason, Status } from '../status/taxonomy.js';
import { milestoneIndex } from '../status/taxonomy.js';
import { deriveState } from './derive.js';
import { merge } from './merge.js';
import { at, cls } from './testing.js';
import type { TimelineEvent, TimelineInput } from './types.js';

/** Label tuples as docs/labeling.md gives them, plus unclassified. */
const LABELS: readonly [Status | null, Milestone | null, Reason | null][] = [
  [null, null, null],
  ['info_received', 'label_created', null],
  ['in_transit', 'picked_up', null],
  ['in_transit', 'origin_facility', null],
  ['in_transit', 'departed_origin', null],
  ['in_transit', 'arrived_destination', null],
  ['exception', 'import_customs', 'customs_held'],
  ['in_transit', 'customs_released', null],
  ['in_transit', 'destination_facility', null],
  ['in_transit', null, null],
  ['out_for_delivery', 'out_for_delivery', null],
  ['failed_attempt', 'out_for_delivery', 'recipient_absent'],
  ['available_for_pickup', 'pickup_point', null],
  ['delivered', 'delivered', null],
  ['exception', 'returning', 'returning_to_sender'],
  ['exception', 'returned', 'returned_to_sender'],
  ['exception', null, 'lost'],
];
const TEXTS = [
  'Arrived at sorting center',
  'Departed',
  'Delivered',
  'En cours de livraison',
  '已签收',
  'Update',
];
const PLACES = [
  undefined,
  'Shenzhen, CN',
  'Paris, FR',
  'Lyon, FR',
  'New York, US',
  'US',
  'Madrid, ES',
];
const REPORTERS = [
  ['cainiao', 'LP00012345678CN'],
  ['17track', 'RB123456789CN'],
  ['la-poste', '6A12345678901'],
] as const;
const START = Date.UTC(2024, 2, 1);

const eventArb: fc.Arbitrary<TimelineInput> = fc
  .record({
    reporter: fc.constantFrom(...REPORTERS),
    minutes: fc.integer({ min: 0, max: 14 * 24 * 60 }),
    zoneKind: fc.constantFrom('offset', 'zone', 'none'),
    label: fc.constantFrom(...LABELS),
    text: fc.constantFrom(...TEXTS),
    place: fc.constantFrom(...PLACES),
  })
  .map(({ reporter, minutes, zoneKind, label, text, place }) => {
    const local = new Date(START + minutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    const time =
      zoneKind === 'offset'
        ? { local, offset: '+08:00' }
        : zoneKind === 'zone'
          ? { local, zone: 'Europe/Paris' }
          : { local };
    const e: TimelineInput = {
      source: reporter[0],
      legNumber: reporter[1],
      description: text,
      time,
      classification: cls(...label),
    };
    if (place) e.place = at(place);
    return e;
  });

// Many events close together so that merging actually happens.
const timelineArb = fc.array(eventArb, { maxLength: 40 });

function identities(tl: readonly TimelineEvent[]): [string, string[]][] {
  return tl.map((e) => [e.key, e.provenance.map((r) => r.key)]);
}

const NOW = Date.UTC(2024, 4, 1);

describe('merge properties', () => {
  it('is idempotent on event identities', () => {
    fc.assert(
      fc.property(timelineArb, (events) => {
        const once = merge(events);
        expect(identities(merge(once))).toEqual(identities(once));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on input order', () => {
    const arb = timelineArb.chain((events) =>
      fc.tuple(
        fc.constant(events),
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
      ),
    );
    fc.assert(
      fc.property(arb, ([events, shuffled]) => {
        expect(merge(shuffled)).toEqual(merge(events));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every report exactly once and orders events by instant', () => {
    fc.assert(
      fc.property(timelineArb, (events) => {
        const tl = merge(events);
        const reporters = tl.flatMap((e) => e.provenance.map((r) => r.key));
        expect(new Set(reporters).size).toBe(reporters.length);
        const inputKeys = new Set(events.map((e) => merge([e])[0]!.key));
        expect(new Set(reporters)).toEqual(inputKeys);
        for (let i = 1; i < tl.length; i++)
          expect(tl[i]!.at.epochMs).toBeGreaterThanOrEqual(tl[i - 1]!.at.epochMs);
      }),
      { numRuns: 200 },
    );
  });
});

describe('deriveState properties', () => {
  it('never says delivered without a delivery-class event', () => {
    fc.assert(
      fc.property(timelineArb, fc.constantFrom(undefined, 'FR', 'US'), (events, dest) => {
        const tl = merge(events);
        const s = deriveState(tl, NOW, dest ? { destinationCountry: dest } : {});
        const saysDelivered =
          s.status === 'delivered' ||
          s.milestone === 'delivered' ||
          s.milestonesReached.some((m) => m.milestone === 'delivered');
        if (saysDelivered)
          expect(tl.some((e) => e.classification.status === 'delivered')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never moves milestones backwards in milestonesReached', () => {
    fc.assert(
      fc.property(timelineArb, (events) => {
        const { milestonesReached } = deriveState(merge(events), NOW);
        const forward = milestonesReached.filter(
          (m) => m.milestone !== 'returning' && m.milestone !== 'returned',
        );
        for (let i = 1; i < forward.length; i++) {
          expect(milestoneIndex(forward[i]!.milestone)).toBeGreaterThan(
            milestoneIndex(forward[i - 1]!.milestone),
          );
        }
        const returns = milestonesReached.filter(
          (m) => m.milestone === 'returning' || m.milestone === 'returned',
        );
        expect(new Set(returns.map((m) => m.milestone)).size).toBe(returns.length);
        for (let i = 1; i < milestonesReached.length; i++) {
          expect(milestonesReached[i]!.at >= milestonesReached[i - 1]!.at).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is unmoved by unclassified events', () => {
    fc.assert(
      fc.property(timelineArb, timelineArb, (events, noise) => {
        const unclassified = noise.map((e, i) => ({
          ...e,
          description: `noise ${i}`,
          classification: cls(null),
        }));
        const a = deriveState(merge(events), NOW);
        const b = deriveState(merge([...events, ...unclassified]), NOW);
        const pick = (s: typeof a) => [
          s.status,
          s.milestone,
          s.reason,
          s.since,
          s.location,
          s.milestonesReached,
          s.anomalies,
        ];
        expect(pick(b)).toEqual(pick(a));
      }),
      { numRuns: 200 },
    );
  });

  it('is pending exactly when no event is classified', () => {
    fc.assert(
      fc.property(timelineArb, (events) => {
        const s = deriveState(merge(events), NOW);
        const anyClassified = events.some((e) => e.classification.status !== null);
        if (!anyClassified) expect(s.status).toBe('pending');
        else expect(s.status).not.toBe('pending');
      }),
      { numRuns: 300 },
    );
  });
});
