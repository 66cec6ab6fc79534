import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCarrierContract } from '../contract.js';
import { CarrierAuthError, CarrierRateLimitError, CarrierUnavailableError } from '../errors.js';
import {
  failure,
  fixtures,
  type Handler,
  json,
  type Seen,
  testDeps,
  useLoopback,
} from '../test-helpers/loopback.js';
import type { ClientDeps } from '../types.js';
import {
  afterShipConfigSchema,
  afterShipSource,
  createAfterShipClient,
  parseAfterShip,
  parseDetectedCouriers,
  parseWebhook,
  verifyWebhook,
} from './index.js';

const { dir, pair: fx, payload: readFixture, expected: readExpected } = fixtures(import.meta.url);

runCarrierContract({
  source: afterShipSource,
  fixtures: [
    fx('delivered'),
    fx('in-transit'),
    fx('returned'),
    { ...fx('not-found'), kind: 'not-found' },
    fx('auth-failure'),
    fx('batch'),
    { ...fx('unknown-codes'), unclassified: ['InTransit_010', 'InTransit_011'] },
    fx('webhook-update'),
  ],
  invalidConfigs: [
    {},
    { apiKey: '' },
    { apiKey: '   ' },
    { apiKey: 42 },
    { apiKey: 'asat_0123', baseUrl: 'not a url' },
  ],
});

const KEY = 'asat_TEST0123456789abcdef0123456789';

let handler: Handler = (_s, res) => res.end('{}');

const server = useLoopback((s, res) => handler(s, res), '/tracking/2025-01');
const seen = server.seen;

const deps = testDeps();
const client = (d: ClientDeps = deps) =>
  createAfterShipClient({ apiKey: KEY, baseUrl: server.base }, d);
const query = (s: Seen) => new URL(s.path, 'http://x').searchParams;

describe('aftership client over loopback', () => {
  it('fetchRaw GETs /trackings with tracking_numbers and the as-api-key header', async () => {
    seen.length = 0;
    const batch = readFixture('batch') as { requested: string[]; body: unknown };
    handler = json(batch.body);
    const raw = await afterShipSource
      .create(afterShipConfigSchema.parse({ apiKey: KEY, baseUrl: server.base }), deps)
      .fetchRaw(batch.requested);
    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.method).toBe('GET');
    expect(new URL(req.path, 'http://x').pathname).toBe('/tracking/2025-01/trackings');
    expect(query(req).get('tracking_numbers')).toBe('UH407261987CN,RR531078627CN,RB462093811CN');
    expect(req.headers['as-api-key']).toBe(KEY);
    expect(req.headers.authorization).toBeUndefined();
    expect(req.json).toBeUndefined();
    expect(raw).toEqual(batch);
    expect(parseAfterShip(raw)).toEqual(readExpected('batch'));
  });

  it('splits 120 numbers into calls of 50 and merges the trackings', async () => {
    seen.length = 0;
    handler = (s, res) => {
      const numbers = (query(s).get('tracking_numbers') ?? '').split(',');
      const trackings = numbers.map((n) => ({
        tracking_number: n,
        slug: 'china-post',
        checkpoints: [],
      }));
      res.end(JSON.stringify({ meta: { code: 200 }, data: { trackings } }));
    };
    const numbers = Array.from({ length: 120 }, (_, i) => `LY2051${String(i).padStart(5, '0')}CN`);
    const raw = await client().fetchRaw(numbers);
    expect(seen.map((s) => (query(s).get('tracking_numbers') ?? '').split(',').length)).toEqual([
      50, 50, 20,
    ]);
    expect((raw.body as { data: { trackings: unknown[] } }).data.trackings).toHaveLength(120);
    expect(raw.requested).toHaveLength(120);
  });

  it('createTracking POSTs the documented flat body; getTracking reads by id', async () => {
    seen.length = 0;
    handler = json(readFixture('delivered'), 201);
    await client().createTracking({
      trackingNumber: 'YT2605812739041266',
      slug: 'yunexpress',
      title: 'order 1',
    });
    handler = json(readFixture('delivered'));
    const got = await client().getTracking('7f3c2a91d04e4b6fa8e1c5b209d6e413');
    expect(seen.map((s) => [s.method, s.path])).toEqual([
      ['POST', '/tracking/2025-01/trackings'],
      ['GET', '/tracking/2025-01/trackings/7f3c2a91d04e4b6fa8e1c5b209d6e413'],
    ]);
    expect(seen[0]!.json).toEqual({
      tracking_number: 'YT2605812739041266',
      slug: 'yunexpress',
      title: 'order 1',
    });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen.every((s) => s.headers['as-api-key'] === KEY)).toBe(true);
    expect(parseAfterShip(got)).toEqual(readExpected('delivered'));
  });

  it('detectCourier POSTs /couriers/detect with the number and slug candidates', async () => {
    seen.length = 0;
    const answer = {
      meta: { code: 200 },
      data: { total: 1, couriers: [{ slug: 'china-post', name: 'China Post' }] },
    };
    handler = json(answer);
    const out = await client().detectCourier({
      trackingNumber: 'LY205187365CN',
      slug: ['china-post', 'china-ems'],
    });
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.path).toBe('/tracking/2025-01/couriers/detect');
    expect(seen[0]!.json).toEqual({
      tracking_number: 'LY205187365CN',
      slug: ['china-post', 'china-ems'],
    });
    expect(out).toEqual(answer);
    expect(parseDetectedCouriers(out)).toEqual([
      { slug: 'china-post', name: 'China Post', carrierId: 'china-post' },
    ]);
    expect(parseDetectedCouriers('oops')).toEqual([]);
  });

  it('401 → CarrierAuthError that never shows the key', async () => {
    handler = json(readFixture('auth-failure'), 401);
    const e = await failure(client().fetchRaw(['LY205187365CN']));
    expect(e).toBeInstanceOf(CarrierAuthError);
    expect(String(e)).not.toContain(KEY);
    expect(JSON.stringify(e)).not.toContain(KEY);
  });

  it('429 honours Retry-After, else x-ratelimit-reset', async () => {
    handler = json({ meta: { code: 429 } }, 429, { 'retry-after': '4' });
    const a = await failure(client().fetchRaw(['LY205187365CN']));
    expect((a as CarrierRateLimitError).retryAfterMs).toBe(4_000);
    const now = 1_772_000_000_000;
    handler = json({ meta: { code: 429 } }, 429, { 'x-ratelimit-reset': String(now / 1000 + 7) });
    const b = await failure(client({ ...deps, now: () => now }).fetchRaw(['LY205187365CN']));
    expect(b).toBeInstanceOf(CarrierRateLimitError);
    expect((b as CarrierRateLimitError).retryAfterMs).toBe(7_000);
  });

  it('a 404 with the {meta} envelope is data (not_found); 5xx and a timeout are unavailable', async () => {
    handler = json(readFixture('not-found'), 404);
    const raw = await client().fetchRaw(['LY205187365CN']);
    expect(parseAfterShip(raw).messages).toEqual([
      {
        level: 'info',
        code: 'not_found',
        message: 'AfterShip: Tracking does not exist.',
        trackingNumber: 'LY205187365CN',
      },
    ]);
    handler = json({}, 503);
    await expect(client().fetchRaw(['LY205187365CN'])).rejects.toBeInstanceOf(
      CarrierUnavailableError,
    );
    handler = () => undefined;
    const slow = await failure(client({ ...deps, timeoutMs: 150 }).fetchRaw(['LY205187365CN']));
    expect(slow).toBeInstanceOf(CarrierUnavailableError);
    expect(String(slow)).not.toContain(KEY);
  });
});

describe('aftership pace', () => {
  it('stays within the per-endpoint limits of API 2025-01 for the reads it polls with', () => {
    // GET /trackings 6/s and GET /trackings/:id 5/s (documented rate-limit table).
    expect(afterShipSource.limits.perSecond).toBeLessThanOrEqual(5);
    expect(afterShipSource.limits.perSecond).toBeGreaterThan(0);
  });
});

describe('aftership legs and times', () => {
  it('first mile and last mile become two legs linked by the last-mile number', () => {
    const out = parseAfterShip(readFixture('in-transit'));
    expect(out.results.map((r) => [r.trackingNumber, r.carrierId, r.events.length])).toEqual([
      ['LP00671823094512', 'cainiao', 3],
      ['6A26031740588', 'colissimo', 1],
    ]);
    expect(out.results[0]!.links).toEqual([{ number: '6A26031740588', carrierHint: 'colissimo' }]);
  });

  it('a checkpoint time without offset takes its country zone; subtag is preferred over tag', () => {
    const r = parseAfterShip(readFixture('returned')).results[0]!;
    expect(r.events[0]!.time).toEqual({ local: '2026-01-08T15:20:00', zone: 'Asia/Shanghai' });
    const dateOnly = parseAfterShip({
      meta: { code: 200 },
      data: {
        tracking_number: 'LY205187365CN',
        checkpoints: [{ checkpoint_time: '2026-01-09', country_region: 'FRA', message: 'Posting' }],
      },
    });
    expect(dateOnly.results[0]!.events[0]!.time).toEqual({
      local: '2026-01-09',
      zone: 'Europe/Paris',
    });
    expect(r.events.map((e) => e.code)).toEqual([
      'InTransit_002',
      'Exception_018',
      'Exception_010',
      'Exception_011',
    ]);
  });
});

describe('aftership webhook', () => {
  const SECRET = 'whsec_TEST_9f8e7d6c5b4a';
  const raw = readFileSync(`${dir}webhook-update.payload.json`, 'utf8');
  const sign = createHmac('sha256', SECRET).update(raw).digest('base64');

  it('accepts the documented aftership-hmac-sha256: base64 HMAC-SHA256 of the raw body', () => {
    expect(verifyWebhook({ 'aftership-hmac-sha256': sign }, raw, SECRET)).toBe(true);
    expect(
      verifyWebhook(new Headers({ 'Aftership-Hmac-Sha256': sign }), Buffer.from(raw), SECRET),
    ).toBe(true);
  });

  it('refuses a wrong secret, a changed body, a missing or malformed signature', () => {
    expect(verifyWebhook({ 'aftership-hmac-sha256': sign }, raw, 'other')).toBe(false);
    expect(
      verifyWebhook({ 'aftership-hmac-sha256': sign }, raw.replace('Lyon', 'Nice'), SECRET),
    ).toBe(false);
    expect(verifyWebhook({}, raw, SECRET)).toBe(false);
    expect(verifyWebhook({ 'aftership-hmac-sha256': 'not base64!' }, raw, SECRET)).toBe(false);
    expect(verifyWebhook({ 'aftership-hmac-sha256': 'c2hvcnQ=' }, raw, SECRET)).toBe(false);
    expect(verifyWebhook({ 'aftership-hmac-sha256': sign }, raw, '')).toBe(false);
  });

  it('parseWebhook reads the msg tracking like an API answer', () => {
    const w = parseWebhook(raw);
    expect(w.event).toBe('tracking_update');
    expect(w.eventId).toBe('3d9f1b07-5c2e-4a81-b6d4-0e7a92c4f158');
    expect(w.trackingNumber).toBe('LV735182047CN');
    expect(w.carrierId).toBe('china-post');
    expect(w.output).toEqual(readExpected('webhook-update'));
    expect(parseWebhook('not json').output.messages).toHaveLength(1);
    expect(parseWebhook({ event: 'tracking_update' }).event).toBeUndefined();
  });
});

const liveKey = process.env.TRACKLINE_AFTERSHIP_API_KEY;
if (!liveKey)
  console.warn('[aftership] live smoke test skipped: TRACKLINE_AFTERSHIP_API_KEY is not set');
describe.skipIf(!liveKey)('aftership live smoke test (TRACKLINE_AFTERSHIP_API_KEY)', () => {
  it('get trackings for an unknown number answers an envelope parse can read', async () => {
    const c = createAfterShipClient(
      afterShipConfigSchema.parse({ apiKey: liveKey }),
      testDeps({ timeoutMs: 15_000 }),
    );
    const out = parseAfterShip(await c.fetchRaw(['LY205187365CN']));
    expect(out.messages.length + out.results.length).toBeGreaterThan(0);
  });
});
