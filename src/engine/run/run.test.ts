/**
 * The engine against the simulator over loopback, on SQLite (temp file) and on PostgreSQL
 * when TRACKLINE_TEST_PG is set: registration is idempotent, a poll cycle ingests events and
 * schedules the next check, the loop stops cleanly, the track view has the API's shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from '../../carriers/sim/server.js';
import { createLogger } from '../../log.js';
import { type DatabaseHandle, getPoll, listEvents } from '../../store/index.js';
import { postgresTarget, sqliteTarget, type TestTarget } from '../../store/test-helpers/targets.js';
import type { Engine } from './context.js';
import { startEmbedded } from './embedded.js';
import { startLoop } from './loop.js';
import { refreshNow, runPollCycle } from './poller.js';
import { NotATrackingNumberError, registerNumber } from './register.js';
import { lpNumbers, testEngine } from './test-helpers/engine.js';
import { getTrackView } from './track-view.js';

const PG_URL = process.env['TRACKLINE_TEST_PG'];
if (!PG_URL) {
  console.warn(
    '[engine/run] PostgreSQL variant SKIPPED: set TRACKLINE_TEST_PG=postgres://… to run it',
  );
}
const EPOCH = Date.UTC(2026, 2, 1);

for (const target of [sqliteTarget(), postgresTarget(PG_URL)] as TestTarget[]) {
  describe.skipIf(!target.enabled)(`engine on ${target.name}`, () => {
    let sim: SimServer;
    let handle: DatabaseHandle;
    let engine: Engine;

    beforeAll(async () => {
      sim = await startSimServer({ epochMs: EPOCH, timeScale: 0, seed: 'engine-run' });
      handle = await target.open();
      engine = await testEngine(handle, sim);
    });
    afterAll(async () => {
      await engine?.close();
      await handle?.close();
      await sim?.close();
      await target.cleanup();
    });

    it('registers a number once, however often it is asked', async () => {
      const [lp] = lpNumbers(1, 99);
      const a = await registerNumber(engine, lp!);
      const b = await registerNumber(engine, ` ${lp!.toLowerCase()} `);
      expect(a.created).toBe(true);
      expect(b.created).toBe(false);
      expect(b.shipment.id).toBe(a.shipment.id);
      expect(b.leg.id).toBe(a.leg.id);
      expect(a.route).toMatchObject({ kind: 'source', sourceId: 'sim' });
      const poll = await getPoll(engine.db, a.leg.id);
      expect(poll?.due_at).toBe(engine.now());
      const many = await Promise.all(
        [1, 2, 3].map(() => registerNumber(engine, 'LP00099999999901')),
      );
      expect(new Set(many.map((m) => m.shipment.id)).size).toBe(1);
    });

    it('resumes polling a known live number that nobody polls', async () => {
      const reg = await registerNumber(engine, lpNumbers(1, 555)[0]!);
      await engine.db.deleteFrom('poll_schedule').where('leg_id', '=', reg.leg.id).execute();
      const again = await registerNumber(engine, reg.leg.number);
      expect(again.created).toBe(false);
      expect(await getPoll(engine.db, reg.leg.id)).toBeDefined();
    });

    it('refuses what is not a tracking number', async () => {
      await expect(registerNumber(engine, 'me@example.com')).rejects.toBeInstanceOf(
        NotATrackingNumberError,
      );
    });

    it('runs a poll cycle: ingests events and schedules the next check', async () => {
      const numbers = sim.demo().map((d) => d.number);
      expect(numbers.length).toBeGreaterThan(5);
      const regs = [];
      for (const n of numbers) regs.push(await registerNumber(engine, n));
      let report = await runPollCycle(engine);
      expect(report.failedRequests).toBe(0);
      expect(report.newEvents).toBeGreaterThan(0);
      // Hand-offs create legs due now; the next cycles fetch them.
      for (let i = 0; i < 4 && report.leased > 0; i++) report = await runPollCycle(engine);
      const now = engine.now();
      let withEvents = 0;
      for (const reg of regs) {
        const events = await listEvents(engine.db, reg.leg.shipment_id);
        if (events.length > 0) withEvents += 1;
        const poll = await getPoll(engine.db, reg.leg.id);
        const shipment = await engine.db
          .selectFrom('shipments')
          .selectAll()
          .where('id', '=', reg.leg.shipment_id)
          .executeTakeFirstOrThrow();
        expect(shipment.last_checked_at).toBe(now);
        if (poll) {
          expect(poll.due_at).toBeGreaterThan(now);
          expect(poll.lease_owner).toBeNull();
          expect(Number(shipment.next_check_at)).toBeGreaterThan(now);
        } else {
          expect(shipment.next_check_at).toBeNull();
        }
      }
      expect(withEvents).toBeGreaterThan(numbers.length / 2);
      expect((await runPollCycle(engine)).leased).toBe(0);
    });

    it('gives the track view of a number, registering it when new', async () => {
      const number = sim.demo().find((d) => d.case === 'multi_leg')?.number ?? lpNumbers(1, 5)[0]!;
      const view = await getTrackView(engine, number, { fetchNew: true });
      expect(view.number).toBe(number);
      expect(view.demo).toBe(true);
      expect(view.shipment.id).toMatch(/^shp_/);
      expect(view.shipment.legs.map((l) => l.number)).toContain(number);
      expect(view.shipment.lastCheckedAt).not.toBeNull();
      const times = view.shipment.events.map((e) => Date.parse(e.occurredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      for (const e of view.shipment.events) {
        expect(e.source).toBe('sim');
        expect(typeof e.description).toBe('string');
      }
      expect(Array.isArray(view.shipment.anomalies)).toBe(true);
    });

    it('rate-limits refresh now per parcel', async () => {
      const reg = await registerNumber(engine, lpNumbers(1, 1234)[0]!);
      sim.clock.advance(3_600_000);
      const first = await refreshNow(engine, reg.shipment.id);
      expect(first.ok).toBe(true);
      const second = await refreshNow(engine, reg.shipment.id);
      expect(second).toMatchObject({ ok: false });
    });

    it('starts and stops embedded mode, leaving a borrowed handle open', async () => {
      const embedded = await startEmbedded({
        config: { dataDir: '.', databaseUrl: undefined, logLevel: 'silent' },
        handle,
        configured: { enabled: new Map(), problems: [] },
        simulator: { url: sim.url, clock: sim.clock },
        logger: createLogger('silent'),
        loop: { intervalMs: 5 },
      });
      expect(embedded.engine.demo).toBe(true);
      expect(embedded.engine.timeScale).toBe(1);
      await embedded.stop();
      expect(embedded.loop.running).toBe(false);
      expect(await engine.db.selectFrom('shipments').select('id').limit(1).execute()).toHaveLength(
        1,
      );
    });

    it('runs the loop and stops after the in-flight cycle', async () => {
      for (const n of lpNumbers(30, 4242)) await registerNumber(engine, n);
      const reports: number[] = [];
      const loop = startLoop(engine, { intervalMs: 5, onCycle: (r) => reports.push(r.leased) });
      const deadline = Date.now() + 10_000;
      while (reports.reduce((a, b) => a + b, 0) < 30 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 10));
      }
      await loop.stop();
      expect(loop.running).toBe(false);
      expect(reports.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30);
      const leased = await engine.db
        .selectFrom('poll_schedule')
        .select('leg_id')
        .where('lease_owner', 'is not', null)
        .execute();
      expect(leased).toEqual([]);
    });
  });
}
