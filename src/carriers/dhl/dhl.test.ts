import { describe, expect, it } from 'vitest';
import { runCarrierContract } from '../contract.js';
import { CarrierAuthError, CarrierRateLimitError, CarrierUnavailableError } from '../errors.js';
import {
  failure,
  fixtures,
  type Handler,
  json,
  testDeps,
  useLoopback,
} from '../test-helpers/loopback.js';
import { createDhlClient, type DhlConfig, dhlConfigSchema, dhlSource, parseDhl } from './index.js';

const { pair: fx, payload: readFixture, expected: readExpected } = fixtures(import.meta.url);

runCarrierContract({
  source: dhlSource,
  fixtures: [
    fx('delivered'),
    fx('in-transit'),
    fx('returned'),
    { ...fx('not-found'), kind: 'not-found' },
    fx('auth-failure'),
    fx('batch'),
    { ...fx('unknown-codes'), unclassified: ['held', 'labelled'] },
  ],
  invalidConfigs: [
    {},
    { apiKey: '' },
    { apiKey: '  ' },
    { apiKey: null },
    { apiKey: 'k', dailyQuota: 0 },
    { apiKey: 'k', service: 'teleport' },
    { apiKey: 'k', baseUrl: 'ftp://dhl' },
  ],
});

const KEY = 'TESTdhlConsumerKey0123456789';

let handler: Handler = (_s, res) => res.end('{}');

const server = useLoopback((s, res) => handler(s, res));
const seen = server.seen;

const deps = testDeps();
const config = (over: Partial<DhlConfig> = {}): DhlConfig =>
  dhlConfigSchema.parse({ apiKey: KEY, baseUrl: server.base, minIntervalMs: 0, ...over });
/** JSON with DHL's content type: problem+json for an error status. */
const reply = (body: unknown, status = 200, headers: Record<string, string> = {}): Handler => {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return json(body, status, { 'content-type': type, ...headers });
};

describe('dhl client over loopback', () => {
  it('GETs /track/shipments with trackingNumber and the DHL-API-Key header', async () => {
    seen.length = 0;
    handler = reply(readFixture('in-transit'));
    const raw = await dhlSource.create(config({ language: 'en' }), deps).fetchRaw(['4718523690']);
    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.method).toBe('GET');
    expect(req.url.pathname).toBe('/track/shipments');
    expect(req.url.searchParams.get('trackingNumber')).toBe('4718523690');
    expect(req.url.searchParams.get('language')).toBe('en');
    expect(req.url.searchParams.has('service')).toBe(false);
    expect(req.headers['dhl-api-key']).toBe(KEY);
    // possibleAdditionalShipmentsUrl is a hint for the engine, never fetched by the client.
    expect(parseDhl(raw)).toEqual(readExpected('in-transit'));
    expect(seen).toHaveLength(1);
  });

  it('sends the service hint chosen from the registry carrier id, or the configured default', async () => {
    seen.length = 0;
    handler = reply(readFixture('delivered'));
    const c = createDhlClient(config({ service: 'ecommerce' }), deps);
    await c.fetchItems([
      { number: '4718523690', carrierId: 'dhl-express' },
      { number: '00340434518207639412', carrierId: 'dhl-paket' },
      { number: 'RX104738291DE', carrierId: 'deutsche-post' },
      { number: 'GM605112270084524851' },
    ]);
    expect(seen.map((s) => s.url.searchParams.get('service'))).toEqual([
      'express',
      'parcel-de',
      'post-de',
      'ecommerce',
    ]);
  });

  it('a batch is a sequence of calls at least minIntervalMs apart, recorded per number', async () => {
    seen.length = 0;
    const batch = readFixture('batch') as {
      answers: { trackingNumber: string; httpStatus: number; body: unknown }[];
    };
    handler = (s, res) => {
      const a = batch.answers.find(
        (x) => x.trackingNumber === s.url.searchParams.get('trackingNumber'),
      );
      reply(a?.body, a?.httpStatus ?? 500)(s, res);
    };
    const c = createDhlClient(config({ minIntervalMs: 120 }), deps);
    const raw = await c.fetchItems([
      { number: 'JJD000390007882314567', carrierId: 'dhl-paket' },
      { number: '5302871946', carrierId: 'dhl-express' },
      { number: '00340434518207630017', carrierId: 'dhl-paket' },
    ]);
    expect(raw).toEqual(batch);
    expect(parseDhl(raw)).toEqual(readExpected('batch'));
    const gaps = seen.slice(1).map((s, i) => s.at - seen[i]!.at);
    expect(gaps.every((g) => g >= 100)).toBe(true);
  });

  it('refuses past the daily quota until 00:00 UTC, and counts afresh the next day', async () => {
    handler = reply(readFixture('delivered'));
    let now = Date.UTC(2026, 2, 10, 22, 0, 0);
    const c = createDhlClient(config({ dailyQuota: 2 }), { ...deps, now: () => now });
    await c.fetchRaw(['00340434518207639412', '00340434518207639412']);
    expect(c.quota()).toMatchObject({ used: 2, left: 0 });
    const e = await failure(c.fetchRaw(['00340434518207639412']));
    expect(e).toBeInstanceOf(CarrierRateLimitError);
    expect((e as CarrierRateLimitError).retryAfterMs).toBe(2 * 3_600_000);
    now = Date.UTC(2026, 2, 11, 0, 0, 1);
    expect(c.quota()).toMatchObject({ used: 0, left: 2 });
    await expect(c.fetchRaw(['00340434518207639412'])).resolves.toBeDefined();
  });

  it('429 → CarrierRateLimitError with Retry-After; 401 → CarrierAuthError without the key', async () => {
    handler = reply({ title: 'Too many requests', status: 429 }, 429, { 'retry-after': '2' });
    const limited = await failure(createDhlClient(config(), deps).fetchRaw(['4718523690']));
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(2_000);
    handler = reply(readFixture('auth-failure'), 401);
    const auth = await failure(createDhlClient(config(), deps).fetchRaw(['4718523690']));
    expect(auth).toBeInstanceOf(CarrierAuthError);
    expect(String(auth)).not.toContain(KEY);
  });

  it('404 problem+json is data (not_found); 5xx and a timeout are unavailable', async () => {
    handler = reply(readFixture('not-found'), 404);
    const raw = await createDhlClient(config(), deps).fetchRaw(['00340434518207630017']);
    expect(parseDhl(raw).messages).toEqual([
      {
        level: 'info',
        code: 'not_found',
        message: 'DHL: No result found: No shipment with given tracking number found.',
        trackingNumber: '00340434518207630017',
      },
    ]);
    handler = reply({ title: 'Bad gateway', status: 502 }, 502);
    await expect(createDhlClient(config(), deps).fetchRaw(['4718523690'])).rejects.toBeInstanceOf(
      CarrierUnavailableError,
    );
    handler = () => undefined;
    const slow = await failure(
      createDhlClient(config(), { ...deps, timeoutMs: 150 }).fetchRaw(['4718523690']),
    );
    expect(slow).toBeInstanceOf(CarrierUnavailableError);
    expect(String(slow)).not.toContain(KEY);
  });
});

describe('dhl possibleAdditionalShipmentsUrl', () => {
  it('is always an info message; a link only when the service names a registry carrier', () => {
    const body = readFixture('in-transit') as Record<string, unknown>;
    const out = parseDhl({
      ...body,
      possibleAdditionalShipmentsUrl: ['/track/shipments?trackingNumber=4718523690&service=dgf'],
    });
    expect(out.results[0]!.links).toEqual([]);
    expect(out.messages).toEqual([
      {
        level: 'info',
        code: 'partial',
        message:
          'DHL may hold other shipments under this number: /track/shipments?trackingNumber=4718523690&service=dgf',
        trackingNumber: '4718523690',
      },
    ]);
  });
});

const liveKey = process.env.TRACKLINE_DHL_API_KEY;
if (!liveKey) console.warn('[dhl] live smoke test skipped: TRACKLINE_DHL_API_KEY is not set');
describe.skipIf(!liveKey)('dhl live smoke test (TRACKLINE_DHL_API_KEY)', () => {
  it('an unknown number answers a problem body parse reads as not found (one call)', async () => {
    const c = createDhlClient(
      dhlConfigSchema.parse({ apiKey: liveKey }),
      testDeps({ timeoutMs: 15_000 }),
    );
    const out = parseDhl(await c.fetchRaw(['00340434518207630017']));
    expect(out.messages.length + out.results.length).toBeGreaterThan(0);
  });
});
