import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.js';
import { MILESTONES, REASONS, STATUSES } from '../status/taxonomy.js';
import { advise } from './advise.js';
import { unfilled } from './format.js';
import type { AdviceOrder, AdviceShipment } from './types.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const ZONES = [
  'Europe/Paris',
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'Pacific/Auckland',
  'America/Los_Angeles',
  undefined,
];

const iso = (ms: number) => new Date(ms).toISOString();

const arbCase = fc.record({
  found: fc.boolean(),
  status: fc.constantFrom(...STATUSES),
  milestone: fc.option(fc.constantFrom(...MILESTONES), { nil: null }),
  reason: fc.option(fc.constantFrom(...REASONS), { nil: null }),
  eventAgo: fc.integer({ min: 0, max: 90 * DAY }),
  now: fc.integer({ min: T0, max: T0 + 365 * DAY }),
  orderAgo: fc.integer({ min: 0, max: 120 }),
  protectionDays: fc.integer({ min: 15, max: 90 }),
  zone: fc.constantFrom(...ZONES),
  withOrder: fc.boolean(),
  closed: fc.boolean(),
  disputeOpened: fc.boolean(),
  notReceived: fc.boolean(),
  p90: fc.option(fc.integer({ min: 1, max: 40 * DAY }), { nil: undefined }),
  locale: fc.constantFrom(...LOCALES),
  country: fc.constantFrom('FR', 'BR', 'PL', 'RU', 'DE', 'US'),
});

describe('advise: properties', () => {
  it('always answers with a level, texts without placeholders and sorted deadlines', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const last = iso(c.now - c.eventAgo);
        const s: AdviceShipment = {
          trackingNumber: 'RB123456785CN',
          found: c.found,
          status: c.found ? c.status : null,
          milestone: c.found ? c.milestone : null,
          reason: c.found ? c.reason : null,
          since: c.found ? last : null,
          lastEventAt: c.found ? last : null,
          milestonesReached: [],
          stalledFor: c.found ? c.eventAgo : null,
          trackingIssuedAt: iso(c.now - c.eventAgo - DAY),
          ...(c.p90 !== undefined ? { laneStageP90Ms: c.p90 } : {}),
        };
        const o: AdviceOrder | undefined = c.withOrder
          ? {
              retailer: 'aliexpress',
              orderNumber: '8100',
              orderDate: iso(c.now - c.orderAgo * DAY),
              protectionDays: c.protectionDays,
              destinationCountry: c.country,
              closed: c.closed,
              disputeOpened: c.disputeOpened,
              ...(c.zone ? { buyerZone: c.zone } : {}),
            }
          : undefined;
        const a = advise(s, o, c.now, c.locale, { notReceived: c.notReceived });
        expect(['fine', 'watch', 'act']).toContain(a.level);
        expect(a.headline.length).toBeGreaterThan(0);
        const texts = [
          a.headline,
          a.explanation,
          ...a.actions.map((x) => x.text),
          ...a.deadlines.map((x) => x.text),
          ...a.templates.flatMap((x) => [x.subject ?? '', x.body]),
          ...a.notes.map((x) => x.text),
        ];
        for (const t of texts) expect(unfilled(t)).toEqual([]);
        const dates = a.deadlines.map((d) => d.date);
        expect(dates).toEqual([...dates].sort());
        for (const d of a.deadlines) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // No advice both offers a dispute and says one cannot be opened.
        const keys = a.actions.map((x) => x.key);
        if (keys.includes('open_dispute')) {
          expect(keys).not.toContain('dispute_window_passed');
          expect(keys).not.toContain('dispute_already_open');
          expect(keys).not.toContain('dispute_order_closed');
        }
        // A closed order or an open dispute never gets new dispute deadlines.
        if (o && (o.closed || o.disputeOpened)) expect(a.deadlines).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('the last day to open a dispute never moves with the hour of the day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES.filter((z): z is string => z !== undefined)),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: DAY - 1 }),
        (zone, day, offset) => {
          const now = T0 + day * DAY;
          const s: AdviceShipment = {
            trackingNumber: 'RB123456785CN',
            found: true,
            status: 'in_transit',
            milestone: 'international_transit',
            reason: null,
            since: iso(now - DAY),
            lastEventAt: iso(now - DAY),
            milestonesReached: [],
            stalledFor: null,
          };
          const o: AdviceOrder = {
            retailer: 'aliexpress',
            orderNumber: '8100',
            orderDate: '2026-01-01',
            protectionDays: 90,
            destinationCountry: 'FR',
            buyerZone: zone,
          };
          const a = advise(s, o, now + offset, 'en');
          const lastDay = a.deadlines.find((d) => d.key === 'dispute_last_day');
          expect(lastDay?.date).toBe('2026-04-01');
        },
      ),
      { numRuns: 300 },
    );
  });
});
