/**
 * @module engine/run/test-helpers/engine
 * Test-only helpers for the engine: an engine on a given database handle with the simulator
 * as its only source (demo mode, the simulator's clock), a seeded random, a fetch that can
 * record requested numbers and switch faults off, and invented Cainiao LP numbers.
 */
import type { SimServer } from '../../../carriers/sim/server.js';
import { createLogger } from '../../../log.js';
import type { DatabaseHandle } from '../../../store/db.js';
import { createEngine, type Engine } from '../context.js';
import { runPollCycle } from '../poller.js';

/** Deterministic random in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A fetch that records the numbers of every track request, and can ask for no faults. */
export interface RecordingFetch {
  fetch: typeof globalThis.fetch;
  /** Numbers requested, once per request they appeared in. */
  requested: string[];
  /** When true, every request carries `X-Sim-Fault: none`. */
  faultFree: boolean;
}

export function recordingFetch(): RecordingFetch {
  const rec: RecordingFetch = {
    requested: [],
    faultFree: false,
    fetch: async (input, init) => {
      if (typeof init?.body === 'string') {
        const body = JSON.parse(init.body) as { numbers?: string[] };
        rec.requested.push(...(body.numbers ?? []));
      }
      const headers = new Headers(init?.headers);
      if (rec.faultFree) headers.set('x-sim-fault', 'none');
      return globalThis.fetch(input, { ...init, headers });
    },
  };
  return rec;
}

export function testEngine(
  handle: DatabaseHandle,
  sim: SimServer,
  opts: {
    fetch?: typeof globalThis.fetch;
    seed?: number;
    owner?: string;
    timeoutMs?: number;
    /** The real clock the gates use; pass the simulator's to move backoffs with it. */
    realNow?: () => number;
  } = {},
): Promise<Engine> {
  return createEngine({
    config: { dataDir: '.', databaseUrl: undefined, logLevel: 'silent' },
    handle,
    configured: { enabled: new Map(), problems: [] },
    simulator: { url: sim.url, clock: sim.clock },
    fetch: opts.fetch ?? globalThis.fetch,
    random: seededRandom(opts.seed ?? 1),
    logger: createLogger('silent'),
    timeoutMs: opts.timeoutMs ?? 5_000,
    ...(opts.owner ? { owner: opts.owner } : {}),
    ...(opts.realNow ? { realNow: opts.realNow } : {}),
  });
}

/** `count` invented Cainiao LP numbers (LP + 14 digits), the same for the same seed. */
export function lpNumbers(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const out = new Set<string>();
  while (out.size < count) {
    let digits = '';
    for (let i = 0; i < 14; i++) digits += Math.floor(random() * 10).toString();
    out.add(`LP${digits}`);
  }
  return [...out];
}

/**
 * Polls until nothing is due. A source's politeness gate counts real time and a fast machine
 * outruns it: the polls it puts back are due a few engine milliseconds later, which a frozen
 * simulator clock never reaches. Wait for the gate and make them due again, so a test never
 * compares a parcel that still has a poll owed.
 */
export async function drainDue(engine: Engine, limit = 1000): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await runPollCycle(engine, { limit });
    if (r.deferred > 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await engine.db
        .updateTable('poll_schedule')
        .set({ due_at: engine.now() })
        .where('last_result', 'like', 'deferred%')
        .where('due_at', '>', engine.now())
        .execute();
      continue;
    }
    if (r.leased === 0) return;
  }
  throw new Error('polls still due after 200 cycles');
}
