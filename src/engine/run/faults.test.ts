/**
 * Faults: against a simulator that answers 30% of track requests with a random fault (429
 * with Retry-After, 5xx, malformed body, latency), poll cycles never crash, a 429 moves the
 * source's next allowed call out (source_state.next_allowed_at), and once the faults stop,
 * every leg's stored events are exactly the simulator's: none lost, none twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from '../../carriers/sim/server.js';
import { type DatabaseHandle, getSourceState } from '../../store/index.js';
import { sqliteTarget } from '../../store/test-helpers/targets.js';
import type { Engine } from './context.js';
import { type CycleReport, runPollCycle } from './poller.js';
import { registerNumber } from './register.js';
import {
  lpNumbers,
  type RecordingFetch,
  recordingFetch,
  testEngine,
} from './test-helpers/engine.js';

const EPOCH = Date.UTC(2026, 2, 1);
const MINUTE = 60_000;

interface WireItem {
  number: string;
  found: boolean;
  events?: { time: string; description: string; code?: string }[];
}

async function simEvents(sim: SimServer, numbers: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < numbers.length; i += 40) {
    const res = await fetch(`${sim.url}/api/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sim-fault': 'none' },
      body: JSON.stringify({ numbers: numbers.slice(i, i + 40) }),
    });
    const body = (await res.json()) as { items: WireItem[] };
    for (const item of body.items) {
      out.set(
        item.number,
        (item.events ?? []).map((e) => `${e.time}|${e.description}`),
      );
    }
  }
  return out;
}

describe('engine under injected faults (30%)', () => {
  const target = sqliteTarget();
  let sim: SimServer;
  let handle: DatabaseHandle;
  let engine: Engine;
  let rec: RecordingFetch;

  beforeAll(async () => {
    sim = await startSimServer({
      epochMs: EPOCH,
      timeScale: 0,
      seed: 'engine-faults',
      faults: { faultRate: 0.3, randomLatencyMs: 30, retryAfterS: 30 },
    });
    handle = await target.open();
    rec = recordingFetch();
    // Gates on the simulator's clock, so advancing it lets backoffs pass.
    engine = await testEngine(handle, sim, {
      fetch: rec.fetch,
      seed: 3,
      realNow: () => sim.clock.now(),
    });
  });
  afterAll(async () => {
    await engine?.close();
    await handle?.close();
    await sim?.close();
    await target.cleanup();
  });

  it('never crashes, backs off after a 429, and loses or doubles no event', async () => {
    const numbers = [...lpNumbers(120, 11), ...sim.demo().map((d) => d.number)];
    for (const n of numbers) await registerNumber(engine, n);
    const reports: CycleReport[] = [];
    let sawBackoff = false;
    for (let i = 0; i < 60; i++) {
      const before = engine.now();
      const report = await runPollCycle(engine, { limit: 200 });
      reports.push(report);
      if (report.errors.some((e) => e.includes('rate limited'))) {
        const state = await getSourceState(engine.db, 'sim');
        expect(state?.nextAllowedAt ?? 0).toBeGreaterThanOrEqual(before + 30_000);
        expect(engine.runtimes.get('sim')?.gate.check(engine.realNow()).ok).toBe(false);
        sawBackoff = true;
      }
      sim.clock.advance(2 * MINUTE);
    }
    expect(reports.some((r) => r.failedRequests > 0)).toBe(true);
    expect(sawBackoff).toBe(true);

    // Faults off; let every backoff and open circuit pass, then poll everything once more.
    rec.faultFree = true;
    sim.clock.advance(2 * 3_600_000);
    const now = engine.now();
    await engine.db.updateTable('poll_schedule').set({ due_at: now }).execute();
    for (let i = 0; i < 20; i++) {
      const r = await runPollCycle(engine, { limit: 500 });
      if (r.leased === 0) break;
      expect(r.failedRequests).toBe(0);
    }

    const legs = await engine.db.selectFrom('legs').select(['id', 'number']).execute();
    const truth = await simEvents(
      sim,
      legs.map((l) => l.number),
    );
    let total = 0;
    for (const leg of legs) {
      const stored = await engine.db
        .selectFrom('events')
        .select(['local_time', 'description'])
        .where('leg_id', '=', leg.id)
        .execute();
      const got = stored.map((e) => `${e.local_time}|${e.description}`).sort();
      const want = [...new Set(truth.get(leg.number) ?? [])].sort();
      expect(got, leg.number).toEqual(want);
      total += got.length;
    }
    expect(total).toBeGreaterThan(200);
  }, 60_000);
});
