/**
 * Distributed mode on PostgreSQL (TRACKLINE_TEST_PG): 4 `trackline worker --once` processes
 * share one database with 4,000 parcels (TRACKLINE_E2E_PARCELS=10000 for the full run) and the
 * simulator behind a counting proxy. Every due poll runs exactly once: each leg's number —
 * the first legs and every leg handed over to — is fetched once, by one worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from '../../src/carriers/sim/server.js';
import { lpNumbers } from '../../src/engine/run/test-helpers/engine.js';
import type { DatabaseHandle } from '../../src/store/db.js';
import { countPolls, migrateToLatest } from '../../src/store/index.js';
import { postgresTarget } from '../../src/store/test-helpers/targets.js';
import { type RecordingProxy, recordingProxy, seedParcels, startWorker } from './helpers.js';

const PG_URL = process.env['TRACKLINE_TEST_PG'];
if (!PG_URL)
  console.warn('[e2e] 4-worker PostgreSQL test SKIPPED: set TRACKLINE_TEST_PG to run it');
// 10,000 is the figure (~2 min here, bound by the simulator); the default keeps CI under a minute.
const PARCELS = Number(process.env['TRACKLINE_E2E_PARCELS'] ?? 4_000);

describe.skipIf(!PG_URL)(`4 workers, ${PARCELS} parcels, PostgreSQL`, () => {
  const target = postgresTarget(PG_URL);
  let sim: SimServer;
  let proxy: RecordingProxy;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    const now = Date.now();
    sim = await startSimServer({ seed: 'e2e-distributed', clockStartMs: now, timeScale: 0 });
    proxy = await recordingProxy(sim.url);
    handle = await target.open();
    await migrateToLatest(handle.db);
    await seedParcels(handle.db, lpNumbers(PARCELS, 31337), now);
  });
  afterAll(async () => {
    await handle?.close();
    await proxy?.close();
    await sim?.close();
    await target.cleanup();
  });

  it('runs every due poll exactly once', async () => {
    const env = { TRACKLINE_SIM_URL: proxy.url, TRACKLINE_DATABASE_URL: target.url };
    const args = ['--once', '--batch', '200'];
    const workers = [1, 2, 3, 4].map(() => startWorker(args, env));
    const results = await Promise.all(workers.map((w) => w.exited));
    for (const r of results) expect(r.code).toBe(0);
    // A worker that finished early may have left hand-offs made later by another: one more.
    const last = await startWorker(args, env).exited;
    expect(last.code).toBe(0);

    const polled = results.map((r) => Number(/(\d+) polls/.exec(r.out)?.[1] ?? 0));
    expect(polled.filter((n) => n > 0).length).toBe(4);
    expect((await countPolls(handle.db, Date.now())).due).toBe(0);
    const legs = await handle.db.selectFrom('legs').select('number').execute();
    expect(legs.length).toBeGreaterThan(PARCELS);
    const twice = [...proxy.counts].filter(([, n]) => n !== 1);
    expect(twice).toEqual([]);
    expect(new Set(proxy.counts.keys())).toEqual(new Set(legs.map((l) => l.number)));
    const events = await handle.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    console.info(
      `[e2e] ${PARCELS} parcels, ${legs.length} legs, ${events.n} events, polls per worker ${polled.join('/')}`,
    );
  }, 180_000);
});
