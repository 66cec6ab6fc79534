/**
 * @module engine/ingest/ingest.test
 * Ingestion end to end on the store: SQLite (temp file) always, PostgreSQL when
 * TRACKLINE_TEST_PG is set (a fresh schema, dropped after).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SourceResult } from '../../carriers/types.js';
import {
  createLeg,
  createShipment,
  type DatabaseHandle,
  getPoll,
  getShipment,
  listEvents,
  listLegs,
  migrateToLatest,
} from '../../store/index.js';
import { postgresTarget, sqliteTarget, type TestTarget } from '../../store/test-helpers/targets.js';
import { createEventBus, type DomainEvent } from '../bus.js';
import { ingestResults } from './ingest.js';
import {
  lastMileResult,
  JOURNEY_NUMBERS as N,
  originResult,
  transitResult,
} from './test-helpers/journey-fixture.js';

const PG_URL = process.env['TRACKLINE_TEST_PG'];
if (!PG_URL) {
  console.warn('[ingest] PostgreSQL variant SKIPPED: set TRACKLINE_TEST_PG=postgres://… to run it');
}

const T0 = Date.parse('2026-03-10T00:00:00Z');

for (const target of [sqliteTarget(), postgresTarget(PG_URL)] as TestTarget[]) {
  describe.skipIf(!target.enabled)(`ingestResults on ${target.name}`, () => {
    let h: DatabaseHandle;
    let shipmentId: string;

    beforeAll(async () => {
      h = await target.open();
      await migrateToLatest(h.db);
    });
    afterAll(async () => {
      await h?.close();
      await target.cleanup();
    });
    beforeEach(async () => {
      for (const table of [
        'poll_schedule',
        'events',
        'legs',
        'order_shipments',
        'shipments',
      ] as const) {
        await h.db.deleteFrom(table).execute();
      }
      const shp = await createShipment(h.db, { retailer: 'aliexpress' }, T0 - 86_400_000);
      shipmentId = shp.id;
      await createLeg(
        h.db,
        { shipmentId, number: N.lp, carrierId: 'cainiao', role: 'origin', learnedFrom: 'user' },
        T0 - 86_400_000,
      );
    });

    const ingest = (results: SourceResult[], at = T0, bus = createEventBus()) =>
      ingestResults(h.db, { sourceId: 'sim', fetchedAt: at, now: at, results, bus });

    async function snapshot() {
      const all = async (table: 'shipments' | 'legs' | 'events' | 'poll_schedule') =>
        JSON.stringify(await h.db.selectFrom(table).selectAll().execute());
      return [
        await all('shipments'),
        await all('legs'),
        await all('events'),
        await all('poll_schedule'),
      ];
    }

    it('stores the events, derives the state, links the named leg and schedules it', async () => {
      const seen: DomainEvent[] = [];
      const bus = createEventBus();
      bus.onAny((e) => seen.push(e));
      const report = await ingest([originResult()], T0, bus);
      expect(report.newEvents).toBe(3);
      expect(report.changedShipments).toEqual([shipmentId]);
      expect(report.unmatched).toEqual([]);
      const shp = (await getShipment(h.db, shipmentId))!;
      expect(shp).toMatchObject({
        status: 'in_transit',
        milestone: 'departed_origin',
        origin_country: 'CN',
        destination_country: 'FR',
        last_event_at: Date.parse('2026-03-03T12:00:00Z'),
        last_checked_at: T0,
      });
      const events = await listEvents(h.db, shipmentId);
      expect(events.map((e) => e.status)).toEqual(['in_transit', 'in_transit', 'in_transit']);
      expect(events[0]).toMatchObject({
        local_time: '2026-03-01 10:00:00',
        zone_confidence: 1,
        country: 'CN',
        city: 'Shenzhen',
        language: 'zh-CN',
        rule: 'text:zh:picked-up',
      });
      const legs = await listLegs(h.db, shipmentId);
      const s10 = legs.find((l) => l.number === N.s10)!;
      expect(s10).toMatchObject({ role: 'international', learned_from: 'carrier' });
      expect(await getPoll(h.db, s10.id)).toMatchObject({ source_id: 'sim', due_at: T0 });
      expect(report.linkRequests).toMatchObject([{ number: N.s10, action: 'created' }]);
      expect(seen).toEqual(report.domainEvents);
      expect(seen.map((e) => e.type)).toEqual([
        'milestone_reached',
        'milestone_reached',
        'milestone_reached',
        'status_changed',
        'leg_linked',
      ]);
      expect(seen[3]).toMatchObject({ from: 'pending', to: 'in_transit' });
    });

    it('fills a missing shipping method from the source as its id, never over a stored one', async () => {
      await ingest([{ ...originResult(), service: 'AliExpress Standard Shipping' }]);
      expect((await getShipment(h.db, shipmentId))?.service).toBe('aliexpress-standard');
      // A later answer naming another method does not replace it.
      await ingest([{ ...transitResult(), service: 'ems' }], T0 + 1);
      expect((await getShipment(h.db, shipmentId))?.service).toBe('aliexpress-standard');
    });

    it('keeps the buyer’s method, and ignores a method it does not know', async () => {
      await h.db.updateTable('shipments').set({ service: 'epacket' }).execute();
      await ingest([{ ...originResult(), service: 'aliexpress-saver' }]);
      expect((await getShipment(h.db, shipmentId))?.service).toBe('epacket');
      await h.db.updateTable('shipments').set({ service: null }).execute();
      await ingest([{ ...transitResult(), service: 'pigeon post' }], T0 + 1);
      expect((await getShipment(h.db, shipmentId))?.service).toBeNull();
    });

    it('is idempotent: the same results again change nothing and emit nothing', async () => {
      await ingest([originResult(), transitResult()]);
      const before = await snapshot();
      const seen: DomainEvent[] = [];
      const bus = createEventBus();
      bus.onAny((e) => seen.push(e));
      const again = await ingest([originResult(), transitResult()], T0, bus);
      expect(again).toEqual({
        newEvents: 0,
        changedShipments: [],
        domainEvents: [],
        linkRequests: [],
        unmatched: [],
      });
      expect(seen).toEqual([]);
      expect(await snapshot()).toEqual(before);
    });

    it('follows hand-offs within one batch to delivery, telling each thing once', async () => {
      const report = await ingest([originResult(), transitResult(), lastMileResult()]);
      expect(report.newEvents).toBe(12);
      expect(report.unmatched).toEqual([]);
      const legs = await listLegs(h.db, shipmentId);
      // Legs made in one transaction share first_seen_at: compare by number.
      const byNumber = new Map(legs.map((l) => [l.number, [l.role, l.carrier_id]]));
      expect(Object.fromEntries(byNumber)).toEqual({
        [N.lp]: ['origin', 'cainiao'],
        [N.s10]: ['international', expect.any(String)],
        [N.lastMile]: ['last_mile', 'la-poste'],
      });
      const shp = (await getShipment(h.db, shipmentId))!;
      expect(shp).toMatchObject({
        status: 'delivered',
        milestone: 'delivered',
        delivered_at: Date.parse('2026-03-09T11:00:00Z'),
      });
      const types = report.domainEvents.map((e) => e.type);
      expect(types.filter((t) => t === 'delivered')).toHaveLength(1);
      expect(types.filter((t) => t === 'leg_linked')).toHaveLength(2);
      const milestones = report.domainEvents.flatMap((e) =>
        e.type === 'milestone_reached' ? [e.milestone] : [],
      );
      expect(new Set(milestones).size).toBe(milestones.length);
      expect(milestones.at(-1)).toBe('delivered');
      const stored = await listEvents(h.db, shipmentId);
      expect(stored.filter((e) => e.status === null).map((e) => e.description)).toEqual([
        'Xq zzv 42 blorp',
      ]);
    });

    it('never moves the status on an unclassified event, end to end', async () => {
      await ingest([originResult(), transitResult(), lastMileResult(N, { delivered: false })]);
      const before = (await getShipment(h.db, shipmentId))!;
      expect(before.status).toBe('out_for_delivery');
      const odd = lastMileResult(N, { delivered: false });
      odd.events.unshift({
        trackingNumber: N.lastMile,
        time: { local: '2026-03-09 18:00:00', zone: 'Europe/Paris' },
        description: 'Qqq vvv 17 zzz',
        location: 'Lyon, FR',
      });
      const report = await ingest([odd], T0 + 3_600_000);
      expect(report.newEvents).toBe(1);
      const after = (await getShipment(h.db, shipmentId))!;
      expect(after).toMatchObject({
        status: 'out_for_delivery',
        milestone: 'out_for_delivery',
        status_since: before.status_since,
        last_event_at: Date.parse('2026-03-09T17:00:00Z'),
      });
      expect(report.domainEvents.filter((e) => e.type === 'status_changed')).toEqual([]);
    });

    it('merges the shipment a linked number already belongs to', async () => {
      const other = await createShipment(h.db, { retailer: 'aliexpress' }, T0 - 3_600_000);
      await createLeg(
        h.db,
        {
          shipmentId: other.id,
          number: N.s10,
          carrierId: 'china-post',
          role: 'origin',
          learnedFrom: 'user',
        },
        T0 - 3_600_000,
      );
      await ingest([transitResult()]);
      expect((await getShipment(h.db, other.id))!.milestone).toBe('handed_to_last_mile');
      const report = await ingest([originResult()]);
      expect(report.linkRequests).toMatchObject([
        { number: N.s10, action: 'merged', mergedFrom: other.id, shipmentId },
      ]);
      expect(await getShipment(h.db, other.id)).toBeUndefined();
      const shp = (await getShipment(h.db, shipmentId))!;
      expect(shp.milestone).toBe('handed_to_last_mile');
      expect(await listEvents(h.db, shipmentId)).toHaveLength(8);
      const legs = await listLegs(h.db, shipmentId);
      expect(legs.map((l) => l.number).sort()).toEqual([N.lastMile, N.lp, N.s10].sort());
      const linked = report.domainEvents.find((e) => e.type === 'leg_linked');
      expect(linked).toMatchObject({ number: N.s10, mergedFrom: other.id });
    });

    it('reports a number with no leg and writes nothing for it', async () => {
      const before = await snapshot();
      const report = await ingest([{ ...originResult(), trackingNumber: 'LP99999999999999' }]);
      expect(report.unmatched).toEqual(['LP99999999999999']);
      expect(report.newEvents).toBe(0);
      expect(await snapshot()).toEqual(before);
    });

    it.skipIf(target.name !== 'postgres')(
      'two workers ingesting the same parcel at once store each event once',
      async () => {
        const other = await target.open();
        try {
          const results = [originResult(), transitResult(), lastMileResult()];
          const run = (db: typeof h.db) =>
            ingestResults(db, { sourceId: 'sim', fetchedAt: T0, now: T0, results });
          const [a, b] = await Promise.all([run(h.db), run(other.db)]);
          expect(a.newEvents + b.newEvents).toBe(12);
          expect(await listEvents(h.db, shipmentId)).toHaveLength(12);
          expect(await listLegs(h.db, shipmentId)).toHaveLength(3);
          expect((await getShipment(h.db, shipmentId))!.status).toBe('delivered');
          const delivered = [...a.domainEvents, ...b.domainEvents].filter(
            (e) => e.type === 'delivered',
          );
          expect(delivered).toHaveLength(1);
        } finally {
          await other.close();
        }
      },
    );

    it('tells a stall once, at the first check past the threshold', async () => {
      await ingest([originResult()]);
      const late = Date.parse('2026-03-20T00:00:00Z');
      const first = await ingest([originResult()], late);
      expect(first.domainEvents).toMatchObject([{ type: 'stalled', shipmentId }]);
      const second = await ingest([originResult()], late + 3_600_000);
      expect(second.domainEvents).toEqual([]);
    });
  });
}
