/**
 * The order panel end to end on a real engine (SQLite): the form renders in every locale,
 * a good post is stored and its buyer-protection deadlines show on the page and in the API,
 * a bad one stores nothing and says why, a cross-site post is refused, and the JSON API
 * (PUT, GET …/order, GET /api/v1/track/:number) agrees.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SOURCES } from '../../carriers/index.js';
import { resolveSources } from '../../carriers/settings.js';
import { loadConfig } from '../../config.js';
import { ADVICE_TEXTS } from '../../core/advice/index.js';
import { LOCALES } from '../../core/i18n/locales.js';
import { createEngine, type Engine } from '../../engine/run/context.js';
import { registerNumber } from '../../engine/run/register.js';
import { createLogger } from '../../log.js';
import type { DatabaseHandle } from '../../store/index.js';
import { sqliteTarget } from '../../store/test-helpers/targets.js';
import { buildApp } from '../app.js';
import { ORDER_UI } from '../i18n/order/index.js';
import { formatDay } from './format.js';
import { sameHost } from './order-route.js';

const NOW = Date.UTC(2026, 2, 25, 12);
const NUMBER = 'RR123456785CN';
const OTHER = 'LP00054937353995';
const HOST = 'localhost:80';

const target = sqliteTarget();
let handle: DatabaseHandle;
let engine: Engine;
let app: FastifyInstance;

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
  await registerNumber(engine, OTHER);
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
});

const countOrders = async () =>
  Number(
    (
      await engine.db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function postForm(
  fields: Record<string, string>,
  headers: Record<string, string> = { origin: `http://${HOST}` },
  number = NUMBER,
) {
  return app.inject({
    method: 'POST',
    url: `/track/${number}/order?lang=en`,
    headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
}

const GOOD = {
  retailer: 'aliexpress',
  orderNumber: '8123 4567 8901 2345',
  orderDate: '2026-02-01',
  protectionDays: '60',
  destinationCountry: 'fr',
};
/** 2026-02-01 + 60 days. */
const LAST_DAY = '2026-04-02';

const panel = (body: string): string => {
  const start = body.indexOf('id="order"');
  expect(start, 'order panel').toBeGreaterThan(-1);
  return body.slice(start, body.indexOf('</section>', start));
};

describe('the order panel on the tracking page', () => {
  it('offers the form, prefilled with the shop’s default protection, in every locale', async () => {
    for (const locale of LOCALES) {
      const res = await app.inject({ method: 'GET', url: `/track/${NUMBER}?lang=${locale}` });
      expect(res.statusCode).toBe(200);
      const p = panel(res.body);
      expect(p).toContain(ORDER_UI[locale].heading);
      expect(p).toContain(`action="/track/${NUMBER}/order?lang=${encodeURIComponent(locale)}"`);
      expect(p).toMatch(/<form method="post"/);
      expect(p).toMatch(/<option value="aliexpress" selected>/);
      expect(p).toMatch(/name="protectionDays"[^>]*value="60"/);
      expect(p).toMatch(/name="orderDate"[^>]*required max="2026-03-26"/);
      for (const field of ['orderNumber', 'destinationCountry']) {
        expect(p).toContain(`<label for="order-${field}">`);
      }
    }
  });

  it('stores a good post, redirects 303, and the page then shows the order and its deadlines', async () => {
    const res = await postForm(GOOD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/track/${NUMBER}?lang=en`);
    const rows = await engine.db.selectFrom('orders').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      retailer: 'aliexpress',
      order_number: '8123456789012345',
      order_date: Date.UTC(2026, 1, 1),
      protection_days: 60,
      destination_country: 'FR',
    });

    const page = (await app.inject({ method: 'GET', url: `/track/${NUMBER}?lang=en` })).body;
    const p = panel(page);
    expect(p).toContain(ORDER_UI.en.savedHeading);
    expect(p).toContain('<code>8123456789012345</code>');
    expect(p).toContain('France');
    expect(p).toMatch(/<details><summary>/);
    // The advice panel now carries the last day to open a dispute, counted from the order.
    expect(page).toMatch(/<ul class="deadlines">/);
    expect(page).toContain(`<time datetime="${LAST_DAY}">${formatDay(LAST_DAY, 'en')}</time>`);
  });

  it('warns when protection is about to end', async () => {
    const headline = ADVICE_TEXTS.en.headline.protection_ending[0];
    const before = (await app.inject({ method: 'GET', url: `/track/${NUMBER}?lang=en` })).body;
    expect(before).not.toContain(headline);
    await postForm({ ...GOOD, orderDate: '2026-01-28' });
    const page = (await app.inject({ method: 'GET', url: `/track/${NUMBER}?lang=en` })).body;
    // 2026-01-28 + 60 days = 2026-03-29: 4 days left on 2026-03-25, inside the 7-day warning.
    expect(page).toContain('class="panel advice level-act"');
    expect(page).toContain(headline);
    expect(page).toContain('<time datetime="2026-03-29">');
  });

  it('refuses bad input with the page, the reasons and the typed values, storing nothing', async () => {
    const res = await postForm({
      retailer: 'aliexpress',
      orderNumber: '"><script>alert(1)</script>',
      orderDate: '2031-01-01',
      protectionDays: '900',
      destinationCountry: 'XX',
    });
    expect(res.statusCode).toBe(400);
    expect(await countOrders()).toBe(0);
    const p = panel(res.body);
    expect(p).toContain('role="alert"');
    const t = ORDER_UI.en.problems;
    for (const text of [t.orderAliexpress, t.dateFuture, t.daysRange, t.country]) {
      expect(p).toContain(text);
    }
    expect(p).not.toContain('<script>alert(1)');
    expect(p).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(p).toMatch(/id="order-orderDate"[^>]*value="2031-01-01"[^>]*aria-invalid="true"/);
  });

  it('says a missing date, and a tracking number given as the order number', async () => {
    const res = await postForm({ retailer: 'aliexpress', orderNumber: OTHER, orderDate: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(ORDER_UI.en.problems.dateMissing);
    expect(res.body).toContain(ORDER_UI.en.problems.orderIsTracking);
    expect(await countOrders()).toBe(0);
  });

  it('refuses a post from another site, or one that does not say where it comes from', async () => {
    const cases: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { referer: 'https://evil.example/page' },
      { origin: `http://${HOST}`, 'sec-fetch-site': 'cross-site' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { origin: `http://${HOST}`, 'sec-fetch-site': 'same-site' },
      { origin: `https://${HOST}.evil.example` },
      { origin: 'null' },
      {},
    ];
    for (const headers of cases) {
      const res = await postForm(GOOD, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.body).toContain(ORDER_UI.en.crossSite);
      expect(res.body).toContain('TRK_ERR_CROSS_SITE');
    }
    expect(await countOrders()).toBe(0);
  });

  it('accepts our own page: by Referer, or by the browser’s same-origin mark when Origin is null', async () => {
    expect((await postForm(GOOD, { referer: `http://${HOST}/track/${NUMBER}` })).statusCode).toBe(
      303,
    );
    // What Chromium sends for our own form under a no-referrer policy.
    const res = await postForm(GOOD, { origin: 'null', 'sec-fetch-site': 'same-origin' });
    expect(res.statusCode).toBe(303);
    expect(await countOrders()).toBe(1);
  });

  it('replaces the order when the form is sent again, keeping one order per parcel', async () => {
    await postForm({ retailer: 'other', orderDate: '2026-03-01', protectionDays: '30' });
    expect(await countOrders()).toBe(1);
    await postForm(GOOD);
    const rows = await engine.db.selectFrom('orders').selectAll().execute();
    expect(rows.map((r) => r.order_number)).toEqual(['8123456789012345']);
  });

  it('shows a label given at import in the heading and the several-numbers list, escaped', async () => {
    await engine.db
      .updateTable('shipments')
      .set({ label: '<b>headphones</b>' })
      .where('id', '=', (await registerNumber(engine, OTHER)).shipment.id)
      .execute();
    const one = (await app.inject({ method: 'GET', url: `/track/${OTHER}?lang=en` })).body;
    expect(one).toMatch(/<h1>&lt;b&gt;headphones&lt;\/b&gt; <span class="muted">/);
    const many = (await app.inject({ method: 'GET', url: `/track?n=${OTHER}&n=${NUMBER}&lang=en` }))
      .body;
    expect(many).toContain('<span class="parcel-label">&lt;b&gt;headphones&lt;/b&gt;</span>');
    expect(many).not.toContain('<b>headphones');
  });
});

describe('the order API', () => {
  const put = (body: unknown, number = NUMBER) =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/track/${number}/order?lang=en`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });

  it('stores an order, answers it with the deadlines, and GET returns it with the advice', async () => {
    const res = await put({ retailer: 'alibaba', orderDate: '2026-02-01' });
    expect(res.statusCode).toBe(200);
    const saved = res.json() as { order: Record<string, unknown>; deadlines: { date: string }[] };
    expect(saved.order).toEqual({
      retailer: 'alibaba',
      orderNumber: null,
      orderDate: '2026-02-01',
      protectionDays: 60,
      destinationCountry: null,
    });
    expect(saved.deadlines.map((d) => d.date)).toContain(LAST_DAY);

    const track = (await app.inject({ method: 'GET', url: `/api/v1/track/${NUMBER}` })).json() as {
      order: unknown;
      advice: { deadlines: { key: string; date: string; daysLeft: number }[] };
    };
    expect(track.order).toEqual(saved.order);
    const last = track.advice.deadlines.find((d) => d.key === 'dispute_last_day');
    expect(last).toMatchObject({ date: LAST_DAY, daysLeft: 8 });

    const read = await app.inject({ method: 'GET', url: `/api/v1/track/${NUMBER}/order` });
    expect(read.json()).toEqual({ number: NUMBER, order: saved.order, shippingMethod: null });
  });

  it('answers null and no deadline for a parcel without an order', async () => {
    const track = (await app.inject({ method: 'GET', url: `/api/v1/track/${OTHER}` })).json() as {
      order: unknown;
      advice: { deadlines: unknown[] };
    };
    expect(track.order).toBeNull();
    expect(track.advice.deadlines).toEqual([]);
  });

  it.each([
    [{ retailer: 'amazon', orderDate: '2026-02-01' }, 'retailer'],
    [{ retailer: 'aliexpress', orderDate: '01/02/2026' }, 'orderDate'],
    [{ retailer: 'aliexpress', orderDate: '2026-02-30' }, 'orderDate'],
    [{ retailer: 'aliexpress', orderDate: '2026-02-01', protectionDays: '60' }, 'protectionDays'],
    [{ retailer: 'other', orderDate: '2026-02-01' }, 'protectionDays'],
    [
      { retailer: 'alibaba', orderDate: '2026-02-01', orderNumber: '8123456789012345' },
      'orderNumber',
    ],
    [
      { retailer: 'aliexpress', orderDate: '2026-02-01', destinationCountry: 'ZZ' },
      'destinationCountry',
    ],
    [{ retailer: 'aliexpress', orderDate: '2026-02-01', note: 'x' }, 'note'],
  ])('refuses %j with TRK_ERR_ORDER_INVALID naming %s, storing nothing', async (body, field) => {
    const res = await put(body);
    expect(res.statusCode).toBe(400);
    const error = (res.json() as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('TRK_ERR_ORDER_INVALID');
    expect(error.message).toContain(field);
    expect(await countOrders()).toBe(0);
  });

  it('refuses something that is not a tracking number', async () => {
    const res = await put({ retailer: 'aliexpress', orderDate: '2026-02-01' }, 'me@example.com');
    expect(res.statusCode).toBe(400);
    expect(await countOrders()).toBe(0);
  });
});

describe('sameHost', () => {
  it.each([
    ['http://localhost:3000', 'localhost:3000', true],
    ['http://localhost', 'localhost:80', true],
    ['https://track.example', 'track.example', true],
    ['https://track.example/track/X?lang=fr', 'track.example', true],
    ['http://[::1]:8080', '[::1]:8080', true],
    ['http://localhost:3001', 'localhost:3000', false],
    ['https://track.example.evil.example', 'track.example', false],
    ['javascript:alert(1)', 'track.example', false],
    ['null', 'track.example', false],
  ])('%s on host %s → %s', (url, host, expected) => {
    expect(sameHost(url, host)).toBe(expected);
  });
});
