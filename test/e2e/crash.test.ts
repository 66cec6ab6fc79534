/**
 * Crash safety: a `trackline worker` process on SQLite is killed with SIGKILL mid-work 20
 * times; after a last run to the end (the dead workers' leases having run out), the stored
 * events and each parcel's state equal those of a clean, uninterrupted run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from '../../src/carriers/sim/server.js';
import { drainDue, lpNumbers, testEngine } from '../../src/engine/run/test-helpers/engine.js';
import { type Db, openDatabase } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { seedParcels, startWorker } from './helpers.js';

const KILLS = Number(process.env['TRACKLINE_E2E_KILLS'] ?? 20);
// Enough parcels that work always remains for the next worker to be killed in: with few,
// later workers find nothing due and exit before the kill lands.
const PARCELS = 3000;
const dir = mkdtempSync(join(tmpdir(), 'trackline-crash-'));

async function snapshot(db: Db) {
  const events = await db
    .selectFrom('events')
    .innerJoin('legs', 'legs.id', 'events.leg_id')
    .select(['legs.number', 'events.occurred_at', 'events.description', 'events.code'])
    .execute();
  const eventKeys = events.map((e) => `${e.number}|${e.occurred_at}|${e.code}|${e.description}`);
  const states = await db
    .selectFrom('legs')
    .innerJoin('shipments', 'shipments.id', 'legs.shipment_id')
    .select(['legs.number', 'shipments.status', 'shipments.milestone', 'shipments.delivered_at'])
    .execute();
  return {
    events: eventKeys.sort(),
    states: states.map((s) => `${s.number}|${s.status}|${s.milestone}|${s.delivered_at}`).sort(),
  };
}

describe('kill -9 a worker mid-ingest', () => {
  let sim: SimServer;
  const numbers = lpNumbers(PARCELS, 9);

  beforeAll(async () => {
    sim = await startSimServer({ seed: 'e2e-crash', clockStartMs: Date.now(), timeScale: 0 });
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`stores the same events as a clean run after ${KILLS} kills`, async () => {
    const now = sim.clock.now();
    // The clean run, in-process.
    const clean = await openDatabase({ sqlitePath: join(dir, 'clean.db') });
    await migrateToLatest(clean.db);
    await seedParcels(clean.db, numbers, now);
    const engine = await testEngine(clean, sim);
    await drainDue(engine, 200);
    const want = await snapshot(clean.db);
    await engine.close();
    await clean.close();

    // The crashing run.
    const url = `file:${join(dir, 'crash.db')}`;
    const crash = await openDatabase(url);
    await migrateToLatest(crash.db);
    await seedParcels(crash.db, numbers, now);
    await crash.close();
    const env = { TRACKLINE_SIM_URL: sim.url, TRACKLINE_DATABASE_URL: url };
    const args = ['--once', '--batch', '80', '--lease', '500'];
    let killed = 0;
    for (let i = 0; i < KILLS; i++) {
      const w = startWorker(args, env);
      await new Promise<void>((resolve) => {
        w.child.stdout?.once('data', () => resolve());
        void w.exited.then(() => resolve());
      });
      await new Promise((r) => setTimeout(r, 30 + Math.floor(Math.random() * 250)));
      w.child.kill('SIGKILL');
      const end = await w.exited;
      if (end.signal === 'SIGKILL') killed += 1;
    }
    await new Promise((r) => setTimeout(r, 600)); // the last leases run out
    const last = await startWorker(args, env).exited;
    expect(last.code).toBe(0);
    expect(killed).toBeGreaterThanOrEqual(KILLS - 2);

    const after = await openDatabase(url);
    const got = await snapshot(after.db);
    await after.close();
    expect(got.events.length).toBe(want.events.length);
    expect(got.events).toEqual(want.events);
    expect(got.states).toEqual(want.states);
    console.info(`[e2e] ${killed} kills, ${got.events.length} events equal to the clean run`);
  }, 120_000);
});
