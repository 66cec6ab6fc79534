import { beforeEach, describe, expect, it } from 'vitest';
import { runCarrierContract } from '../contract.js';
import { CarrierAuthError, CarrierRateLimitError, CarrierUnavailableError } from '../errors.js';
import {
  failure,
  fixtures,
  type Handler,
  json,
  sendJson,
  testDeps,
  useLoopback,
} from '../test-helpers/loopback.js';
import { assertParseSaysSomething } from '../test-helpers/parse.js';
import type { ClientDeps } from '../types.js';
import { createFedexClient, FEDEX_SANDBOX_URL, fedexConfigSchema, fedexSource } from './index.js';

const { pair: fx, read } = fixtures(import.meta.url);

runCarrierContract({
  source: fedexSource,
  fixtures: [
    fx('delivered'),
    fx('in-transit'),
    fx('returned'),
    { ...fx('not-found'), kind: 'not-found' },
    fx('auth-failure'),
    fx('batch'),
    { ...fx('unknown-codes'), unclassified: ['ZP', 'QK'] },
  ],
  invalidConfigs: [
    {},
    { clientId: '', clientSecret: 's' },
    { clientId: 'id', clientSecret: '' },
    { clientId: 'id', clientSecret: '   ' },
    { clientId: 'id' },
    { clientId: 'id', clientSecret: 's', baseUrl: 'not a url' },
  ],
});

const CLIENT_ID = 'l7fedex0123456789';
const SECRET = 'fedex-secret-Zk38qp';

let onToken: Handler;
let onTrack: Handler;
let issued = 0;

const issue: Handler = (_s, res) => {
  issued++;
  sendJson(res, 200, { access_token: `fx-${issued}`, token_type: 'bearer', expires_in: 3599 });
};

const server = useLoopback((s, res) => {
  if (s.path === '/oauth/token') return onToken(s, res);
  if (s.path === '/track/v1/trackingnumbers') return onTrack(s, res);
  sendJson(res, 404, { errors: [{ code: 'NOT.FOUND.ERROR' }] });
});
const seen = server.seen;
beforeEach(() => {
  seen.length = 0;
  issued = 0;
  onToken = issue;
  onTrack = json(read('delivered.payload.json'));
});

let clock = Date.UTC(2026, 2, 6, 20);
const deps = testDeps({ now: () => clock });
const client = (over: Partial<ClientDeps> = {}) =>
  createFedexClient(
    fedexConfigSchema.parse({ clientId: CLIENT_ID, clientSecret: SECRET, baseUrl: server.base }),
    { ...deps, ...over },
  );
const tracks = () => seen.filter((s) => s.path === '/track/v1/trackingnumbers');
const tokens = () => seen.filter((s) => s.path === '/oauth/token');

describe('fedex client over loopback', () => {
  it('fetches a token with form credentials, then POSTs the documented track request', async () => {
    const raw = await fedexSource
      .create(
        fedexConfigSchema.parse({
          clientId: CLIENT_ID,
          clientSecret: SECRET,
          baseUrl: server.base,
        }),
        deps,
      )
      .fetchRaw(['794612853071']);
    const token = tokens()[0]!;
    expect(token.method).toBe('POST');
    expect(token.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(token.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: SECRET,
    });
    const track = tracks()[0]!;
    expect(track.method).toBe('POST');
    expect(track.headers.authorization).toBe('Bearer fx-1');
    expect(track.headers['content-type']).toBe('application/json');
    expect(track.headers['x-locale']).toBe('en_US');
    expect(JSON.parse(track.body)).toEqual({
      includeDetailedScans: true,
      trackingInfo: [{ trackingNumberInfo: { trackingNumber: '794612853071' } }],
    });
    expect(fedexSource.parse(raw)).toEqual(read('delivered.expected.json'));
  });

  it('one token for many calls; a new one once it expires', async () => {
    const c = client();
    for (let i = 0; i < 5; i++) await c.fetchRaw(['794612853071']);
    expect(tokens()).toHaveLength(1);
    clock += 3_600_000;
    await c.fetchRaw(['794612853071']);
    expect(tokens()).toHaveLength(2);
    expect(tracks().at(-1)?.headers.authorization).toBe('Bearer fx-2');
  });

  it('a 401 from the track API → a fresh token and one retry', async () => {
    onTrack = (s, res) =>
      s.headers.authorization === 'Bearer fx-1'
        ? sendJson(res, 401, read('auth-failure.payload.json'))
        : sendJson(res, 200, read('delivered.payload.json'));
    const raw = await client().fetchRaw(['794612853071']);
    expect(tracks()).toHaveLength(2);
    expect(tokens()).toHaveLength(2);
    expect(fedexSource.parse(raw).results).toHaveLength(1);
  });

  it('batches of 30: 65 numbers → 3 requests, answers in order', async () => {
    const numbers = Array.from({ length: 65 }, (_, i) => `7946128${String(i).padStart(5, '0')}`);
    const raw = await client().fetchRaw(numbers);
    const sizes = tracks().map((t) => JSON.parse(t.body).trackingInfo.length);
    expect(sizes).toEqual([30, 30, 5]);
    expect(JSON.parse(tracks()[2]!.body).trackingInfo[4].trackingNumberInfo.trackingNumber).toBe(
      numbers[64],
    );
    expect(raw).toHaveLength(3);
    expect(tokens()).toHaveLength(1);
  });

  it('per-number errors in the 200 body become messages', async () => {
    onTrack = json(read('batch.payload.json'));
    const out = fedexSource.parse(
      await client().fetchRaw(['788810342265', '781234509877', '770000654321']),
    );
    expect(out.results.map((r) => r.trackingNumber)).toEqual(['788810342265', '781234509877']);
    expect(out.messages).toEqual([
      expect.objectContaining({ code: 'not_found', trackingNumber: '770000654321' }),
    ]);
  });

  it('token endpoint 401 → CarrierAuthError that never shows the secret', async () => {
    onToken = json(read('auth-failure.payload.json'), 401);
    const error = await failure(client().fetchRaw(['794612853071']));
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect((error as Error).message).not.toContain(SECRET);
    expect(tracks()).toHaveLength(0);
  });

  it('429 honours Retry-After; the daily organisation quota waits until 00:00 GMT', async () => {
    onTrack = json({ errors: [{ code: 'RATE.LIMIT.EXCEEDED' }] }, 429, { 'retry-after': '4' });
    const limited = await failure(client().fetchRaw(['794612853071']));
    expect(limited).toBeInstanceOf(CarrierRateLimitError);
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(4_000);
    onTrack = json(
      {
        errors: [
          { code: 'RATE.LIMIT.EXCEEDED', message: 'Quota exceeded, retry after 12:00AM GMT' },
        ],
      },
      429,
    );
    const daily = await failure(client().fetchRaw(['794612853071']));
    expect((daily as CarrierRateLimitError).retryAfterMs).toBe(Date.UTC(2026, 2, 7) - clock);
  });

  it('5xx and a hung request → CarrierUnavailableError', async () => {
    onTrack = json({ errors: [{ code: 'INTERNAL.SERVER.ERROR' }] }, 503);
    expect(await failure(client().fetchRaw(['794612853071']))).toBeInstanceOf(
      CarrierUnavailableError,
    );
    onTrack = () => {};
    const hung = await failure(client({ timeoutMs: 150 }).fetchRaw(['794612853071']));
    expect(hung).toBeInstanceOf(CarrierUnavailableError);
    expect((hung as Error).message).toMatch(/no answer within 150 ms/);
  });

  it('reads rate-limit headers when the API sends them', async () => {
    onTrack = json(read('delivered.payload.json'), 200, {
      'x-ratelimit-limit': '1400',
      'x-ratelimit-remaining': '1398',
    });
    const c = client();
    await c.fetchRaw(['794612853071']);
    expect(c.rateLimit()).toEqual({ limit: 1400, remaining: 1398 });
  });
});

describe('fedex scan times', () => {
  const timeOf = (date: string, scanLocation: object = {}) =>
    fedexSource.parse({
      output: {
        completeTrackResults: [
          {
            trackingNumber: '794612853071',
            trackResults: [{ scanEvents: [{ date, eventType: 'AR', scanLocation }] }],
          },
        ],
      },
    }).results[0]?.events[0]?.time;

  it('keeps the offset FedEx sends; Z is +00:00; a missing offset takes a certain zone', () => {
    expect(timeOf('2026-03-02T16:47:00+08:00')).toEqual({
      local: '2026-03-02T16:47:00',
      offset: '+08:00',
    });
    expect(timeOf('2026-03-02T08:47:00Z')).toEqual({
      local: '2026-03-02T08:47:00',
      offset: '+00:00',
    });
    expect(timeOf('2026-03-02T16:47:00', { city: 'SHENZHEN', countryCode: 'CN' })).toEqual({
      local: '2026-03-02T16:47:00',
      zone: 'Asia/Shanghai',
    });
  });
});

describe('fedex parse on anything', () => {
  it('never throws, and says something about what it could not read', () => {
    assertParseSaysSomething((value) => fedexSource.parse(value));
  });
});

const liveId = process.env['TRACKLINE_FEDEX_CLIENT_ID'];
const liveSecret = process.env['TRACKLINE_FEDEX_CLIENT_SECRET'];
const live = liveId && liveSecret ? describe : describe.skip;
if (!liveId || !liveSecret) {
  console.warn('[fedex] live smoke test skipped: TRACKLINE_FEDEX_CLIENT_ID/SECRET not set');
}
live('fedex live smoke (sandbox unless TRACKLINE_FEDEX_BASE_URL is set)', () => {
  it('tracks a number and the answer parses', async () => {
    const config = fedexConfigSchema.parse({
      clientId: liveId,
      clientSecret: liveSecret,
      baseUrl: process.env['TRACKLINE_FEDEX_BASE_URL'] ?? FEDEX_SANDBOX_URL,
    });
    const number = process.env['TRACKLINE_FEDEX_NUMBER'] ?? '794843185271';
    const raw = await createFedexClient(config, testDeps({ timeoutMs: 15_000 })).fetchRaw([number]);
    const out = fedexSource.parse(raw);
    expect(out.results.length + out.messages.length).toBeGreaterThan(0);
  });
});
