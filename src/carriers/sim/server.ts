/**
 * @module carriers/sim/server
 * The simulator as a real HTTP service (Fastify, loopback by default). Routes, documented in
 * README.md: POST /api/track, GET /api/demo, GET /sim/truth/:number, GET|POST /sim/clock.
 * `startSimServer` is what `trackline sim` and the demo mode of `trackline serve` call.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createSimClock, type SimClock } from './clock.js';
import { type DemoEntry, pickDemoNumbers } from './demo.js';
import { type FaultConfig, FaultHeaderError, FaultInjector } from './faults.js';
import { type RateLimitConfig, TokenBucket } from './rate-limit.js';
import { truthView } from './truth.js';
import { SIM_API_VERSION, type WireTrackResponse } from './wire.js';
import { SimWorld } from './world.js';

export interface SimServerOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; 127.0.0.1 by default. */
  host?: string;
  /** Seed of every journey and of the fault stream (default 'trackline'). */
  seed?: string;
  /**
   * The journeys' epoch: parcels start from 50 days before it to 3 days after it. Default:
   * midnight UTC of the current day, so the same numbers tell the same story all day.
   */
  epochMs?: number;
  /** Where the clock starts; default: `epochMs` when given, else the real time now. */
  clockStartMs?: number;
  /** Simulated ms per real ms (default 1; 86,400 = a day per second; 0 = frozen). */
  timeScale?: number;
  /** When set, every route but GET / needs the header X-Sim-Key with this value. */
  key?: string;
  faults?: FaultConfig;
  /** The real clock, injected for tests. */
  realNow?: () => number;
  /** Most numbers in one POST /api/track (default 40). */
  maxBatch?: number;
  /** Enforce a real rate limit on POST /api/track (429 + Retry-After when exceeded). */
  rateLimit?: RateLimitConfig;
}

export interface SimServer {
  url: string;
  clock: SimClock;
  world: SimWorld;
  /** The demo numbers at the current simulated time. */
  demo(): DemoEntry[];
  close(): Promise<void>;
}

const ClockBody = z.union([
  z.object({ advanceMs: z.number().finite() }).strict(),
  z.object({ setMs: z.number().finite() }).strict(),
]);

/** Builds the Fastify app without listening (tests may call app.inject). */
export function buildSimApp(opts: SimServerOptions = {}) {
  const realNow = opts.realNow ?? Date.now;
  const epochMs = opts.epochMs ?? Math.floor(realNow() / 86_400_000) * 86_400_000;
  const seed = opts.seed ?? 'trackline';
  const clockStart = opts.clockStartMs ?? (opts.epochMs === undefined ? realNow() : epochMs);
  const clock = createSimClock({ epochMs: clockStart, timeScale: opts.timeScale ?? 1, realNow });
  const world = new SimWorld({ seed, epochMs });
  const faults = new FaultInjector({ seed, ...opts.faults });
  const maxBatch = opts.maxBatch ?? 40;
  const bucket = opts.rateLimit ? new TokenBucket(opts.rateLimit, realNow) : null;
  const TrackBody = z.object({ numbers: z.array(z.string().max(64)).min(1).max(maxBatch) });
  const app: FastifyInstance = Fastify({ logger: false, forceCloseConnections: true });
  const timers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = { timer: setTimeout(() => entry.done(), ms), done: () => {} };
      entry.done = () => {
        clearTimeout(entry.timer);
        timers.delete(entry);
        resolve();
      };
      timers.add(entry);
    });
  app.addHook('onClose', async () => {
    for (const t of [...timers]) t.done();
  });

  // Chosen once (at the first request, or again after the clock is set or advanced): the
  // numbers then move with time, which is what a demo should show.
  let demoCache: DemoEntry[] | null = null;
  const demo = (): DemoEntry[] => {
    demoCache ??= pickDemoNumbers(world, clock.now());
    return demoCache;
  };

  const refuse = (req: FastifyRequest, reply: FastifyReply): boolean => {
    if (opts.key === undefined || req.headers['x-sim-key'] === opts.key) return false;
    void reply
      .code(401)
      .send({ error: 'unauthorized', message: 'missing or wrong X-Sim-Key header' });
    return true;
  };

  app.get('/', async () => ({
    simulator: 'trackline-sim',
    version: SIM_API_VERSION,
    note: 'Simulated carrier for demos and tests. Every parcel here is made up.',
    routes: ['POST /api/track', 'GET /api/demo', 'GET /sim/truth/:number', 'GET|POST /sim/clock'],
  }));

  app.post('/api/track', async (req, reply) => {
    if (refuse(req, reply)) return reply;
    let plan: ReturnType<FaultInjector['plan']>;
    try {
      const header = req.headers['x-sim-fault'];
      plan = faults.plan(Array.isArray(header) ? header.join(',') : header);
    } catch (error) {
      if (!(error instanceof FaultHeaderError)) throw error;
      return reply.code(400).send({ error: 'bad_fault_header', message: error.message });
    }
    const waitMs = bucket?.take() ?? 0;
    if (waitMs > 0 && plan.kind === 'none') {
      plan.kind = 'rate_limit';
      plan.retryAfterS = Math.ceil(waitMs / 1000);
    }
    if (plan.latencyMs > 0) await sleep(plan.latencyMs);
    switch (plan.kind) {
      case 'rate_limit':
        return reply
          .code(429)
          .header('retry-after', String(plan.retryAfterS))
          .send({ error: 'rate_limited', message: 'too many requests, slow down' });
      case 'server_error':
        return reply
          .code(plan.status)
          .send({ error: 'server_error', message: 'simulated failure' });
      case 'timeout':
        await sleep(plan.hangMs);
        return reply.code(504).send({ error: 'timeout', message: 'simulated upstream timeout' });
      case 'malformed':
        return reply.code(200).type('application/json').send(faults.malformedBody());
      case 'unauthorized':
        return reply.code(401).send({ error: 'unauthorized', message: 'simulated auth failure' });
      case 'none':
        break;
    }
    const body = TrackBody.safeParse(req.body);
    if (!body.success) {
      return reply.code(400).send({
        error: 'bad_request',
        message: `expected {"numbers": [1..${maxBatch} strings]}`,
      });
    }
    const now = clock.now();
    const answer: WireTrackResponse = {
      simulator: 'trackline-sim',
      version: SIM_API_VERSION,
      clock: new Date(now).toISOString(),
      items: body.data.numbers.map((n) => world.track(n, now)),
    };
    return answer;
  });

  app.get('/api/demo', async (req, reply) => {
    if (refuse(req, reply)) return reply;
    return {
      simulator: 'trackline-sim',
      clock: new Date(clock.now()).toISOString(),
      numbers: demo(),
    };
  });

  app.get<{ Params: { number: string } }>('/sim/truth/:number', async (req, reply) => {
    if (refuse(req, reply)) return reply;
    const r = world.resolve(req.params.number);
    if (!r) return reply.code(404).send({ error: 'unknown_number', number: req.params.number });
    return truthView(r, clock.now());
  });

  const clockState = () => {
    const now = clock.now();
    return {
      now: new Date(now).toISOString(),
      nowMs: now,
      epochMs,
      timeScale: clock.timeScale,
    };
  };
  app.get('/sim/clock', async (req, reply) => (refuse(req, reply) ? reply : clockState()));
  app.post('/sim/clock', async (req, reply) => {
    if (refuse(req, reply)) return reply;
    const body = ClockBody.safeParse(req.body);
    if (!body.success) {
      return reply
        .code(400)
        .send({ error: 'bad_request', message: 'expected {"advanceMs": n} or {"setMs": n}' });
    }
    if ('advanceMs' in body.data) clock.advance(body.data.advanceMs);
    else clock.set(body.data.setMs);
    demoCache = null;
    return clockState();
  });

  return { app, clock, world, faults, demo };
}

/** Starts the simulator on loopback; resolves once it is listening. */
export async function startSimServer(opts: SimServerOptions = {}): Promise<SimServer> {
  const { app, clock, world, demo } = buildSimApp(opts);
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ port: opts.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    clock,
    world,
    demo,
    close: () => app.close(),
  };
}
