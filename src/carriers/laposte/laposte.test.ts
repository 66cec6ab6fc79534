import { describe, expect, it } from 'vitest';
import { runCarrierContract } from '../contract.js';
import {
  CarrierAuthError,
  type CarrierRateLimitError,
  CarrierUnavailableError,
} from '../errors.js';
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
import { createLaPosteClient, laPosteConfigSchema, laPosteSource, parseLaPoste } from './index.js';

const { pair: fx, payload: readFixture, expected: readExpected } = fixtures(import.meta.url);

runCarrierContract({
  source: laPosteSource,
  fixtures: [
    fx('delivered'),
    fx('in-transit'),
    fx('returned'),
    { ...fx('not-found'), kind: 'not-found' },
    fx('auth-failure'),
    fx('batch'),
    { ...fx('unknown-codes'), unclassified: ['AR1', 'XZ7'] },
  ],
  invalidConfigs: [
    {},
    { apiKey: '' },
    { apiKey: ' \t' },
    { apiKey: 7 },
    { apiKey: 'okapi', lang: 'de_DE' },
    { apiKey: 'okapi', baseUrl: 'laposte' },
  ],
});

const KEY = 'TESTokapiKey+abc/0123456789==';

let handler: Handler = (_s, res) => res.end('{}');

const server = useLoopback((s, res) => handler(s, res), '/suivi/v2');
const seen = server.seen;

const deps = testDeps();
const client = (d: ClientDeps = deps) =>
  createLaPosteClient(laPosteConfigSchema.parse({ apiKey: KEY, baseUrl: server.base }), d);
const idsOf = (s: Seen) =>
  decodeURIComponent(s.url.pathname.replace('/suivi/v2/idships/', '')).split(',');

describe('laposte client over loopback', () => {
  it('GETs /idships/{id} with lang and the X-Okapi-Key header', async () => {
    seen.length = 0;
    handler = json(readFixture('delivered'));
    const c = laPosteSource.create(
      laPosteConfigSchema.parse({ apiKey: KEY, baseUrl: server.base, lang: 'fr_FR' }),
      deps,
    );
    const raw = await c.fetchRaw(['LV735182047CN']);
    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.method).toBe('GET');
    expect(req.url.pathname).toBe('/suivi/v2/idships/LV735182047CN');
    expect(req.url.searchParams.get('lang')).toBe('fr_FR');
    expect(req.headers['x-okapi-key']).toBe(KEY);
    expect(req.headers.accept).toBe('application/json');
    expect(parseLaPoste(raw)).toEqual(readExpected('delivered'));
  });

  it('several ids go comma-separated in one call (207 multi-status), 10 at most', async () => {
    seen.length = 0;
    handler = json(readFixture('batch'), 207);
    const raw = await client().fetchRaw([
      'XW418305271JB',
      '1L02937465810',
      '6A26039999990',
      '12AB',
    ]);
    expect(idsOf(seen[0]!)).toEqual(['XW418305271JB', '1L02937465810', '6A26039999990', '12AB']);
    expect(seen[0]!.url.searchParams.get('lang')).toBe('en_GB');
    expect(parseLaPoste(raw)).toEqual(readExpected('batch'));
    seen.length = 0;
    handler = (s, res) => {
      const answers = idsOf(s).map((idShip) => ({ returnCode: 104, idShip }));
      json(answers, 207)(s, res);
    };
    const numbers = Array.from({ length: 23 }, (_, i) => `6A2603${String(i).padStart(7, '0')}`);
    const merged = await client().fetchRaw(numbers);
    expect(seen.map((s) => idsOf(s).length)).toEqual([10, 10, 3]);
    expect(parseLaPoste(merged).messages.filter((m) => m.code === 'not_found')).toHaveLength(23);
  });

  it('a 404 per-id body is data: returnCode 104 → not_found', async () => {
    handler = json(readFixture('not-found'), 404);
    const raw = await client().fetchRaw(['8N00271839465']);
    expect(parseLaPoste(raw)).toEqual(readExpected('not-found'));
  });

  it('401 → CarrierAuthError without the key; 429 → CarrierRateLimitError', async () => {
    handler = json(readFixture('auth-failure'), 401);
    const auth = await failure(client().fetchRaw(['LV735182047CN']));
    expect(auth).toBeInstanceOf(CarrierAuthError);
    expect(String(auth)).not.toContain(KEY);
    handler = json({ code: 'TOO_MANY_REQUESTS' }, 429, { 'retry-after': '5' });
    const limited = await failure(client().fetchRaw(['LV735182047CN']));
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(5_000);
  });

  it('5xx, HTML and a timeout → CarrierUnavailableError', async () => {
    handler = json({}, 500);
    await expect(client().fetchRaw(['LV735182047CN'])).rejects.toBeInstanceOf(
      CarrierUnavailableError,
    );
    handler = (_s, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    };
    await expect(client().fetchRaw(['LV735182047CN'])).rejects.toBeInstanceOf(
      CarrierUnavailableError,
    );
    handler = () => undefined;
    const slow = await failure(client({ ...deps, timeoutMs: 150 }).fetchRaw(['LV735182047CN']));
    expect(slow).toBeInstanceOf(CarrierUnavailableError);
    expect(String(slow)).not.toContain(KEY);
  });
});

describe('laposte parse details', () => {
  it('keeps offsets, the answer language, and Colissimo / Chronopost / La Poste products', () => {
    const out = parseLaPoste(readFixture('batch'));
    expect(out.results.map((r) => r.carrierId)).toEqual(['chronopost', 'la-poste']);
    expect(out.results[0]!.events[0]).toMatchObject({
      time: { local: '2026-03-06T07:58:00', offset: '+01:00' },
      code: 'MD2',
      language: 'en',
    });
  });
});

const liveKey = process.env.TRACKLINE_LAPOSTE_API_KEY;
if (!liveKey)
  console.warn('[laposte] live smoke test skipped: TRACKLINE_LAPOSTE_API_KEY is not set');
describe.skipIf(!liveKey)('laposte live smoke test (TRACKLINE_LAPOSTE_API_KEY)', () => {
  it('an unknown id answers a body parse can read', async () => {
    const c = createLaPosteClient(
      laPosteConfigSchema.parse({ apiKey: liveKey }),
      testDeps({ timeoutMs: 15_000 }),
    );
    const out = parseLaPoste(await c.fetchRaw(['8N00271839465']));
    expect(out.messages.length + out.results.length).toBeGreaterThan(0);
  });
});
