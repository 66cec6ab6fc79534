/**
 * Lane statistics end to end, on SQLite and on PostgreSQL when TRACKLINE_TEST_PG is set:
 * simulated parcels driven to delivery are learned from once each, under their lane, with
 * their real transit times; a rebuild gives the same statistics; and once a lane has enough
 * parcels the tracking API and page estimate from it (below the minimum, from priors).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from '../../carriers/sim/server.js';
import type { DeliveredShipment, Estimate, LaneStats } from '../../core/eta/index.js';
import { laneStatsToJSON } from '../../core/eta/index.js';
import {
  countLearnedDeliveries,
  type DatabaseHandle,
  insertEvents,
  learnDeliveries,
  listEvents,
  readLaneStats,
  updateShipment,
} from '../../store/index.js';
import { postgresTarget, sqliteTarget, type TestTarget } from '../../store/test-helpers/targets.js';
import { registerTracking } from '../../web/tracking.js';
import type { Engine } from './context.js';
import { relearnDeliveries } from './lane-learning.js';
import { registerNumber } from './register.js';
import { drainDue, lpNumbers, testEngine } from './test-helpers/engine.js';

const PG_URL = process.env['TRACKLINE_TEST_PG'];
const DAY = 86_400_000;
const HOUR = 3_600_000;
const EPOCH = Date.UTC(2026, 2, 1);
const NOT_START = new Set(['label_created', 'delivered', 'returning', 'returned']);

const drain = (engine: Engine) => drainDue(engine);

/** Every stored lane's statistics since the beginning of time. */
async function everything(engine: Engine): Promise<LaneStats> {
  const lanes = await engine.db.selectFrom('lane_stats').select('lane').distinct().execute();
  return readLaneStats(
    engine.db,
    lanes.map((l) => l.lane),
    0,
  );
}

for (const target of [sqliteTarget(), postgresTarget(PG_URL)] as TestTarget[]) {
  describe.skipIf(!target.enabled)(
    `learning lanes from delivered parcels on ${target.name}`,
    () => {
      let sim: SimServer;
      let handle: DatabaseHandle;
      let engine: Engine;

      beforeAll(async () => {
        sim = await startSimServer({
          epochMs: EPOCH,
          clockStartMs: EPOCH - 5 * DAY,
          timeScale: 0,
          seed: 'lane-learning',
        });
        handle = await target.open();
        engine = await testEngine(handle, sim, { seed: 3 });
      });
      afterAll(async () => {
        await engine?.close();
        await handle?.close();
        await sim?.close();
        await target.cleanup();
      });

      it('learns each delivered parcel once, under its lane, with its transit time', async () => {
        for (const n of lpNumbers(40, 77)) await registerNumber(engine, n);
        for (let t = EPOCH - 5 * DAY; t <= EPOCH + 50 * DAY; t += DAY) {
          sim.clock.set(t);
          await drain(engine);
        }
        await engine.lanes.flush();
        expect(engine.lanes.pending).toBe(0);

        const delivered = await engine.db
          .selectFrom('shipments')
          .select(['id', 'origin_country', 'destination_country', 'delivered_at'])
          .where('status', '=', 'delivered')
          .execute();
        expect(delivered.length).toBeGreaterThan(10);
        const learned = await engine.db
          .selectFrom('lane_stats_learned')
          .select('shipment_id')
          .execute();
        expect(learned.map((r) => r.shipment_id).sort()).toEqual(delivered.map((d) => d.id).sort());

        // Transit times recomputed here from the stored scans, grouped by country pair.
        const byLane = new Map<string, number[]>();
        for (const d of delivered) {
          const events = await listEvents(engine.db, d.id);
          const starts = events
            .filter((e) => e.status !== null && e.milestone && !NOT_START.has(e.milestone))
            .map((e) => Number(e.occurred_at));
          const hours = (Number(d.delivered_at) - Math.min(...starts)) / HOUR;
          const key = `${d.origin_country ?? 'CN'}>${d.destination_country}|*|*`;
          byLane.set(key, [...(byLane.get(key) ?? []), hours]);
        }
        const stats = await everything(engine);
        console.info(`[lanes] ${JSON.stringify([...byLane].map(([k, h]) => [k, h.length]))}`);
        for (const [key, hours] of byLane) {
          const total = stats.lanes[key]?.total;
          expect(total?.n, key).toBe(hours.length);
          expect(total?.min).toBeCloseTo(Math.min(...hours), 6);
          expect(total?.max).toBeCloseTo(Math.max(...hours), 6);
          expect(stats.lanes[key]?.from.start?.n).toBe(hours.length);
        }
        const countryLanes = Object.keys(stats.lanes).filter((k) => k.endsWith('|*|*'));
        expect(countryLanes.sort()).toEqual([...byLane.keys()].sort());
      }, 120_000);

      it('counts a delivery told twice once', async () => {
        const [one] = await engine.db
          .selectFrom('shipments')
          .select(['id', 'delivered_at'])
          .where('status', '=', 'delivered')
          .limit(1)
          .execute();
        const before = await countLearnedDeliveries(engine.db);
        engine.bus.emit({ type: 'delivered', shipmentId: one!.id, at: Number(one!.delivered_at) });
        expect(engine.lanes.pending).toBe(1);
        expect(await engine.lanes.flush()).toEqual({ learned: 0, known: 1, unusable: 0 });
        expect(await countLearnedDeliveries(engine.db)).toBe(before);
      });

      it('rebuilds the same statistics from every delivered parcel', async () => {
        const before = laneStatsToJSON(await everything(engine));
        const count = await countLearnedDeliveries(engine.db);
        const outcome = await relearnDeliveries(engine.db, engine.now);
        expect(outcome.learned).toBe(count);
        expect(laneStatsToJSON(await everything(engine))).toEqual(before);
      });
    },
  );
}

describe('estimating from learned lane statistics', () => {
  const target = sqliteTarget();
  let sim: SimServer;
  let handle: DatabaseHandle;
  let engine: Engine;
  let app: FastifyInstance;
  let realNow = Date.UTC(2026, 10, 21);
  const now = () => EPOCH + 60 * DAY;

  beforeAll(async () => {
    sim = await startSimServer({ epochMs: now(), timeScale: 0, seed: 'lane-estimate' });
    handle = await target.open();
    engine = await testEngine(handle, sim, { realNow: () => realNow });
    app = Fastify();
    registerTracking(app, { engine });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await engine?.close();
    await handle?.close();
    await sim?.close();
    await target.cleanup();
  });

  /** A parcel to France that left China 1 day after its first scan and took `days` more. */
  function toFrance(i: number, days: number): { shipmentId: string; delivery: DeliveredShipment } {
    const start = now() - 50 * DAY + i * HOUR;
    const at = (ms: number) => new Date(ms).toISOString();
    return {
      shipmentId: `shp_france${String(i).padStart(3, '0')}`,
      delivery: {
        originCountry: 'CN',
        destinationCountry: 'FR',
        shippedAt: at(start),
        milestonesReached: [
          { milestone: 'departed_origin', at: at(start + DAY) },
          { milestone: 'delivered', at: at(start + DAY + days * DAY) },
        ],
        status: 'delivered',
      },
    };
  }

  async function eta(number: string): Promise<Estimate> {
    const res = await app.inject({ method: 'GET', url: `/api/v1/track/${number}` });
    expect(res.statusCode).toBe(200);
    return (res.json() as { eta: Estimate }).eta;
  }

  it('uses the lane once it has enough parcels, and says how many in each language', async () => {
    const number = lpNumbers(1, 4040)[0]!;
    const reg = await registerNumber(engine, number);
    const departed = now() - 2 * DAY;
    await updateShipment(
      engine.db,
      reg.shipment.id,
      { status: 'in_transit', milestone: 'departed_origin', destination_country: 'FR' },
      now(),
    );
    await insertEvents(engine.db, [
      {
        shipment_id: reg.shipment.id,
        leg_id: reg.leg.id,
        source: 'sim',
        occurred_at: departed,
        description: 'left the origin country',
        status: 'in_transit',
        milestone: 'departed_origin',
        country: 'CN',
        confidence: 1,
        rule: 'test',
        dedupe_key: 'lane-estimate-1',
        fetched_at: departed,
      },
    ]);
    // 29 parcels of 40–44 days: one short of the minimum, so the priors answer.
    const parcels = Array.from({ length: 35 }, (_, i) => toFrance(i, 40 + (i % 5)));
    await learnDeliveries(engine.db, parcels.slice(0, 29), now());
    expect((await eta(number)).basis.kind).toBe('prior');

    // Enough now, but what was read is kept for a minute.
    await learnDeliveries(engine.db, parcels.slice(29), now());
    expect((await eta(number)).basis.kind).toBe('prior');
    realNow += 61_000;
    const e = await eta(number);
    expect(e.basis).toMatchObject({ kind: 'lane', key: 'eta.basis.lane.countries' });
    expect(e.basis.sampleSize).toBe(35);
    expect(e.basis.text).toBe('35 parcels delivered from China to France in the last 90 days.');
    // From leaving China, these parcels took 40–44 days.
    const likelyDays = (Date.parse(e.likely) - departed) / DAY;
    expect(likelyDays).toBeGreaterThan(40);
    expect(likelyDays).toBeLessThan(44);

    const page = await app.inject({ method: 'GET', url: `/track/${number}?lang=fr` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('35 colis livrés de Chine vers France ces 90 derniers jours.');
    const de = await app.inject({ method: 'GET', url: `/track/${number}?lang=de` });
    expect(de.body).toContain('35 zugestellte Sendungen von China nach Frankreich');
  });
});
