import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
import { WEBHOOK_RECEIVERS } from '../webhooks.js';
import {
  createSeventeenTrackClient,
  parseSeventeenTrack,
  parseWebhook,
  seventeenTrackConfigSchema,
  seventeenTrackSource,
  verifyWebhook,
  webhookSignature,
} from './index.js';

const {
  dir,
  pair: fx,
  payload: readFixture,
  expected: readExpected,
} = fixtures(import.meta.url, '.json');

runCarrierContract({
  source: seventeenTrackSource,
  fixtures: [
    fx('delivered'),
    fx('in-transit'),
    fx('returned'),
    { ...fx('not-found'), kind: 'not-found' },
    fx('auth-failure'),
    fx('batch'),
    {
      ...fx('unknown-codes'),
      unclassified: ['InTransit_TransportDispatched', 'InfoReceived_LabelPrinted'],
    },
    fx('webhook-updated'),
    fx('webhook-stopped'),
  ],
  invalidConfigs: [
    {},
    { apiKey: '' },
    { apiKey: '   ' },
    { apiKey: '\t\n' },
    { apiKey: 42 },
    { apiKey: 'A1B2C3', baseUrl: 'not a url' },
  ],
});

const KEY = 'TEST-17TOKEN-0123456789ABCDEF';

let handler: Handler = (_s, res) => res.end('{}');

const server = useLoopback((s, res) => handler(s, res), '/track/v2.2');
const seen = server.seen;

const deps = testDeps();
const client = () => createSeventeenTrackClient({ apiKey: KEY, baseUrl: server.base }, deps);
/** Accepts every number sent, echoing it as `{number, carrier}`. */
const acceptAll: Handler = (s, res) => {
  const items = (s.json as { number: string }[]).map((i) => ({ number: i.number, carrier: 3011 }));
  res.end(JSON.stringify({ code: 0, data: { accepted: items, rejected: [] } }));
};

describe('17track client over loopback', () => {
  it('fetchRaw POSTs gettrackinfo with the 17token header and a JSON array', async () => {
    seen.length = 0;
    handler = json(readFixture('in-transit'));
    const raw = await seventeenTrackSource
      .create(seventeenTrackConfigSchema.parse({ apiKey: KEY, baseUrl: server.base }), deps)
      .fetchRaw(['LP00734809126657']);
    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/track/v2.2/gettrackinfo');
    expect(req.headers['17token']).toBe(KEY);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.json).toEqual([{ number: 'LP00734809126657' }]);
    expect(parseSeventeenTrack(raw)).toEqual(readExpected('in-transit'));
  });

  it('splits 85 numbers into batches of 40 and merges the answers', async () => {
    seen.length = 0;
    handler = acceptAll;
    const numbers = Array.from(
      { length: 85 },
      (_, i) => `LP0073480912${String(i).padStart(4, '0')}`,
    );
    const raw = (await client().fetchRaw(numbers)) as { data: { accepted: unknown[] } };
    expect(seen.map((s) => (s.json as unknown[]).length)).toEqual([40, 40, 5]);
    expect(raw.data.accepted).toHaveLength(85);
  });

  it('register asks for auto-detection unless a carrier is given, and passes the final carrier', async () => {
    seen.length = 0;
    handler = acceptAll;
    const out = await client().register([
      'LP00734809126657',
      { number: 'LA402173852CN', carrier: 3011, finalCarrier: 6051, tag: 'order-1' },
    ]);
    expect(seen[0]!.path).toBe('/track/v2.2/register');
    expect(seen[0]!.json).toEqual([
      { number: 'LP00734809126657', auto_detection: true },
      {
        number: 'LA402173852CN',
        auto_detection: false,
        carrier: 3011,
        final_carrier: 6051,
        tag: 'order-1',
      },
    ]);
    expect(out.data.accepted).toHaveLength(2);
  });

  it('stoptrack, retrack and changecarrier hit their endpoints with documented fields', async () => {
    seen.length = 0;
    handler = acceptAll;
    const c = client();
    await c.stopTrack(['RS710045836CN']);
    await c.retrack([{ number: 'RS710045836CN', carrier: 3011 }]);
    await c.changeCarrier([{ number: 'RS710045836CN', carrierOld: 3011, carrierNew: 190271 }]);
    expect(seen.map((s) => s.path)).toEqual([
      '/track/v2.2/stoptrack',
      '/track/v2.2/retrack',
      '/track/v2.2/changecarrier',
    ]);
    expect(seen.map((s) => s.json)).toEqual([
      [{ number: 'RS710045836CN' }],
      [{ number: 'RS710045836CN', carrier: 3011 }],
      [{ number: 'RS710045836CN', carrier_old: 3011, carrier_new: 190271 }],
    ]);
    expect(seen.every((s) => s.headers['17token'] === KEY)).toBe(true);
  });

  it('HTTP 401 and a key error code → CarrierAuthError that never shows the key', async () => {
    handler = json({ code: 401 }, 401);
    const http = await failure(client().fetchRaw(['RS710045836CN']));
    expect(http).toBeInstanceOf(CarrierAuthError);
    expect((http as Error).message).not.toContain(KEY);
    handler = json(readFixture('auth-failure'));
    const coded = await failure(client().fetchRaw(['RS710045836CN']));
    expect(coded).toBeInstanceOf(CarrierAuthError);
    expect((coded as Error).message).not.toContain(KEY);
  });

  it('429 honours Retry-After; a spent daily limit or quota backs off for hours', async () => {
    handler = json({}, 429, { 'retry-after': '3' });
    const limited = await failure(client().fetchRaw(['RS710045836CN']));
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(3_000);
    handler = json({ code: -18019908, data: { errors: [{ code: -18019908, message: 'limit' }] } });
    const daily = await failure(client().fetchRaw(['RS710045836CN']));
    expect(daily).toBeInstanceOf(CarrierRateLimitError);
    expect((daily as CarrierRateLimitError).retryAfterMs).toBeGreaterThanOrEqual(3_600_000);
    handler = json({
      code: 0,
      data: {
        accepted: [],
        rejected: [{ number: 'RS710045836CN', error: { code: -18019907, message: 'quota' } }],
      },
    });
    const quota = await failure(client().register(['RS710045836CN']));
    expect(quota).toBeInstanceOf(CarrierRateLimitError);
  });

  it('a quota rejection beside other rejections stays a per-number message', async () => {
    handler = json({
      code: 0,
      data: {
        accepted: [],
        rejected: [
          { number: 'RS710045836CN', error: { code: -18019907, message: 'quota' } },
          { number: 'LP00790000000077', error: { code: -18019902, message: 'not registered' } },
        ],
      },
    });
    const out = parseSeventeenTrack(await client().fetchRaw(['RS710045836CN', 'LP00790000000077']));
    expect(out.messages.map((m) => [m.trackingNumber, m.code, m.level])).toEqual([
      ['RS710045836CN', 'source_error', 'error'],
      ['LP00790000000077', 'not_found', 'warning'],
    ]);
  });

  it('5xx and an internal-error code → CarrierUnavailableError', async () => {
    handler = json({}, 502);
    await expect(client().fetchRaw(['RS710045836CN'])).rejects.toBeInstanceOf(
      CarrierUnavailableError,
    );
    handler = json({ code: -18010003, data: { errors: [{ code: -18010003 }] } });
    await expect(client().register(['RS710045836CN'])).rejects.toBeInstanceOf(
      CarrierUnavailableError,
    );
  });
});

describe('17track event times', () => {
  const timeOfEvent = (event: Record<string, unknown>) => {
    const out = parseSeventeenTrack({
      code: 0,
      data: {
        accepted: [
          {
            number: 'RS710045836CN',
            carrier: 3011,
            track_info: {
              tracking: {
                providers: [
                  { provider: { key: 3011 }, events: [{ description: 'Posting', ...event }] },
                ],
              },
            },
          },
        ],
        rejected: [],
      },
    });
    return out.results[0]?.events[0]?.time;
  };

  it('keeps the wall clock and offset of time_iso, then time_raw, then the time_utc instant', () => {
    expect(timeOfEvent({ time_iso: '2026-02-18T15:12:00+08:00' })).toEqual({
      local: '2026-02-18T15:12:00',
      offset: '+08:00',
    });
    expect(timeOfEvent({ time_iso: '2026-02-18T07:12:00Z' })).toEqual({
      local: '2026-02-18T07:12:00',
      offset: '+00:00',
    });
    expect(
      timeOfEvent({ time_raw: { date: '2026-02-18', time: '15:12', timezone: '+0800' } }),
    ).toEqual({ local: '2026-02-18 15:12', offset: '+08:00' });
    expect(
      timeOfEvent({ time_iso: '2026-02-18T15:12:00', time_utc: '2026-02-18T07:12:00Z' }),
    ).toEqual({ local: '2026-02-18T15:12:00', epochMs: Date.UTC(2026, 1, 18, 7, 12) });
    expect(timeOfEvent({})).toBeUndefined();
  });
});

describe('17track webhook', () => {
  const raw = readFileSync(`${dir}webhook-updated.json`, 'utf8');
  const sign = createHash('sha256').update(`${raw}/${KEY}`).digest('hex');

  it('accepts the sign integrations agree on: hex(SHA-256(rawBody + "/" + key))', () => {
    expect(verifyWebhook({ sign }, raw, KEY)).toBe(true);
    expect(verifyWebhook(new Headers({ Sign: sign.toUpperCase() }), Buffer.from(raw), KEY)).toBe(
      true,
    );
  });

  it('signs the body bytes, then "/", then the key (a digest computed elsewhere)', () => {
    const body = '{"event":"TRACKING_STOPPED","data":{"number":"RR123456785CN"}}';
    // sha256 of the body + "/test-key-17", computed with Python's hashlib.
    const known = '678377627208d87c3263dc59c26e07b99edf78c89d3a02e569c52989e7d000ba';
    expect(webhookSignature(body, 'test-key-17')).toBe(known);
    expect(webhookSignature(Buffer.from(body), 'test-key-17')).toBe(known);
    expect(verifyWebhook({ sign: known }, body, 'test-key-17')).toBe(true);
  });

  it('refuses a wrong key, a changed body, a missing or malformed sign', () => {
    expect(verifyWebhook({ sign }, raw, 'another-key')).toBe(false);
    expect(verifyWebhook({ sign }, raw.replace('Warszawa', 'Krakow'), KEY)).toBe(false);
    expect(verifyWebhook({}, raw, KEY)).toBe(false);
    expect(verifyWebhook({ sign: 'abc' }, raw, KEY)).toBe(false);
    expect(verifyWebhook({ sign }, raw, '')).toBe(false);
  });

  it('TRACKING_UPDATED parses like gettrackinfo; TRACKING_STOPPED names the number', () => {
    const updated = parseWebhook(raw);
    expect(updated.event).toBe('TRACKING_UPDATED');
    expect(updated.trackingNumber).toBe('LY938100475CN');
    expect(updated.output).toEqual(readExpected('webhook-updated'));
    const stopped = parseWebhook(readFixture('webhook-stopped'));
    expect(stopped).toEqual({
      event: 'TRACKING_STOPPED',
      trackingNumber: 'LY938100475CN',
      carrierId: 'china-post',
      output: { results: [], messages: [] },
    });
    const receiver = WEBHOOK_RECEIVERS.get('17track');
    expect(
      receiver?.parse(readFileSync(`${dir}webhook-stopped.json`, 'utf8')).stoppedNumbers,
    ).toEqual(['LY938100475CN']);
    expect(receiver?.parse(raw).stoppedNumbers).toBeUndefined();
    expect(parseWebhook('not json').output.messages).toHaveLength(1);
    expect(parseWebhook({ event: 'SOMETHING_ELSE', data: {} }).event).toBeUndefined();
  });
});

const liveKey = process.env.TRACKLINE_17TRACK_API_KEY;
if (!liveKey)
  console.warn('[17track] live smoke test skipped: TRACKLINE_17TRACK_API_KEY is not set');
describe.skipIf(!liveKey)('17track live smoke test (TRACKLINE_17TRACK_API_KEY)', () => {
  it('gettrackinfo on an unregistered number answers an envelope (no quota spent)', async () => {
    const c = createSeventeenTrackClient(
      seventeenTrackConfigSchema.parse({ apiKey: liveKey }),
      testDeps({ timeoutMs: 15_000 }),
    );
    const out = parseSeventeenTrack(await c.fetchRaw(['RS710045836CN']));
    expect(out.messages.length + out.results.length).toBeGreaterThan(0);
  });
});
