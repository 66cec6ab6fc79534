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
