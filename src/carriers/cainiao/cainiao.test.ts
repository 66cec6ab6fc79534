import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCarrierContract } from '../contract.js';
import { CarrierRateLimitError, CarrierUnavailableError } from '../errors.js';
import { fixtures, type Handler, json, testDeps, useLoopback } from '../test-helpers/loopback.js';
import { type CainiaoConfig, cainiaoConfigSchema, cainiaoSource, parseCainiao } from './index.js';

const { dir, pair: fx } = fixtures(import.meta.url, '.json');

runCarrierContract({
  source: cainiaoSource,
  fixtures: [
    fx('delivered'),
    fx('in-transit'),
    fx('returned'),
    { ...fx('not-found'), kind: 'not-found' },
    fx('not-shipped'),
    fx('batch'),
    { ...fx('unknown-codes'), unclassified: ['GTMS_LOCKER_RESERVED', 'AE_HUB_RELAY_SCAN'] },
    // The anti-bot answer: the client throws on it; replayed through parse it is a message.
    fx('blocked'),
  ],
  invalidConfigs: [
    { baseUrl: 'not a url' },
    { baseUrl: 'ftp://global.cainiao.com/global/detail.json' },
    { minIntervalMs: -1 },
    { minIntervalMs: 'fast' },
    { blockBackoffMs: 0 },
    { language: '' },
  ],
});

let handler: Handler = (_s, res) => res.end('{}');

const server = useLoopback((s, res) => handler(s, res), '/global/detail.json');
const seen = server.seen;

const config = (over: Partial<CainiaoConfig> = {}): CainiaoConfig =>
  cainiaoConfigSchema.parse({ baseUrl: server.base, minIntervalMs: 0, ...over });

const batchBody = {
  success: true,
  module: [
    {
      mailNo: 'LP00711122233344',
      mailNoSource: 'AE',
      detailList: [
        {
          time: 1772000000000,
          timeStr: '2026-02-25 14:13:20',
          timeZone: 'GMT+8',
          desc: 'Left from departure country/region sorting center',
          actionCode: 'SC_OUTBOUND_SUCCESS',
        },
      ],
    },
    { mailNo: 'RS000111222NL', mailNoSource: 'EXTERNAL', detailList: [] },
    { mailNo: 'LP00799911122233', mailNoSource: 'EXTERNAL', detailList: [] },
  ],
};

describe('cainiao client over loopback', () => {
  it('GETs detail.json with the numbers comma-separated and the language', async () => {
    seen.length = 0;
    handler = json(batchBody);
    const client = cainiaoSource.create(config({ language: 'fr-FR' }), testDeps());
    const raw = await client.fetchRaw(['LP00711122233344', 'LP00799911122233']);
    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.method).toBe('GET');
    expect(req.url.pathname).toBe('/global/detail.json');
    expect(req.url.searchParams.get('mailNos')).toBe('LP00711122233344,LP00799911122233');
    expect(req.url.searchParams.get('lang')).toBe('fr-FR');
    expect(req.headers.accept).toBe('application/json');
    expect(req.headers.authorization).toBeUndefined();
    const out = parseCainiao(raw);
    // The module for a number we did not ask about is left out.
    expect(out.results.map((r) => r.trackingNumber)).toEqual(['LP00711122233344']);
    expect(out.results[0]!.events[0]!.time).toEqual({
      local: '2026-02-25 14:13:20',
      offset: '+08:00',
    });
    expect(out.messages).toEqual([
      expect.objectContaining({ code: 'not_found', trackingNumber: 'LP00799911122233' }),
    ]);
  });

  it('waits minIntervalMs between two requests, even when called at once', async () => {
    seen.length = 0;
    handler = json(batchBody);
    // Measured where the client sends, not where the server receives: under load the first
    // request can reach the server late, which says nothing about the client's spacing.
    const sentAt: number[] = [];
    const timedFetch: typeof fetch = (input, init) => {
      sentAt.push(performance.now());
      return fetch(input, init);
    };
    const client = cainiaoSource.create(
      config({ minIntervalMs: 250 }),
      testDeps({ fetch: timedFetch }),
    );
    await Promise.all([
      client.fetchRaw(['LP00711122233344']),
      client.fetchRaw(['LP00711122233344']),
    ]);
    expect(seen).toHaveLength(2);
    expect(sentAt).toHaveLength(2);
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(245);
  });

  it('an HTML block page → CarrierRateLimitError with the long block back-off', async () => {
    handler = (_s, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><body><div id="nc_1_n1z">slide to verify</div></body></html>');
    };
    const client = cainiaoSource.create(config({ blockBackoffMs: 3 * 3_600_000 }), testDeps());
    const error = await client.fetchRaw(['LP00711122233344']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarrierRateLimitError);
    expect((error as CarrierRateLimitError).retryAfterMs).toBe(3 * 3_600_000);
  });

  it('a JSON captcha / punish answer → CarrierRateLimitError', async () => {
    handler = json(readFileSync(`${dir}blocked.json`, 'utf8'));
    const client = cainiaoSource.create(config(), testDeps());
    const error = await client.fetchRaw(['LP00711122233344']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarrierRateLimitError);
    expect((error as CarrierRateLimitError).retryAfterMs).toBe(6 * 3_600_000);
  });

  it('429 honours Retry-After; 403 is a block, not an auth failure', async () => {
    handler = json({}, 429, { 'retry-after': '120' });
    const client = cainiaoSource.create(config(), testDeps());
    const limited = await client.fetchRaw(['LP00711122233344']).catch((e: unknown) => e);
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(120_000);
    handler = json({}, 403);
    const refused = await client.fetchRaw(['LP00711122233344']).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CarrierRateLimitError);
  });

  it('5xx and a hung request → CarrierUnavailableError', async () => {
    handler = json({}, 503);
    const client = cainiaoSource.create(config(), testDeps({ timeoutMs: 200 }));
    await expect(client.fetchRaw(['LP00711122233344'])).rejects.toBeInstanceOf(
      CarrierUnavailableError,
    );
    handler = (_s, res) => {
      setTimeout(() => res.end('{}'), 1_000);
    };
    await expect(client.fetchRaw(['LP00711122233344'])).rejects.toThrow(/no answer within 200 ms/);
  });

  it('a body that is neither JSON nor a block page goes to parse as a message', async () => {
    handler = (_s, res) => res.end('service temporarily degraded');
    const raw = await cainiaoSource.create(config(), testDeps()).fetchRaw(['LP00711122233344']);
    expect(parseCainiao(raw).messages).toEqual([
      expect.objectContaining({ level: 'error', code: 'source_error' }),
    ]);
  });
});

describe('cainiao config and limits', () => {
  it('defaults to the public endpoint and one request every few seconds', () => {
    const c = cainiaoConfigSchema.parse({});
    expect(c.baseUrl).toBe('https://global.cainiao.com/global/detail.json');
    expect(c.minIntervalMs).toBeGreaterThanOrEqual(3_000);
    expect(c.blockBackoffMs).toBeGreaterThanOrEqual(3_600_000);
    expect(cainiaoSource.limits.perSecond).toBeLessThanOrEqual(0.34);
    expect(cainiaoSource.limits.perSecond).toBe(1_000 / c.minIntervalMs);
  });

  it('reads timeZone forms into offsets, never the epoch field', () => {
    const out = parseCainiao({
      success: true,
      module: [
        {
          mailNo: 'LP00700000000001',
          detailList: ['GMT+8', 'GMT+08:00', 'GMT-3', 'GMT+05:30', 'GMT'].map((timeZone) => ({
            time: 1,
            timeStr: '2026-01-02 03:04:05',
            timeZone,
            desc: 'Arrived at sorting center',
            actionCode: 'SC_INBOUND_SUCCESS',
          })),
        },
      ],
    });
    expect(out.results[0]!.events.map((e) => e.time)).toEqual(
      ['+08:00', '+08:00', '-03:00', '+05:30', '+00:00'].map((offset) => ({
        local: '2026-01-02 03:04:05',
        offset,
      })),
    );
  });
});

describe('cainiao links and estimates', () => {
  it('reads the last-mile number from realMailNo prose when copyRealMailNo is absent', () => {
    const out = parseCainiao({
      success: true,
      module: [
        {
          mailNo: 'LP00700000000002',
          realMailNo: 'Latest Tracking Number:\tRB123456785GB',
          destCpInfo: { cpName: 'Royal Mail', cpCode: 'ROYALMAIL' },
          globalEtaInfo: { etaDesc: 'Mar 3', deliveryMinTime: 1772496000000 },
          detailList: [
            {
              timeStr: '2026-02-25 14:13:20',
              timeZone: 'GMT+8',
              desc: 'Handed over to airline',
              actionCode: 'LH_HO_AIRLINE',
            },
          ],
        },
      ],
    });
    expect(out.results[0]!.links).toEqual([{ number: 'RB123456785GB', carrierHint: 'royal-mail' }]);
    expect(out.results[0]!.estimate).toEqual({ earliest: '2026-03-03T00:00:00.000Z' });
  });
});

const live = process.env.TRACKLINE_CAINIAO_ENABLED === '1';
if (!live)
  console.warn('[cainiao] live smoke test skipped: set TRACKLINE_CAINIAO_ENABLED=1 to run it');
describe.skipIf(!live)('cainiao live smoke test (TRACKLINE_CAINIAO_ENABLED=1)', () => {
  it('answers a made-up number with a parseable payload', async () => {
    const client = cainiaoSource.create(
      cainiaoConfigSchema.parse({}),
      testDeps({ timeoutMs: 15_000 }),
    );
    const out = parseCainiao(await client.fetchRaw(['LP00000000000000']));
    expect(out.messages.length + out.results.length).toBeGreaterThan(0);
  });
});
