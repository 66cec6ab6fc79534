/**
 * Lane statistics in the store, on SQLite (temp file) and on PostgreSQL when
 * TRACKLINE_TEST_PG is a connection URL: stored sketches merge with what is added, reads
 * merge the periods of the window, two processes adding at once lose nothing, and a
 * shipment is learned from once however often (and by however many workers) it is sent.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DeliveredShipment,
  emptyLaneStats,
  type LaneStats,
  laneOf,
  lanePeriodStart,
  laneStatsToJSON,
  laneWindowStart,
  recordDelivery,
} from '../core/eta/index.js';
import { sketchQuantile } from '../core/eta/sketch.js';
import type { DatabaseHandle } from './db.js';
import {
  addLaneStats,
  clearLaneStats,
  countLearnedDeliveries,
  learnDeliveries,
  readLaneStats,
} from './lane-stats.js';
import { migrateToLatest } from './migrate.js';
import { runTogether } from './test-helpers/child.js';
import { postgresTarget, sqliteTarget, type TestTarget } from './test-helpers/targets.js';

const PG_URL = process.env['TRACKLINE_TEST_PG'];
const ETA_MODULE = fileURLToPath(new URL('../core/eta/index.ts', import.meta.url));
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1, 8, 0, 0);
const FR = 'CN>FR|*|*';

/** A parcel first scanned at `startMs` and delivered `days` later, on China → `dest`. */
function parcel(startMs: number, days: number, dest = 'FR'): DeliveredShipment {
  const at = (d: number) => new Date(startMs + d * DAY).toISOString();
  return {
    originCountry: 'CN',
    destinationCountry: dest,
    shippedAt: at(0),
    milestonesReached: [
      { milestone: 'departed_origin', at: at(days * 0.3) },
      { milestone: 'arrived_destination', at: at(days * 0.7) },
      { milestone: 'delivered', at: at(days) },
    ],
    status: 'delivered',
  };
}

function fold(parcels: DeliveredShipment[]): LaneStats {
  const s = emptyLaneStats();
  for (const p of parcels) recordDelivery(s, p);
  return s;
}

for (const target of [sqliteTarget(), postgresTarget(PG_URL)] as TestTarget[]) {
  describe.skipIf(!target.enabled)(`lane statistics on ${target.name}`, () => {
    let h: DatabaseHandle;

    beforeAll(async () => {
      h = await target.open();
      await migrateToLatest(h.db);
    });
    afterAll(async () => {
      await h?.close();
      await target.cleanup();
    });

    it('adds to what is stored and reads back the periods of the window, merged', async () => {
      await clearLaneStats(h.db);
      const early = [12, 14, 15, 20, 22].map((d, i) => parcel(T0 + i * DAY, d));
      const late = [16, 18, 25].map((d, i) => parcel(T0 + 40 * DAY + i * DAY, d));
      const p1 = lanePeriodStart(T0 + 30 * DAY);
      const p2 = lanePeriodStart(T0 + 70 * DAY);
      expect(p2).toBeGreaterThan(p1);
      // Added in two goes to the same period: the second merges into the first.
      await addLaneStats(h.db, [{ periodStart: p1, stats: fold(early.slice(0, 2)) }], T0);
      await addLaneStats(h.db, [{ periodStart: p1, stats: fold(early.slice(2)) }], T0 + 1);
      await addLaneStats(h.db, [{ periodStart: p2, stats: fold(late) }], T0 + 2);

      const all = await readLaneStats(h.db, [FR, 'CN>DE|*|*'], p1, 90);
      const want = fold([...early, ...late]);
      expect(all.windowDays).toBe(90);
      expect(Object.keys(all.lanes)).toEqual([FR]);
      expect(laneStatsToJSON(all)).toEqual(laneStatsToJSON({ ...want, windowDays: 90 }));
      expect(all.lanes[FR]?.from.arrived_destination?.n).toBe(8);
      // The 4th of 8 durations (12 14 15 16 18 20 22 25 days), within the sketch's 4 %.
      expect(sketchQuantile(all.lanes[FR]!.total, 0.5) / 24).toBeCloseTo(16, 0);

      const recent = await readLaneStats(h.db, [FR], p2);
      expect(recent.lanes[FR]?.total.n).toBe(3);
      expect(laneStatsToJSON(recent)).toEqual(laneStatsToJSON(fold(late)));
      expect(await readLaneStats(h.db, [FR], p2 + 10 * DAY)).toEqual({ lanes: {} });
    });

    it('counts everything two processes add to the same rows at once', {
      timeout: 60_000,
    }, async () => {
      await clearLaneStats(h.db);
      const base = fold([10, 11, 13, 17, 19, 30].map((d) => parcel(T0, d)));
      const period = lanePeriodStart(T0);
      const rounds = 15;
      const body = `
        const eta = await import(${JSON.stringify(ETA_MODULE)});
        const json = ${JSON.stringify(JSON.stringify(laneStatsToJSON(base)))};
        for (let i = 0; i < ${rounds}; i++) {
          const stats = eta.laneStatsFromJSON(JSON.parse(json));
          await store.addLaneStats(h.db, [{ periodStart: ${period}, stats }], Date.now());
        }
        return true;
      `;
      expect(await runTogether<boolean>(target.url, [body, body])).toEqual([true, true]);
      const got = await readLaneStats(h.db, [FR], period);
      // Every bin holds 2 × rounds times the base's count: no update was lost.
      const times = 2 * rounds;
      expect(got.lanes[FR]?.total.n).toBe(6 * times);
      expect(got.lanes[FR]?.total.counts).toEqual(
        base.lanes[FR]!.total.counts.map((c) => c * times),
      );
      expect(got.lanes[FR]?.from.departed_origin?.n).toBe(6 * times);
      expect(got.lanes[FR]?.from.start?.counts).toEqual(
        base.lanes[FR]!.from.start!.counts.map((c) => c * times),
      );
    });

    it('learns from each shipment once, however often and by whomever it is sent', {
      timeout: 60_000,
    }, async () => {
      await clearLaneStats(h.db);
      const deliveries = Array.from({ length: 40 }, (_, i) => ({
        shipmentId: `shp_lane${String(i).padStart(3, '0')}`,
        delivery: parcel(T0 + (i % 5) * DAY, 12 + (i % 9)),
      }));
      const first = await learnDeliveries(h.db, deliveries.slice(0, 10), T0);
      expect(first).toEqual({ learned: 10, known: 0, unusable: 0 });
      const again = await learnDeliveries(
        h.db,
        [...deliveries.slice(0, 10), { shipmentId: 'shp_nowhere', delivery: parcel(T0, 9, '') }],
        T0,
      );
      expect(again).toEqual({ learned: 0, known: 10, unusable: 1 });
      // Two workers learning the rest (and the first ten again) at the same time.
      const body = `
        return await store.learnDeliveries(h.db, ${JSON.stringify(deliveries)}, Date.now());
      `;
      const outcomes = await runTogether<{ learned: number; known: number }>(target.url, [
        body,
        body,
      ]);
      expect(outcomes.reduce((a, o) => a + o.learned, 0)).toBe(30);
      expect(outcomes.reduce((a, o) => a + o.known, 0)).toBe(50);
      expect(await countLearnedDeliveries(h.db)).toBe(40);
      const lane = laneOf(deliveries[0]!.delivery);
      expect(lane).toEqual({ origin: 'CN', destination: 'FR' });
      const stats = await readLaneStats(h.db, [FR], laneWindowStart(T0 + 30 * DAY));
      expect(stats.lanes[FR]?.total.n).toBe(40);
      expect(laneStatsToJSON(stats)).toEqual(
        laneStatsToJSON(fold(deliveries.map((d) => d.delivery))),
      );
    });
  });
}
