/**
 * The shipping method on the order form and `PUT …/order`, on a real engine (SQLite): it is
 * stored on the shipment row, read back in the form and the API, and changes the basis of
 * the parcel's estimate from the broad prior to the method's own band. An unknown method is
 * refused with nothing stored.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SOURCES } from '../../carriers/index.js';
import { resolveSources } from '../../carriers/settings.js';
import { loadConfig } from '../../config.js';
import { createEngine, type Engine } from '../../engine/run/context.js';
import { registerNumber } from '../../engine/run/register.js';
import { createLogger } from '../../log.js';
import { insertEvents } from '../../store/events.js';
import type { DatabaseHandle } from '../../store/index.js';
import { sqliteTarget } from '../../store/test-helpers/targets.js';
import { buildApp } from '../app.js';
import { ORDER_UI } from '../i18n/order/index.js';

const NOW = Date.UTC(2026, 2, 25, 12);
const NUMBER = 'RR123456785CN';
const HOST = 'localhost:80';

const target = sqliteTarget();
let handle: DatabaseHandle;
let engine: Engine;
let app: FastifyInstance;
let shipmentId: string;

beforeAll(async () => {
  handle = await target.open();
  engine = await createEngine({
    config: { dataDir: '.', databaseUrl: undefined, logLevel: 'silent' },
    handle,
    configured: resolveSources({}, undefined, SOURCES),
    fetch: async () => {
      throw new Error('no network in this test');
    },
    now: () => NOW,
    realNow: () => NOW,
    logger: createLogger('silent'),
  });
  await registerNumber(engine, NUMBER);
  const leg = await engine.db
    .selectFrom('legs')
    .select(['id', 'shipment_id'])
    .executeTakeFirstOrThrow();
  shipmentId = leg.shipment_id;
  // One scan in China, so the parcel has an estimate at all.
  await insertEvents(engine.db, [
    {
      shipment_id: shipmentId,
      leg_id: leg.id,
      source: 'test',
      occurred_at: NOW - 3 * 86_400_000,
      description: 'Accepted by the post office',
      country: 'CN',
      status: 'in_transit',
      confidence: 1,
      rule: 'test',
      dedupe_key: 'order-method-1',
      fetched_at: NOW,
    },
  ]);
  await engine.db.updateTable('shipments').set({ status: 'in_transit' }).execute();
  app = await buildApp({ config: loadConfig({}, {}), tracking: { engine } });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await engine?.close();
  await target.cleanup();
});
beforeEach(async () => {
  await engine.db.deleteFrom('order_shipments').execute();
  await engine.db.deleteFrom('orders').execute();
  await engine.db.updateTable('shipments').set({ service: null }).execute();
});

const service = async () =>
  (
    await engine.db
      .selectFrom('shipments')
      .select('service')
      .where('id', '=', shipmentId)
      .executeTakeFirstOrThrow()
  ).service;

const put = (body: unknown) =>
  app.inject({
    method: 'PUT',
    url: `/api/v1/track/${NUMBER}/order?lang=en`,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });

const postForm = (fields: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: `/track/${NUMBER}/order?lang=en`,
    headers: {
      host: HOST,
      origin: `http://${HOST}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams(fields).toString(),
  });

type Basis = { key: string; params?: Record<string, unknown> };
const basisOf = async (): Promise<Basis | undefined> => {
  const track = (await app.inject({ method: 'GET', url: `/api/v1/track/${NUMBER}` })).json() as {
    eta: { basis?: Basis } | null;
  };
  return track.eta?.basis;
};

const ORDER = { retailer: 'aliexpress', orderDate: '2026-03-01' };

describe('the shipping method through the order API', () => {
  it('stores the method on the shipment and the estimate then uses its band', async () => {
    const before = await basisOf();
    expect(before?.key).toBe('eta.basis.prior.unknown');

    const res = await put({ ...ORDER, shippingMethod: 'aliexpress-standard' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ shippingMethod: 'aliexpress-standard' });
    expect(await service()).toBe('aliexpress-standard');

    const after = await basisOf();
    expect(after?.key).toBe('eta.basis.prior.service');
    expect(after?.params).toMatchObject({ service: 'aliexpress-standard', minDays: 15 });
    const read = await app.inject({ method: 'GET', url: `/api/v1/track/${NUMBER}/order` });
    expect(read.json()).toMatchObject({ shippingMethod: 'aliexpress-standard' });
    const track = await app.inject({ method: 'GET', url: `/api/v1/track/${NUMBER}` });
    expect(track.json()).toMatchObject({ shippingMethod: 'aliexpress-standard' });
  });

  it('keeps the method when the body leaves it out, and clears it on null', async () => {
    await put({ ...ORDER, shippingMethod: 'ems' });
    expect((await put(ORDER)).json()).toMatchObject({ shippingMethod: 'ems' });
    expect(await service()).toBe('ems');
    expect((await put({ ...ORDER, shippingMethod: null })).json()).toMatchObject({
      shippingMethod: null,
    });
    expect(await service()).toBeNull();
    expect((await basisOf())?.key).toBe('eta.basis.prior.unknown');
  });

  it('refuses an unknown method with TRK_ERR_ORDER_INVALID and stores nothing', async () => {
    for (const bad of ['teleport', 'AliExpress Standard Shipping', '', 42]) {
      const res = await put({ ...ORDER, shippingMethod: bad });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'TRK_ERR_ORDER_INVALID' } });
    }
    expect(await engine.db.selectFrom('orders').selectAll().execute()).toHaveLength(0);
    expect(await service()).toBeNull();
  });
});

describe('the shipping method on the order form', () => {
  it('lists the known methods with an “I don’t know” choice, in every locale', async () => {
    for (const locale of Object.keys(ORDER_UI) as (keyof typeof ORDER_UI)[]) {
      const page = (await app.inject({ method: 'GET', url: `/track/${NUMBER}?lang=${locale}` }))
        .body;
      expect(page).toContain('<label for="order-shippingMethod">');
      expect(page).toContain(
        `<option value="" selected>${ORDER_UI[locale].methodUnknown}</option>`,
      );
      expect(page).toContain('<option value="aliexpress-saver">AliExpress Saver Shipping</option>');
    }
  });

  it('stores the chosen method, shows it selected and in the summary, and words the basis', async () => {
    const res = await postForm({ ...ORDER, protectionDays: '60', shippingMethod: 'dhl-express' });
    expect(res.statusCode).toBe(303);
    expect(await service()).toBe('dhl-express');
    const page = (await app.inject({ method: 'GET', url: `/track/${NUMBER}?lang=en` })).body;
    expect(page).toContain('<option value="dhl-express" selected>DHL Express</option>');
    expect(page).toContain(`<dt>${ORDER_UI.en.labels.shippingMethod}</dt><dd>DHL Express</dd>`);
    expect(page).toMatch(/What DHL Express usually takes/);

    // "I don't know" clears it again.
    expect(
      (await postForm({ ...ORDER, protectionDays: '60', shippingMethod: '' })).statusCode,
    ).toBe(303);
    expect(await service()).toBeNull();
  });

  it('refuses a method that is not in the list, saying why and storing nothing', async () => {
    const res = await postForm({ ...ORDER, protectionDays: '60', shippingMethod: 'teleport' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(ORDER_UI.en.problems.method);
    expect(res.body).toMatch(/id="order-shippingMethod"[^>]*aria-invalid="true"/);
    expect(await engine.db.selectFrom('orders').selectAll().execute()).toHaveLength(0);
    expect(await service()).toBeNull();
  });
});
