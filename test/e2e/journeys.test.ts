/**
 * End to end on the simulator: 200 parcels registered, simulated time advanced 12 hours at a
 * time over ~10 weeks with the adaptive scheduler polling what is due, then one last check
 * of everything still polled. Every parcel's derived state must equal the simulator's ground
 * truth: status, milestone, the legs linked so far, and the delivery instant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from '../../src/carriers/sim/server.js';
import type { TruthView } from '../../src/carriers/sim/truth.js';
import type { Engine } from '../../src/engine/run/context.js';
import { registerNumber } from '../../src/engine/run/register.js';
import { drainDue, lpNumbers, testEngine } from '../../src/engine/run/test-helpers/engine.js';
import type { DatabaseHandle } from '../../src/store/db.js';
import { findShipmentsByNumber, listLegs } from '../../src/store/index.js';
import { sqliteTarget } from '../../src/store/test-helpers/targets.js';

const DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 2, 1);

const drain = (engine: Engine) => drainDue(engine);

describe('200 simulated parcels against ground truth', () => {
  const target = sqliteTarget();
  let sim: SimServer;
  let handle: DatabaseHandle;
  let engine: Engine;

  beforeAll(async () => {
    sim = await startSimServer({
      epochMs: EPOCH,
      clockStartMs: EPOCH - 10 * DAY,
      timeScale: 0,
      seed: 'e2e-journeys',
    });
    handle = await target.open();
    engine = await testEngine(handle, sim, { seed: 42 });
  });
  afterAll(async () => {
    await engine?.close();
    await handle?.close();
    await sim?.close();
    await target.cleanup();
  });

  /** Checks everything still polled now, then compares every parcel with the truth. */
  async function compare(
    numbers: readonly string[],
    seen: { delivered: number; multiLeg: number; statuses: Set<string> },
  ): Promise<string[]> {
    await engine.db.updateTable('poll_schedule').set({ due_at: engine.now() }).execute();
    await drain(engine);
    const mismatches: string[] = [];
    const clock = new Date(engine.now()).toISOString();
    for (const number of numbers) {
      const truth = (await (await fetch(`${sim.url}/sim/truth/${number}`)).json()) as TruthView;
      const [shipment] = await findShipmentsByNumber(engine.db, number);
      if (!shipment) {
        mismatches.push(`${clock} ${number}: not registered`);
        continue;
      }
      const legs = (await listLegs(engine.db, shipment.id)).map((l) => l.number).sort();
      const want = truth.now.state;
      seen.statuses.add(want.status);
      if (want.status === 'delivered') seen.delivered += 1;
      if (legs.length > 1) seen.multiLeg += 1;
      const got = { status: shipment.status, milestone: shipment.milestone };
      if (got.status !== want.status || got.milestone !== want.milestone) {
        mismatches.push(`${clock} ${number}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
      if (JSON.stringify(legs) !== JSON.stringify([...truth.now.legsVisible].sort())) {
        mismatches.push(`${clock} ${number}: legs ${legs} ≠ ${truth.now.legsVisible}`);
      }
      if (want.status === 'delivered') {
        const at = shipment.delivered_at === null ? null : new Date(Number(shipment.delivered_at));
        if (at?.toISOString() !== truth.deliveredAt) {
          mismatches.push(
            `${clock} ${number}: delivered ${at?.toISOString()} ≠ ${truth.deliveredAt}`,
          );
        }
      }
    }
    return mismatches;
  }

  it('derives every parcel as the simulator says it is', async () => {
    const demo = sim.demo().map((d) => d.number);
    const numbers = [...new Set([...demo, ...lpNumbers(200, 2026)])].slice(0, 200);
    for (const n of numbers) await registerNumber(engine, n);
    const seen = { delivered: 0, multiLeg: 0, statuses: new Set<string>() };
    const mismatches: string[] = [];
    const checkpoints = [EPOCH - 2 * DAY, EPOCH + 12 * DAY, EPOCH + 60 * DAY];
    for (let t = EPOCH - 10 * DAY; t <= EPOCH + 60 * DAY; t += DAY / 2) {
      sim.clock.set(t);
      await drain(engine);
      if (checkpoints.includes(t)) mismatches.push(...(await compare(numbers, seen)));
    }
    expect(mismatches).toEqual([]);
    // The comparison covers real variety, not 200 empty parcels.
    console.info(`[e2e] ${JSON.stringify({ ...seen, statuses: [...seen.statuses] })}`);
    expect(seen.delivered).toBeGreaterThan(100);
    expect(seen.multiLeg).toBeGreaterThan(100);
    expect(seen.statuses.size).toBeGreaterThan(3);
  }, 120_000);
});
