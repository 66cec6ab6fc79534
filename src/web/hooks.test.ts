/**
 * `POST /hooks/:source` over app.inject with a real SQLite engine: signed 17TRACK and
 * AfterShip pushes (the sources' own fixtures, signed here) are stored and answered 202, the
 * inbox worker ingests them into the registered parcels, the same body twice stores nothing
 * new, a bad signature is 401 and stores nothing, an unknown or unconfigured source is 404.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webhookSignature as afterShipSign } from '../carriers/aftership/webhook.js';
import { SOURCES } from '../carriers/index.js';
import { resolveSources } from '../carriers/settings.js';
import { webhookSignature as seventeenSign } from '../carriers/seventeen-track/webhook.js';
import { loadConfig } from '../config.js';
import { createEngine, type Engine } from '../engine/run/context.js';
import { processInbox } from '../engine/run/inbox-worker.js';
import { registerNumber } from '../engine/run/register.js';
import { createLogger } from '../log.js';
import { countInbox, type DatabaseHandle, getShipment, listEvents } from '../store/index.js';
import { sqliteTarget } from '../store/test-helpers/targets.js';
import { buildApp } from './app.js';

const KEY_17 = 'test-17track-key-0001';
const AS_KEY = 'asat_test_key_0002';
const AS_SECRET = 'whsec_test_secret_0003';
const NOW = Date.UTC(2026, 2, 25, 12);

const fixture = (path: string) =>
  readFileSync(new URL(`../carriers/${path}`, import.meta.url), 'utf8');
const BODY_17 = fixture('seventeen-track/fixtures/webhook-updated.json');
const BODY_AS = fixture('aftership/fixtures/webhook-update.payload.json');

const target = sqliteTarget();
let handle: DatabaseHandle;
let engine: Engine;
let app: FastifyInstance;

async function eventsOf(number: string) {
  const leg = await engine.db
    .selectFrom('legs')
    .select('shipment_id')
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  return { shipmentId: leg.shipment_id, events: await listEvents(engine.db, leg.shipment_id) };
}

const post = (source: string, body: string, headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: `/hooks/${source}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: body,
  });

beforeAll(async () => {
  handle = await target.open();
  const env = {
    TRACKLINE_17TRACK_API_KEY: KEY_17,
    TRACKLINE_AFTERSHIP_API_KEY: AS_KEY,
    TRACKLINE_AFTERSHIP_WEBHOOK_SECRET: AS_SECRET,
    TRACKLINE_CAINIAO_ENABLED: '1',
  };
  engine = await createEngine({
    config: { dataDir: '.', databaseUrl: undefined, logLevel: 'silent' },
    handle,
    configured: resolveSources(env, undefined, SOURCES),
    fetch: async () => {
      throw new Error('no network in this test');
    },
    now: () => NOW,
    realNow: () => NOW,
    logger: createLogger('silent'),
  });
  await registerNumber(engine, 'LY938100475CN');
  await registerNumber(engine, 'LV735182047CN');
  app = await buildApp({ config: loadConfig({}, {}), tracking: { engine } });
});
afterAll(async () => {
  await app?.close();
  await engine?.close();
  await handle?.close();
  await target.cleanup();
});
beforeEach(async () => {
  await processInbox(engine);
});

describe('POST /hooks/:source', () => {
  it('takes a signed 17TRACK push, and the worker ingests it once', async () => {
    const res = await post('17track', BODY_17, { sign: seventeenSign(BODY_17, KEY_17) });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ accepted: true, id: expect.stringMatching(/^whk_/) });
    const row = await engine.db.selectFrom('webhook_inbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: '17track', status: 'pending', body: BODY_17 });
    expect(row.headers).not.toContain(seventeenSign(BODY_17, KEY_17));
    expect(row.headers).not.toContain(KEY_17);

    const first = await processInbox(engine);
    expect(first).toMatchObject({ claimed: 1, done: 1, failed: 0 });
    expect(first.newEvents).toBe(2);
    const { shipmentId, events } = await eventsOf('LY938100475CN');
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.source === '17track')).toBe(true);
    const shipment = await getShipment(engine.db, shipmentId);
    expect(shipment?.status).toBe('in_transit');
    expect(shipment?.last_event_at).not.toBeNull();

    const again = await post('17track', BODY_17, { sign: seventeenSign(BODY_17, KEY_17) });
    expect(again.statusCode).toBe(202);
    const second = await processInbox(engine);
    expect(second).toMatchObject({ claimed: 1, done: 1, newEvents: 0 });
    expect((await eventsOf('LY938100475CN')).events).toHaveLength(2);
  });

  it('takes a signed AfterShip push (HMAC of the raw body with the webhook secret)', async () => {
    const res = await post('aftership', BODY_AS, {
      'aftership-hmac-sha256': afterShipSign(BODY_AS, AS_SECRET),
    });
    expect(res.statusCode).toBe(202);
    const report = await processInbox(engine);
    expect(report).toMatchObject({ claimed: 1, done: 1, newEvents: 2 });
    const { shipmentId, events } = await eventsOf('LV735182047CN');
    expect(events).toHaveLength(2);
    const shipment = await getShipment(engine.db, shipmentId);
    expect(shipment?.milestone).toBe('out_for_delivery');
    await post('aftership', BODY_AS, {
      'aftership-hmac-sha256': afterShipSign(BODY_AS, AS_SECRET),
    });
    expect((await processInbox(engine)).newEvents).toBe(0);
    expect((await eventsOf('LV735182047CN')).events).toHaveLength(2);
  });

  it('refuses a bad signature with 401 and stores nothing', async () => {
    const before = await countInbox(engine.db);
    const cases: [string, Record<string, string>][] = [
      ['17track', { sign: seventeenSign(BODY_17, 'wrong-key') }],
      ['17track', {}],
      ['aftership', { 'aftership-hmac-sha256': afterShipSign(BODY_AS, AS_KEY) }],
      ['aftership', { 'aftership-hmac-sha256': afterShipSign(`${BODY_AS} `, AS_SECRET) }],
    ];
    for (const [source, headers] of cases) {
      const res = await post(source, BODY_17, headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: { code: 'TRK_ERR_WEBHOOK_SIGNATURE', message: expect.any(String) },
      });
    }
    expect(await countInbox(engine.db)).toEqual(before);
  });

  it('answers 404 for an unknown source, one not configured, or one without webhooks', async () => {
    for (const source of ['nope', 'ups', 'cainiao']) {
      const res = await post(source, BODY_17, { sign: seventeenSign(BODY_17, KEY_17) });
      expect(res.statusCode, source).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'TRK_ERR_NOT_FOUND' } });
    }
    expect((await countInbox(engine.db)).pending).toBe(0);
  });

  it('fails an unreadable push for good, and keeps the body', async () => {
    const body = '{"event":"SOMETHING_ELSE","data":{}}';
    const res = await post('17track', body, { sign: seventeenSign(body, KEY_17) });
    expect(res.statusCode).toBe(202);
    expect(await processInbox(engine)).toMatchObject({ claimed: 1, failed: 1, done: 0 });
    const row = await engine.db
      .selectFrom('webhook_inbox')
      .selectAll()
      .where('status', '=', 'failed')
      .executeTakeFirstOrThrow();
    expect(row.body).toBe(body);
    expect(row.error).toContain('SOMETHING_ELSE');
  });

  it('accepts any content type and refuses a body over 1 MB', async () => {
    const text = BODY_17;
    const res = await app.inject({
      method: 'POST',
      url: '/hooks/17track',
      headers: { 'content-type': 'text/plain', sign: seventeenSign(text, KEY_17) },
      payload: text,
    });
    expect(res.statusCode).toBe(202);
    const big = 'x'.repeat(1_100_000);
    const tooBig = await post('17track', big, { sign: seventeenSign(big, KEY_17) });
    expect(tooBig.statusCode).toBe(413);
  });
});
