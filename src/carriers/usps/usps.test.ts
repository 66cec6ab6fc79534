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
import {
  createUspsClient,
  USPS_BATCH_SIZE,
  USPS_TEST_URL,
  uspsConfigSchema,
  uspsSource,
} from './index.js';

const { pair: fx, read } = fixtures(import.meta.url);

runCarrierContract({
  source: uspsSource,
  fixtures: [
    fx('delivered'),
    fx('in-transit'),
    fx('returned'),
    { ...fx('not-found'), kind: 'not-found' },
    fx('auth-failure'),
    fx('batch'),
    { ...fx('unknown-codes'), unclassified: ['ZX', 'Q7'] },
  ],
  invalidConfigs: [
    {},
    { clientId: '', clientSecret: 's' },
    { clientId: 'id', clientSecret: '' },
    { clientId: 'id', clientSecret: '\t' },
    { clientId: 'id' },
    { clientId: 'id', clientSecret: 's', requestsPerHour: 0 },
  ],
});

const CLIENT_ID = 'uspsConsumerKey88';
const SECRET = 'usps-secret-Hh27vx';
const DELIVERED = 'LX402173852CN';
const IN_TRANSIT = '9400111899223197553106';
const UNKNOWN = '9400111899223197719038';
const TRACK_PATH = '/tracking/v3r2/tracking';

let onToken: Handler;
let onTrack: Handler;
let issued = 0;

// The USPS examples show expires_in as a string.
const issue: Handler = (_s, res) => {
  issued++;
  sendJson(res, 200, { access_token: `us-${issued}`, token_type: 'Bearer', expires_in: '28799' });
};
const first = (name: string) => (read(name) as unknown[])[0] as Record<string, unknown>;
const notFoundEntry = (trackingNumber: string) => ({
  ...first('not-found.payload.json'),
  trackingNumber,
});
/** USPS as the v3r2 documentation describes it: one entry per number, 207 when some failed. */
const byBody: Handler = (s, res) => {
  const asked = (s.json as { trackingNumber: string }[]).map((r) => r.trackingNumber);
  const entries = asked.map((n) =>
    n === DELIVERED
      ? first('delivered.payload.json')
      : n === IN_TRANSIT
        ? first('in-transit.payload.json')
        : notFoundEntry(n),
  );
  const failed = entries.some((e) => 'error' in e);
  sendJson(res, failed ? 207 : 200, entries);
};

const server = useLoopback((s, res) => {
  if (s.path === '/oauth2/v3/token') return onToken(s, res);
  if (s.path === TRACK_PATH) return onTrack(s, res);
  sendJson(res, 404, {});
});
const seen = server.seen;
beforeEach(() => {
  seen.length = 0;
  issued = 0;
  onToken = issue;
  onTrack = byBody;
});

let clock = Date.UTC(2026, 2, 12, 20);
const deps = testDeps({ now: () => clock });
const config = (over = {}) =>
  uspsConfigSchema.parse({
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    baseUrl: server.base,
    ...over,
  });
const client = (over = {}, d: Partial<ClientDeps> = {}) =>
  createUspsClient(config(over), { ...deps, ...d });
const tracks = () => seen.filter((s) => s.path.startsWith('/tracking/'));
const tokens = () => seen.filter((s) => s.path === '/oauth2/v3/token');
const numbers = (n: number) =>
  Array.from({ length: n }, (_, i) => `94001118992231970${String(i).padStart(5, '0')}`);

describe('usps client over loopback', () => {
  it('JSON-body token, then POST /tracking/v3r2/tracking with a JSON array and the bearer', async () => {
    const raw = await uspsSource.create(config({ scope: 'tracking' }), deps).fetchRaw([DELIVERED]);
    const token = tokens()[0]!;
    expect(token.method).toBe('POST');
    expect(token.headers['content-type']).toBe('application/json');
    expect(JSON.parse(token.body)).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: SECRET,
      scope: 'tracking',
    });
    const track = tracks()[0]!;
    expect(track.method).toBe('POST');
    expect(track.path).toBe(TRACK_PATH);
    expect(track.headers.authorization).toBe('Bearer us-1');
    expect(track.headers['content-type']).toBe('application/json');
    expect(track.headers.accept).toBe('application/json');
    expect(track.json).toEqual([{ trackingNumber: DELIVERED }]);
    expect(track.body).not.toContain(SECRET);
    expect(uspsSource.parse(raw)).toEqual(read('delivered.expected.json'));
  });

  it('one POST for a batch; a 207 answer gives results and a per-number not_found', async () => {
    const raw = await client().fetchRaw([DELIVERED, UNKNOWN, IN_TRANSIT, DELIVERED]);
    expect(tracks()).toHaveLength(1);
    expect(tokens()).toHaveLength(1);
    expect(tracks()[0]!.json).toEqual([
      { trackingNumber: DELIVERED },
      { trackingNumber: UNKNOWN },
      { trackingNumber: IN_TRANSIT },
    ]);
    const out = uspsSource.parse(raw);
    expect(out.results.map((r) => r.trackingNumber)).toEqual([DELIVERED, IN_TRANSIT]);
    expect(out.messages).toEqual([
      expect.objectContaining({ code: 'not_found', trackingNumber: UNKNOWN }),
    ]);
  });

  it(`splits more than ${USPS_BATCH_SIZE} numbers into batches of at most that many`, async () => {
    expect(uspsSource.limits.batchSize).toBe(USPS_BATCH_SIZE);
    const asked = numbers(2 * USPS_BATCH_SIZE + 3);
    const c = client();
    const raw = await c.fetchRaw(asked);
    const bodies = tracks().map((t) =>
      (t.json as { trackingNumber: string }[]).map((r) => r.trackingNumber),
    );
    expect(bodies.map((b) => b.length)).toEqual([USPS_BATCH_SIZE, USPS_BATCH_SIZE, 3]);
    expect(bodies.flat()).toEqual(asked);
    expect(c.budgetLeft()).toBe(60 - 3);
    const found = uspsSource.parse(raw).messages.filter((m) => m.code === 'not_found');
    expect(found.map((m) => m.trackingNumber)).toEqual(asked);
  });

  it('a number the answer leaves out gets its own message', async () => {
    onTrack = (_s, res) => sendJson(res, 200, [first('delivered.payload.json')]);
    const out = uspsSource.parse(await client().fetchRaw([DELIVERED, IN_TRANSIT]));
    expect(out.results.map((r) => r.trackingNumber)).toEqual([DELIVERED]);
    expect(out.messages).toEqual([
      expect.objectContaining({ level: 'warning', code: 'partial', trackingNumber: IN_TRANSIT }),
    ]);
  });

  it('a whole-request 400 error body is reported for every number of the batch', async () => {
    onTrack = json(
      {
        apiVersion: '/tracking/v3r2',
        error: {
          code: '400',
          message: 'Bad Request',
          errors: [
            {
              status: '400',
              title: 'Invalid tracking number',
              detail: 'Invalid tracking number format.',
            },
          ],
        },
      },
      400,
    );
    const out = uspsSource.parse(await client().fetchRaw(['X1X1', 'X2X2']));
    expect(out.results).toEqual([]);
    expect(out.messages.map((m) => [m.code, m.trackingNumber])).toEqual([
      ['invalid_number', 'X1X1'],
      ['invalid_number', 'X2X2'],
    ]);
  });

  it('refreshes the token after expires_in; a 401 → re-token and one retry', async () => {
    const c = client();
    await c.fetchRaw([DELIVERED]);
    clock += 28_800_000;
    await c.fetchRaw([DELIVERED]);
    expect(tokens()).toHaveLength(2);
    seen.length = 0;
    onTrack = (s, res) =>
      s.headers.authorization === 'Bearer us-3'
        ? sendJson(res, 401, { error: { code: '401', message: 'Unauthorized' } })
        : byBody(s, res);
    const fresh = client();
    await fresh.fetchRaw([DELIVERED]);
    expect(tracks().map((t) => t.headers.authorization)).toEqual(['Bearer us-3', 'Bearer us-4']);
    expect(tracks().map((t) => t.json)).toEqual([
      [{ trackingNumber: DELIVERED }],
      [{ trackingNumber: DELIVERED }],
    ]);
  });

  it('keeps its hourly budget per POST: later batches are skipped, then it waits', async () => {
    const c = client({ requestsPerHour: 2 });
    const start = clock;
    const asked = numbers(2 * USPS_BATCH_SIZE + 2);
    const raw = await c.fetchRaw(asked);
    expect(tracks()).toHaveLength(2);
    const partial = uspsSource.parse(raw).messages.filter((m) => m.code === 'partial');
    expect(partial.map((m) => m.trackingNumber)).toEqual(asked.slice(2 * USPS_BATCH_SIZE));
    expect(partial[0]!.message).toContain('hourly request budget spent');
    clock += 10 * 60_000;
    const limited = await failure(c.fetchRaw([DELIVERED]));
    expect(limited).toBeInstanceOf(CarrierRateLimitError);
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(start + 3_600_000 - clock);
    expect(tracks()).toHaveLength(2);
    clock = start + 3_600_000;
    expect(c.budgetLeft()).toBe(2);
    await c.fetchRaw([DELIVERED]);
    expect(tracks()).toHaveLength(3);
  });

  it('token endpoint 401 → CarrierAuthError without the secret; 403 on tracking → auth', async () => {
    onToken = json(read('auth-failure.payload.json'), 401);
    const error = await failure(client().fetchRaw([DELIVERED]));
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect((error as Error).message).not.toContain(SECRET);
    expect(tracks()).toHaveLength(0);
    onToken = issue;
    onTrack = json({ error: { code: '403', message: 'Forbidden' } }, 403);
    expect(await failure(client().fetchRaw([DELIVERED]))).toBeInstanceOf(CarrierAuthError);
  });

  it('429 with Retry-After → that wait; USPS quota 429 without it → 5 min; 502, hang → unavailable', async () => {
    onTrack = json({ error: { code: '429', message: 'Too Many Requests' } }, 429, {
      'retry-after': '120',
    });
    const limited = await failure(client().fetchRaw([DELIVERED]));
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(120_000);
    onTrack = json(
      {
        apiVersion: '/tracking/v3r2',
        error: {
          code: '429',
          message: 'Exceeded quota limit.',
          errors: [{ status: '429', title: 'Too Many Requests.', detail: 'Quota limit exceeded.' }],
        },
      },
      429,
    );
    const quota = await failure(client().fetchRaw([DELIVERED]));
    expect(quota).toBeInstanceOf(CarrierRateLimitError);
    expect((quota as CarrierRateLimitError).retryAfterMs).toBe(5 * 60_000);
    onTrack = json({}, 502);
    expect(await failure(client().fetchRaw([DELIVERED]))).toBeInstanceOf(CarrierUnavailableError);
    onTrack = () => {};
    const hung = await failure(client({}, { timeoutMs: 150 }).fetchRaw([DELIVERED]));
    expect(hung).toBeInstanceOf(CarrierUnavailableError);
  });
});

describe('usps parse details', () => {
  it('a v3r2-style array: entries with `error` are messages, others results', () => {
    const out = uspsSource.parse([
      ...(read('delivered.payload.json') as unknown[]),
      { trackingNumber: 'LX000000000CN', error: { code: '404', message: 'Not Found' } },
    ]);
    expect(out.results.map((r) => r.trackingNumber)).toEqual([DELIVERED]);
    expect(out.messages).toEqual([
      expect.objectContaining({ code: 'not_found', trackingNumber: 'LX000000000CN' }),
    ]);
  });

  it('GMTOffset first, then GMTTimestamp, then an IANA eventTimeZone', () => {
    const one = (e: object) =>
      uspsSource.parse({
        trackingNumber: 'X1',
        trackingEvents: [{ eventType: 'Arrived at Post Office', eventCode: '07', ...e }],
      }).results[0]?.events[0]?.time;
    expect(one({ eventTimestamp: '2026-03-12T05:52:00', GMTOffset: '-0600' })).toEqual({
      local: '2026-03-12T05:52:00',
      offset: '-06:00',
    });
    expect(
      one({ eventTimestamp: '2026-03-12T05:52:00', GMTTimestamp: '2026-03-12T11:52:00Z' }),
    ).toEqual({ local: '2026-03-12T05:52:00', epochMs: Date.UTC(2026, 2, 12, 11, 52) });
    expect(one({ eventTimestamp: '2026-03-12T05:52:00', eventTimeZone: 'America/Denver' })).toEqual(
      { local: '2026-03-12T05:52:00', zone: 'America/Denver' },
    );
  });
});

describe('usps parse on anything', () => {
  it('never throws, and says something about what it could not read', () => {
    assertParseSaysSomething((value) => uspsSource.parse(value));
  });
});

const liveId = process.env['TRACKLINE_USPS_CLIENT_ID'];
const liveSecret = process.env['TRACKLINE_USPS_CLIENT_SECRET'];
const live = liveId && liveSecret ? describe : describe.skip;
if (!liveId || !liveSecret) {
  console.warn('[usps] live smoke test skipped: TRACKLINE_USPS_CLIENT_ID/SECRET not set');
}
live('usps live smoke (TEM unless TRACKLINE_USPS_BASE_URL is set)', () => {
  it('tracks a number and the answer parses', async () => {
    const live = uspsConfigSchema.parse({
      clientId: liveId,
      clientSecret: liveSecret,
      baseUrl: process.env['TRACKLINE_USPS_BASE_URL'] ?? USPS_TEST_URL,
    });
    const number = process.env['TRACKLINE_USPS_NUMBER'] ?? '9400100000000000000000';
    const raw = await createUspsClient(live, testDeps({ timeoutMs: 15_000 })).fetchRaw([number]);
    const out = uspsSource.parse(raw);
    expect(out.results.length + out.messages.length).toBeGreaterThan(0);
  });
});
