import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCarrierContract } from '../contract.js';
import {
  CarrierAuthError,
  type CarrierRateLimitError,
  CarrierUnavailableError,
} from '../errors.js';
import type { ClientDeps } from '../types.js';
import { createLaPosteClient, laPosteConfigSchema, laPosteSource, parseLaPoste } from './index.js';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fx = (name: string) => ({
  name,
  payload: `${dir}${name}.payload.json`,
  expected: `${dir}${name}.expected.json`,
});
const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(`${dir}${name}.payload.json`, 'utf8'));
const readExpected = (name: string): unknown =>
  JSON.parse(readFileSync(`${dir}${name}.expected.json`, 'utf8'));

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

interface Seen {
  method: string | undefined;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}
type Handler = (seen: Seen, res: ServerResponse) => void;

let server: Server;
let base: string;
let handler: Handler = (_s, res) => res.end('{}');
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const s: Seen = {
      method: req.method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    };
    seen.push(s);
    handler(s, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/suivi/v2`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const deps: ClientDeps = { fetch, now: Date.now, timeoutMs: 2_000 };
const client = (d: ClientDeps = deps) =>
  createLaPosteClient(laPosteConfigSchema.parse({ apiKey: KEY, baseUrl: base }), d);
const reply = (body: unknown, status = 200, headers: Record<string, string> = {}): Handler => {
  return (_s, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
};
const fail = (p: Promise<unknown>) => p.catch((e: unknown) => e);
const idsOf = (s: Seen) => decodeURIComponent(s.path.replace('/suivi/v2/idships/', '')).split(',');

describe('laposte client over loopback', () => {
  it('GETs /idships/{id} with lang and the X-Okapi-Key header', async () => {
    seen.length = 0;
    handler = reply(readFixture('delivered'));
    const c = laPosteSource.create(
      laPosteConfigSchema.parse({ apiKey: KEY, baseUrl: base, lang: 'fr_FR' }),
      deps,
    );
    const raw = await c.fetchRaw(['LV735182047CN']);
    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/suivi/v2/idships/LV735182047CN');
    expect(req.query.get('lang')).toBe('fr_FR');
    expect(req.headers['x-okapi-key']).toBe(KEY);
    expect(req.headers.accept).toBe('application/json');
    expect(parseLaPoste(raw)).toEqual(readExpected('delivered'));
  });

  it('several ids go comma-separated in one call (207 multi-status), 10 at most', async () => {
    seen.length = 0;
    handler = reply(readFixture('batch'), 207);
    const raw = await client().fetchRaw([
      'XW418305271JB',
      '1L02937465810',
      '6A26039999990',
      '12AB',
    ]);
    expect(idsOf(seen[0]!)).toEqual(['XW418305271JB', '1L02937465810', '6A26039999990', '12AB']);
    expect(seen[0]!.query.get('lang')).toBe('en_GB');
    expect(parseLaPoste(raw)).toEqual(readExpected('batch'));
    seen.length = 0;
    handler = (s, res) => {
      const answers = idsOf(s).map((idShip) => ({ returnCode: 104, idShip }));
      reply(answers, 207)(s, res);
    };
    const numbers = Array.from({ length: 23 }, (_, i) => `6A2603${String(i).padStart(7, '0')}`);
    const merged = await client().fetchRaw(numbers);
    expect(seen.map((s) => idsOf(s).length)).toEqual([10, 10, 3]);
    expect(parseLaPoste(merged).messages.filter((m) => m.code === 'not_found')).toHaveLength(23);
  });

  it('a 404 per-id body is data: returnCode 104 → not_found', async () => {
    handler = reply(readFixture('not-found'), 404);
    const raw = await client().fetchRaw(['8N00271839465']);
    expect(parseLaPoste(raw)).toEqual(readExpected('not-found'));
  });

  it('401 → CarrierAuthError without the key; 429 → CarrierRateLimitError', async () => {
    handler = reply(readFixture('auth-failure'), 401);
    const auth = await fail(client().fetchRaw(['LV735182047CN']));
    expect(auth).toBeInstanceOf(CarrierAuthError);
    expect(String(auth)).not.toContain(KEY);
    handler = reply({ code: 'TOO_MANY_REQUESTS' }, 429, { 'retry-after': '5' });
    const limited = await fail(client().fetchRaw(['LV735182047CN']));
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(5_000);
  });

  it('5xx, HTML and a timeout → CarrierUnavailableError', async () => {
    handler = reply({}, 500);
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
    const slow = await fail(client({ ...deps, timeoutMs: 150 }).fetchRaw(['LV735182047CN']));
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
if (!liveKey) console.warn('[laposte] live smoke test skipped: TRACKLINE_LAPOSTE_API_KEY is not set');
describe.skipIf(!liveKey)('laposte live smoke test (TRACKLINE_LAPOSTE_API_KEY)', () => {
  it('an unknown id answers a body parse can read', async () => {
    const c = createLaPosteClient(laPosteConfigSchema.parse({ apiKey: liveKey }), {
      fetch,
      now: Date.now,
      timeoutMs: 15_000,
    });
    const out = parseLaPoste(await c.fetchRaw(['8N00271839465']));
    expect(out.messages.length + out.results.length).toBeGreaterThan(0);
  });
});
