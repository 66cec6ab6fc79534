/**
 * @module carriers/sim/faults
 * Faults on demand. A server has a fault config (fixed added latency, and a `faultRate`
 * that injects random faults from a seeded stream); any request can force a fault with the
 * `X-Sim-Fault` header, e.g. `429`, `rate_limit=7`, `503`, `timeout=2000`, `malformed`,
 * `latency=300`, `none` (comma-separated directives combine).
 */
import { createRng, type Rng } from './prng.js';

export type FaultKind =
  | 'none'
  | 'rate_limit'
  | 'server_error'
  | 'timeout'
  | 'malformed'
  | 'unauthorized';

/** What to do with one request. */
export interface FaultPlan {
  kind: FaultKind;
  /** Added before answering (any kind). */
  latencyMs: number;
  /** rate_limit: the Retry-After value in seconds. */
  retryAfterS: number;
  /** server_error: the HTTP status. */
  status: number;
  /** timeout: how long the request is held before a 504. */
  hangMs: number;
}

export type RandomFault = 'rate_limit' | 'server_error' | 'timeout' | 'malformed' | 'latency';

export interface FaultConfig {
  /** Latency added to every answer, ms. */
  latencyMs?: number;
  /** Share of /api/track requests that get a random fault (0..1). */
  faultRate?: number;
  /** Which faults faultRate draws from; default rate_limit, server_error, malformed, latency. */
  randomFaults?: readonly RandomFault[];
  /** Retry-After sent with a 429, seconds (default 2). */
  retryAfterS?: number;
  /** How long a timeout holds a request, ms (default 30,000). */
  hangMs?: number;
  /** Latency of a random 'latency' fault, ms (default 1,500). */
  randomLatencyMs?: number;
  /** Seed of the random fault stream. */
  seed?: string;
}

const DEFAULT_RANDOM: readonly RandomFault[] = [
  'rate_limit',
  'server_error',
  'malformed',
  'latency',
];

export class FaultHeaderError extends Error {}

/** Decides the fault for each request: the header first, else a seeded random draw. */
export class FaultInjector {
  readonly #config: FaultConfig;
  readonly #rng: Rng;

  constructor(config: FaultConfig = {}) {
    this.#config = config;
    this.#rng = createRng(`${config.seed ?? 'sim'}|faults`);
  }

  get config(): FaultConfig {
    return this.#config;
  }

  /** The plan for one request; throws FaultHeaderError on a header it cannot read. */
  plan(header: string | undefined): FaultPlan {
    const c = this.#config;
    const plan: FaultPlan = {
      kind: 'none',
      latencyMs: c.latencyMs ?? 0,
      retryAfterS: c.retryAfterS ?? 2,
      status: 503,
      hangMs: c.hangMs ?? 30_000,
    };
    if (header !== undefined && header.trim() !== '') {
      for (const part of header.split(',')) applyDirective(plan, part.trim());
      return plan;
    }
    const rate = c.faultRate ?? 0;
    if (rate <= 0 || !this.#rng.chance(rate)) return plan;
    const pick = this.#rng.pick(c.randomFaults ?? DEFAULT_RANDOM);
    if (pick === 'latency') plan.latencyMs += c.randomLatencyMs ?? 1_500;
    else plan.kind = pick;
    if (pick === 'server_error') plan.status = this.#rng.pick([500, 502, 503]);
    return plan;
  }

  /** A malformed body: cut JSON, an HTML error page, or JSON of the wrong shape. */
  malformedBody(): string {
    return this.#rng.pick([
      '{"simulator":"trackline-sim","version":1,"items":[{"number":"LP00',
      '<html><head><title>502 Bad Gateway</title></head><body>upstream error</body></html>',
      '{"simulator":"trackline-sim","version":1,"items":"temporarily unavailable"}',
    ]);
  }
}

function applyDirective(plan: FaultPlan, directive: string): void {
  const [rawName, rawValue] = directive.split('=', 2).map((s) => s.trim());
  const name = (rawName ?? '').toLowerCase();
  const value = rawValue === undefined ? undefined : Number(rawValue);
  if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
    throw new FaultHeaderError(`bad value in X-Sim-Fault directive "${directive}"`);
  }
  if (name === 'none' || name === '') return;
  if (name === 'latency') plan.latencyMs += value ?? 1_000;
  else if (name === '429' || name === 'rate_limit') {
    plan.kind = 'rate_limit';
    if (value !== undefined) plan.retryAfterS = value;
  } else if (/^5\d\d$/.test(name) || name === 'server_error') {
    plan.kind = 'server_error';
    plan.status = name === 'server_error' ? (value ?? 503) : Number(name);
  } else if (name === 'timeout') {
    plan.kind = 'timeout';
    if (value !== undefined) plan.hangMs = value;
  } else if (name === 'malformed') plan.kind = 'malformed';
  else if (name === '401' || name === 'unauthorized') plan.kind = 'unauthorized';
  else throw new FaultHeaderError(`unknown X-Sim-Fault directive "${directive}"`);
}
