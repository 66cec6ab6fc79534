import { beforeEach, describe, expect, it } from 'vitest';
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
  sendJson,
  testDeps,
  useLoopback,
} from '../test-helpers/loopback.js';
import { assertParseSaysSomething } from '../test-helpers/parse.js';
import type { ClientDeps } from '../types.js';
import { createUpsClient, UPS_TEST_URL, upsConfigSchema, upsSource } from './index.js';

const { pair: fx, read } = fixtures(import.meta.url);

runCarrierContract({
  source: upsSource,
  fixtures: [
    fx('delivered'),
    fx('in-transit'),
    fx('returned'),
    { ...fx('not-found'), kind: 'not-found' },
    fx('auth-failure'),
    fx('batch'),
    { ...fx('unknown-codes'), unclassified: ['W:W1', 'Z:ZS'] },
  ],
  invalidConfigs: [
    {},
    { clientId: '', clientSecret: 's' },
    { clientId: 'id', clientSecret: '' },
    { clientId: ' ', clientSecret: 's' },
    { clientSecret: 's' },
    { clientId: 'id', clientSecret: 's', baseUrl: 'ftp://x' },
  ],
});

const CLIENT_ID = 'UpsClient0042';
const SECRET = 'ups-secret-Qw81mn';
const DELIVERED = '1Z4A7W890667014852';
const NOT_FOUND = '1Z4A7W890444781150';

let onToken: Handler;
let onTrack: Handler;
let issued = 0;

// UPS sends expires_in as a string of seconds.
const issue: Handler = (_s, res) => {
  issued++;
  sendJson(res, 200, { token_type: 'Bearer', access_token: `ups-${issued}`, expires_in: '14399' });
};
/** Answers each number with its fixture: the delivered one, else the documented 404. */
const byNumber: Handler = (s, res) => {
  const number = decodeURIComponent(new URL(s.path, 'http://x').pathname.split('/').pop() ?? '');
  if (number === DELIVERED) return sendJson(res, 200, read('delivered.payload.json'));
  const [notFound] = read('not-found.payload.json') as { body: unknown }[];
  sendJson(res, 404, notFound?.body);
};

const server = useLoopback((s, res) => {
  if (s.path === '/security/v1/oauth/token') return onToken(s, res);
  if (s.path.startsWith('/api/track/v1/details/')) return onTrack(s, res);
  sendJson(res, 404, {});
});
const seen = server.seen;
beforeEach(() => {
  seen.length = 0;
  issued = 0;
  onToken = issue;
  onTrack = byNumber;
});

let clock = Date.UTC(2026, 2, 6);
const deps = testDeps({ now: () => clock });
const config = (over = {}) =>
  upsConfigSchema.parse({
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    baseUrl: server.base,
    ...over,
  });
const client = (over: Partial<ClientDeps> = {}) => createUpsClient(config(), { ...deps, ...over });
const tracks = () => seen.filter((s) => s.path.startsWith('/api/track/'));
const tokens = () => seen.filter((s) => s.path === '/security/v1/oauth/token');

describe('ups client over loopback', () => {
  it('Basic-auth token, then GET details with transId and transactionSrc', async () => {
    const raw = await upsSource
      .create(config({ merchantId: 'A1B2C3' }), deps)
      .fetchRaw([DELIVERED]);
    const token = tokens()[0]!;
    expect(token.method).toBe('POST');
    expect(token.headers.authorization).toBe(
      `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`,
    );
    expect(token.headers['x-merchant-id']).toBe('A1B2C3');
    expect(token.body).toBe('grant_type=client_credentials');
    const track = tracks()[0]!;
    expect(track.method).toBe('GET');
    const url = new URL(track.path, 'http://x');
    expect(url.pathname).toBe(`/api/track/v1/details/${DELIVERED}`);
    expect(url.searchParams.get('locale')).toBe('en_US');
    expect(track.headers.authorization).toBe('Bearer ups-1');
    expect(track.headers.transid).toMatch(/^[0-9a-f]{32}$/);
    expect(track.headers.transactionsrc).toBe('trackline');
    expect(upsSource.parse(raw)).toEqual(read('delivered.expected.json'));
  });

  it('several numbers are a sequence of single calls, one token, a fresh transId each', async () => {
    const raw = await client().fetchRaw([DELIVERED, NOT_FOUND, DELIVERED]);
    expect(tracks()).toHaveLength(3);
    expect(tokens()).toHaveLength(1);
    expect(new Set(tracks().map((t) => t.headers.transid)).size).toBe(3);
    const out = upsSource.parse(raw);
    expect(out.results.map((r) => r.trackingNumber)).toEqual([DELIVERED, DELIVERED]);
    expect(out.messages).toEqual([
      expect.objectContaining({ code: 'not_found', trackingNumber: NOT_FOUND }),
    ]);
  });

  it('the token is refreshed once expires_in has passed', async () => {
    const c = client();
    await c.fetchRaw([DELIVERED]);
    clock += 14_000_000;
    await c.fetchRaw([DELIVERED]);
    expect(tokens()).toHaveLength(1);
    clock += 400_000;
    await c.fetchRaw([DELIVERED]);
    expect(tokens()).toHaveLength(2);
  });

  it('401 on details → re-token and retry once; a second 401 is an auth error', async () => {
    onTrack = (s, res) =>
      s.headers.authorization === 'Bearer ups-1'
        ? sendJson(res, 401, read('auth-failure.payload.json'))
        : byNumber(s, res);
    await client().fetchRaw([DELIVERED]);
    expect(tracks()).toHaveLength(2);
    seen.length = 0;
    onTrack = json(read('auth-failure.payload.json'), 401);
    const error = await failure(client().fetchRaw([DELIVERED]));
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect(tracks()).toHaveLength(2);
  });

  it('token endpoint 401 and 403 Blocked Merchant → CarrierAuthError without the secret', async () => {
    onToken = json(read('auth-failure.payload.json'), 401);
    const error = await failure(client().fetchRaw([DELIVERED]));
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect((error as Error).message).not.toContain(SECRET);
    onToken = issue;
    onTrack = json(
      { response: { errors: [{ code: '250009', message: 'Blocked Merchant' }] } },
      403,
    );
    expect(await failure(client().fetchRaw([DELIVERED]))).toBeInstanceOf(CarrierAuthError);
  });

  it('429 with Retry-After → CarrierRateLimitError; 503 and a hang → unavailable', async () => {
    onTrack = json({}, 429, { 'retry-after': '12' });
    const limited = await failure(client().fetchRaw([DELIVERED]));
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(12_000);
    onTrack = json({ response: { errors: [{ code: '190001', message: 'down' }] } }, 503);
    expect(await failure(client().fetchRaw([DELIVERED]))).toBeInstanceOf(CarrierUnavailableError);
    onTrack = () => {};
    const hung = await failure(client({ timeoutMs: 150 }).fetchRaw([DELIVERED]));
    expect(hung).toBeInstanceOf(CarrierUnavailableError);
  });
});

describe('ups parse on anything', () => {
  it('never throws, and says something about what it could not read', () => {
    assertParseSaysSomething((value) => upsSource.parse(value));
  });
});

const liveId = process.env['TRACKLINE_UPS_CLIENT_ID'];
const liveSecret = process.env['TRACKLINE_UPS_CLIENT_SECRET'];
const live = liveId && liveSecret ? describe : describe.skip;
if (!liveId || !liveSecret) {
  console.warn('[ups] live smoke test skipped: TRACKLINE_UPS_CLIENT_ID/SECRET not set');
}
live('ups live smoke (CIE unless TRACKLINE_UPS_BASE_URL is set)', () => {
  it('tracks a number and the answer parses', async () => {
    const live = upsConfigSchema.parse({
      clientId: liveId,
      clientSecret: liveSecret,
      baseUrl: process.env['TRACKLINE_UPS_BASE_URL'] ?? UPS_TEST_URL,
    });
    const number = process.env['TRACKLINE_UPS_NUMBER'] ?? '1Z12345E0205271688';
    const raw = await createUpsClient(live, testDeps({ timeoutMs: 15_000 })).fetchRaw([number]);
    const out = upsSource.parse(raw);
    expect(out.results.length + out.messages.length).toBeGreaterThan(0);
  });
});
