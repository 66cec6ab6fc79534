/**
 * The read path of the track view (the hot path of the pages and the API): a known number
 * reads back its shipment, legs and events and writes nothing; a live parcel nobody polls
 * is polled again; a reused number shows its newest generation. Ingestion keeps every
 * shipment's stored view equal to one built from its rows; a view that is missing, or was
 * derived for other countries, is rebuilt on read. SQLite (temp file), and PostgreSQL when
 * TRACKLINE_TEST_PG is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from '../../carriers/sim/server.js';
import { insertEvents, listEvents } from '../../store/events.js';
import { newId } from '../../store/ids.js';
import { type DatabaseHandle, getPoll, getView, listLegs } from '../../store/index.js';
import { postgresTarget, sqliteTarget, type TestTarget } from '../../store/test-helpers/targets.js';
import { buildStoredView, parseStoredView } from '../ingest/stored-view.js';
import type { Engine } from './context.js';
import { runPollCycle } from './poller.js';
import { registerNumber } from './register.js';
import { lpNumbers, testEngine } from './test-helpers/engine.js';
import { getTrackView, shipmentView } from './track-view.js';

const EPOCH = Date.UTC(2026, 2, 1);

async function counts(engine: Engine) {
  const one = async (table: 'shipments' | 'legs' | 'poll_schedule' | 'events') =>
    Number(
      (
        await engine.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const dues = await engine.db.selectFrom('poll_schedule').select(['leg_id', 'due_at']).execute();
  return {
    shipments: await one('shipments'),
    legs: await one('legs'),
    polls: await one('poll_schedule'),
    events: await one('events'),
    dues: dues.map((d) => `${d.leg_id}@${d.due_at}`).sort(),
  };
}

for (const target of [
  sqliteTarget(),
  postgresTarget(process.env['TRACKLINE_TEST_PG']),
] as TestTarget[]) {
  describe.skipIf(!target.enabled)(`track view reads on ${target.name}`, () => {
    let sim: SimServer;
    let handle: DatabaseHandle;
    let engine: Engine;
    let numbers: string[];

    beforeAll(async () => {
      sim = await startSimServer({ epochMs: EPOCH, timeScale: 0, seed: 'track-view-read' });
      handle = await target.open();
      engine = await testEngine(handle, sim);
      numbers = sim.demo().map((d) => d.number);
      for (const n of numbers) await registerNumber(engine, n);
      for (let i = 0; i < 5; i++) if ((await runPollCycle(engine)).leased === 0) break;
    });
    afterAll(async () => {
      await engine?.close();
      await handle?.close();
      await sim?.close();
      await target.cleanup();
    });

    it('reads a known number back: its shipment, legs in journey order, events newest first', async () => {
      const roles = ['origin', 'international', 'last_mile', 'alias'];
      let withLegs = 0;
      for (const n of numbers) {
        const reg = await registerNumber(engine, n);
        const view = await getTrackView(engine, n);
        expect(view.number).toBe(reg.detection.normalized);
        expect(view.shipment).toEqual(await shipmentView(engine, reg.leg.shipment_id));
        expect(view.shipment.legs.map((l) => l.number)).toContain(reg.leg.number);
        const order = view.shipment.legs.map((l) => roles.indexOf(l.role));
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        const times = view.shipment.events.map((e) => Date.parse(e.occurredAt));
        expect([...times].sort((a, b) => b - a)).toEqual(times);
        const legNumbers = new Set(view.shipment.legs.map((l) => l.number));
        for (const e of view.shipment.events) expect(legNumbers.has(e.legNumber)).toBe(true);
        if (view.shipment.legs.length > 1) withLegs += 1;
      }
      // The demo journeys hand over to other numbers: several legs are read back.
      expect(withLegs).toBeGreaterThan(0);
    });

    it('writes nothing when reading known numbers', async () => {
      const before = await counts(engine);
      for (const n of numbers) await getTrackView(engine, n, { fetchNew: true });
      expect(await counts(engine)).toEqual(before);
    });

    it('resumes polling a live parcel nobody polls, as registration does', async () => {
      const [lp] = lpNumbers(1, 4242);
      const reg = await registerNumber(engine, lp!);
      await engine.db.deleteFrom('poll_schedule').where('leg_id', '=', reg.leg.id).execute();
      const view = await getTrackView(engine, lp!);
      expect(view.shipment.id).toBe(reg.shipment.id);
      expect(await getPoll(engine.db, reg.leg.id)).toBeDefined();
    });

    it('follows the newest generation of a reused number', async () => {
      const [lp] = lpNumbers(1, 777);
      const old = await registerNumber(engine, lp!);
      const now = engine.now();
      const shipmentId = newId('shipment', now);
      await engine.db
        .insertInto('shipments')
        .values({ id: shipmentId, status: 'pending', created_at: now, updated_at: now })
        .execute();
      const legId = newId('leg', now);
      await engine.db
        .insertInto('legs')
        .values({
          id: legId,
          shipment_id: shipmentId,
          number: lp!,
          carrier_id: old.leg.carrier_id,
          generation: 1,
          role: 'origin',
          learned_from: 'user',
          first_seen_at: now,
        })
        .execute();
      await engine.db
        .insertInto('poll_schedule')
        .values({ leg_id: legId, source_id: 'sim', due_at: now + 60_000, priority: 0 })
        .execute();
      const view = await getTrackView(engine, lp!);
      expect(view.shipment.id).toBe(shipmentId);
      expect(view.shipment.id).not.toBe(old.shipment.id);
    });

    it('keeps every stored view equal to one built from its rows', async () => {
      const shipments = await engine.db.selectFrom('shipments').selectAll().execute();
      let checked = 0;
      for (const s of shipments) {
        const rows = await listEvents(engine.db, s.id);
        const body = await getView(engine.db, s.id);
        // Ingestion wrote a view for every shipment it stored events for.
        if (rows.length > 0) expect(body).not.toBeNull();
        if (body === null) continue;
        const fromRows = buildStoredView(await listLegs(engine.db, s.id), rows, {
          origin: s.origin_country,
          destination: s.destination_country,
        });
        expect(parseStoredView(body)).toEqual(fromRows);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(10);
    });

    it('drops a view when its events change outside ingestion, and rebuilds it on read', async () => {
      const reg = await registerNumber(engine, numbers[0]!);
      const id = reg.shipment.id;
      expect(await getView(engine.db, id)).not.toBeNull();
      const now = engine.now();
      await insertEvents(engine.db, [
        {
          shipment_id: id,
          leg_id: reg.leg.id,
          source: 'sim',
          occurred_at: now,
          description: 'Parcel weighed again',
          confidence: 0.5,
          rule: 'test',
          dedupe_key: `${reg.leg.id}:test-reweigh`,
          fetched_at: now,
        },
      ]);
      expect(await getView(engine.db, id)).toBeNull();
      const view = await getTrackView(engine, numbers[0]!);
      expect(view.shipment.events.map((e) => e.description)).toContain('Parcel weighed again');
      const stored = parseStoredView((await getView(engine.db, id)) ?? '');
      expect(stored?.events).toEqual(view.shipment.events);
    });

    it("derives again when the shipment's countries changed since its view was built", async () => {
      const reg = await registerNumber(engine, numbers[1]!);
      const before = parseStoredView((await getView(engine.db, reg.shipment.id)) ?? '');
      expect(before).toBeDefined();
      const other = before?.destination === 'NZ' ? 'CL' : 'NZ';
      await engine.db
        .updateTable('shipments')
        .set({ destination_country: other })
        .where('id', '=', reg.shipment.id)
        .execute();
      await getTrackView(engine, numbers[1]!);
      const after = parseStoredView((await getView(engine.db, reg.shipment.id)) ?? '');
      expect(after?.destination).toBe(other);
    });
  });
}
