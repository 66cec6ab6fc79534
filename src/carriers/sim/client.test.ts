import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CarrierAuthError, CarrierRateLimitError, CarrierUnavailableError } from '../errors.js';
import type { ClientDeps } from '../types.js';
import { FaultInjector } from './faults.js';
import { simSource } from './index.js';
import { TokenBucket } from './rate-limit.js';
import { type SimServer, startSimServer } from './server.js';

const EPOCH = Date.UTC(2026, 2, 1);
const NUMBER = 'LP00054937353995';
let sim: SimServer;

beforeAll(async () => {
  sim = await startSimServer({ epochMs: EPOCH, timeScale: 0, faults: { hangMs: 5_000 } });
});
afterAll(async () => {
  await sim.close();
});

/** A fetch that adds X-Sim-Fault to every request, as a test's way to order a fault. */
function faulty(fault: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('x-sim-fault', fault);
    return fetch(input, { ...init, headers });
  };
}

function deps(over: Partial<ClientDeps> = {}): ClientDeps {
  return { fetch, now: () => EPOCH, timeoutMs: 2_000, ...over };
}

const fetchWith = (fault: string, timeoutMs = 2_000) =>
  simSource
    .create({ baseUrl: sim.url }, deps({ fetch: faulty(fault), timeoutMs }))
    .fetchRaw([NUMBER]);

describe('sim client: every fault maps to its typed error', () => {
  it('429 → CarrierRateLimitError with the Retry-After delay', async () => {
    const error = await fetchWith('rate_limit=7').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarrierRateLimitError);
    expect((error as CarrierRateLimitError).retryAfterMs).toBe(7_000);
    expect(
      ((await fetchWith('429').catch((e: unknown) => e)) as CarrierRateLimitError).retryAfterMs,
    ).toBe(2_000);
  });

  it.each(['500', '502', '503', 'server_error'])('%s → CarrierUnavailableError', async (fault) => {
    await expect(fetchWith(fault)).rejects.toBeInstanceOf(CarrierUnavailableError);
  });

  it('a request held past the timeout → CarrierUnavailableError', async () => {
    const started = Date.now();
    const error = await fetchWith('timeout', 200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarrierUnavailableError);
    expect((error as Error).message).toMatch(/no answer within 200 ms/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('added latency still answers', async () => {
    const started = Date.now();
    const raw = await fetchWith('latency=150');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(simSource.parse(raw).results).toHaveLength(1);
  });

  it('401 → CarrierAuthError', async () => {
    await expect(fetchWith('401')).rejects.toBeInstanceOf(CarrierAuthError);
  });

  it('a malformed body is passed on, and parse turns it into a message', async () => {
    for (let i = 0; i < 6; i++) {
      const raw = await fetchWith('malformed');
      const out = simSource.parse(raw);
      expect(out.results).toEqual([]);
      expect(out.messages).toEqual([
        expect.objectContaining({ level: 'error', code: 'source_error' }),
      ]);
    }
  });

  it('a closed port → CarrierUnavailableError', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const address = srv.address();
        srv.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    const client = simSource.create({ baseUrl: `http://127.0.0.1:${port}` }, deps());
    await expect(client.fetchRaw([NUMBER])).rejects.toBeInstanceOf(CarrierUnavailableError);
  });

  it("the caller's own abort is passed through, not turned into an outage", async () => {
    const controller = new AbortController();
    const pending = simSource
      .create({ baseUrl: sim.url }, deps({ fetch: faulty('timeout') }))
      .fetchRaw([NUMBER], controller.signal);
    controller.abort(new Error('shutting down'));
    await expect(pending).rejects.toThrow('shutting down');
  });

  it('an unreadable fault header is a 400, reported as unavailable', async () => {
    await expect(fetchWith('explode')).rejects.toThrow(/HTTP 400/);
  });
});

describe('random faults', () => {
  it('faultRate injects faults from a seeded stream, the same for the same seed', () => {
    const draw = (seed: string) => {
      const f = new FaultInjector({ seed, faultRate: 0.3 });
      return Array.from(
        { length: 200 },
        () => f.plan(undefined).kind + f.plan(undefined).latencyMs,
      );
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    const f = new FaultInjector({ seed: 'rate', faultRate: 0.3 });
    const plans = Array.from({ length: 2000 }, () => f.plan(undefined));
    const faulted = plans.filter((p) => p.kind !== 'none' || p.latencyMs > 0).length / plans.length;
    expect(faulted).toBeGreaterThan(0.25);
    expect(faulted).toBeLessThan(0.35);
  });

  it('a server at faultRate 1 fails every call with a typed error or a source_error message', async () => {
    const noisy = await startSimServer({
      epochMs: EPOCH,
      timeScale: 0,
      faults: { faultRate: 1, randomFaults: ['rate_limit', 'server_error', 'malformed'] },
    });
    try {
      const client = simSource.create({ baseUrl: noisy.url }, deps());
      for (let i = 0; i < 20; i++) {
        const outcome = await client.fetchRaw([NUMBER]).then(
          (raw) => simSource.parse(raw).messages[0]?.code,
          (e: unknown) => (e as Error).name,
        );
        expect(['CarrierRateLimitError', 'CarrierUnavailableError', 'source_error']).toContain(
          outcome,
        );
      }
    } finally {
      await noisy.close();
    }
  });
});

describe('rate limit', () => {
  it('a token bucket refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ perSecond: 2, burst: 2 }, () => now);
    expect([bucket.take(), bucket.take()]).toEqual([0, 0]);
    expect(bucket.take()).toBe(500);
    now += 500;
    expect(bucket.take()).toBe(0);
  });

  it('a server over its limit answers 429 with Retry-After', async () => {
    let now = 0;
    const limited = await startSimServer({
      epochMs: EPOCH,
      timeScale: 0,
      rateLimit: { perSecond: 1, burst: 1 },
      realNow: () => now,
    });
    try {
      const client = simSource.create({ baseUrl: limited.url }, deps());
      await client.fetchRaw([NUMBER]);
      const error = await client.fetchRaw([NUMBER]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CarrierRateLimitError);
      expect((error as CarrierRateLimitError).retryAfterMs).toBe(1_000);
      now += 1_000;
      await expect(client.fetchRaw([NUMBER])).resolves.toBeDefined();
    } finally {
      await limited.close();
    }
  });
});
