/**
 * Distributed mode on PostgreSQL (TRACKLINE_TEST_PG): two pollers in one process, each with
 * its own pool and lease owner, run cycles side by side over 200 parcels; every due poll is
 * fetched by exactly one of them, exactly once (hand-off legs included).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from '../../carriers/sim/server.js';
import type { DatabaseHandle } from '../../store/index.js';
import { postgresTarget } from '../../store/test-helpers/targets.js';
import type { Engine } from './context.js';
import { runPollCycle } from './poller.js';
import { registerNumber } from './register.js';
import {
  lpNumbers,
  type RecordingFetch,
  recordingFetch,
  testEngine,
} from './test-helpers/engine.js';

const PG_URL = process.env['TRACKLINE_TEST_PG'];
if (!PG_URL) {
  console.warn('[engine/run] two-poller PostgreSQL test SKIPPED: set TRACKLINE_TEST_PG to run it');
}
const EPOCH = Date.UTC(2026, 2, 1);

describe.skipIf(!PG_URL)('two pollers on PostgreSQL', () => {
  const target = postgresTarget(PG_URL);
  let sim: SimServer;
  const handles: DatabaseHandle[] = [];
  const engines: Engine[] = [];
  const recs: RecordingFetch[] = [];

  beforeAll(async () => {
    sim = await startSimServer({ epochMs: EPOCH, timeScale: 0, seed: 'engine-dist' });
    for (const name of ['a', 'b']) {
      const handle = await target.open();
      const rec = recordingFetch();
      handles.push(handle);
      recs.push(rec);
      engines.push(await testEngine(handle, sim, { fetch: rec.fetch, owner: `poller-${name}` }));
    }
  });
  afterAll(async () => {
    for (const e of engines) await e.close();
    for (const h of handles) await h.close();
    await sim?.close();
    await target.cleanup();
  });

  it('never fetches the same due poll twice', async () => {
    const [a, b] = engines as [Engine, Engine];
    for (const n of lpNumbers(200, 2024)) await registerNumber(a, n);
    let idle = 0;
    for (let i = 0; i < 40 && idle < 2; i++) {
      const [ra, rb] = await Promise.all([
        runPollCycle(a, { limit: 25 }),
        runPollCycle(b, { limit: 25 }),
      ]);
      expect(ra.failedRequests + rb.failedRequests).toBe(0);
      idle = ra.leased + rb.leased === 0 ? idle + 1 : 0;
    }
    const fetched = [...recs[0]!.requested, ...recs[1]!.requested];
    const counts = new Map<string, number>();
    for (const n of fetched) counts.set(n, (counts.get(n) ?? 0) + 1);
    const twice = [...counts].filter(([, c]) => c > 1);
    expect(twice).toEqual([]);
    const legs = await a.db.selectFrom('legs').select('number').execute();
    expect(legs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(fetched)).toEqual(new Set(legs.map((l) => l.number)));
    // Both took part.
    expect(recs[0]!.requested.length).toBeGreaterThan(0);
    expect(recs[1]!.requested.length).toBeGreaterThan(0);
  }, 60_000);
});
