/**
 * /carriers/:id and /api/v1/carriers/:id with a running engine (SQLite, temp file): the
 * source that serves the carrier here and its health, the seeds' typical times beside the
 * times of its parcels delivered here (only from MIN_OBSERVED parcels on), in every locale.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../carriers/index.js';
import { loadSources } from '../../carriers/settings.js';
import { loadConfig } from '../../config.js';
import { LOCALES } from '../../core/i18n/locales.js';
import { createEngine, type Engine } from '../../engine/run/context.js';
import { createLogger } from '../../log.js';
import type { DatabaseHandle } from '../../store/db.js';
import { newId } from '../../store/ids.js';
import type { LegRole } from '../../store/schema.js';
import { upsertSourceState } from '../../store/source-state.js';
import { sqliteTarget } from '../../store/test-helpers/targets.js';
import { buildApp } from '../app.js';
import { type CarrierDetail, MIN_OBSERVED, observedTimes } from '../content/carrier-view.js';
import { escapeHtml } from '../html.js';
import { UI } from '../i18n/index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);
const target = sqliteTarget();
let handle: DatabaseHandle;
let engine: Engine;
let app: FastifyInstance;
let pagesOnly: FastifyInstance;
let seq = 0;

/** A delivered shipment whose `role` leg is `carrierId`, `days` from first event to delivery. */
async function delivered(carrierId: string, days: number, role: LegRole = 'origin') {
  const at = T0 + seq * 3_600_000;
  const id = newId('shipment', at);
  const legId = newId('leg', at);
  seq += 1;
  await engine.db
    .insertInto('shipments')
    .values({
      id,
      status: 'delivered',
      milestone: 'delivered',
      delivered_at: at + days * DAY,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await engine.db
    .insertInto('legs')
    .values({
      id: legId,
      shipment_id: id,
      number: `T${seq}X${carrierId.length}`,
      carrier_id: carrierId,
      role,
      learned_from: 'user',
      first_seen_at: at,
    })
    .execute();
  // Two scans: the first one starts the clock, a later one does not move it.
  for (const [k, when] of [at + DAY, at].entries()) {
    await engine.db
      .insertInto('events')
      .values({
        id: newId('event', when),
        shipment_id: id,
        leg_id: legId,
        source: 'test',
        occurred_at: when,
        description: 'scan',
        confidence: 1,
        rule: 'test',
        dedupe_key: `${legId}:${k}`,
        fetched_at: when,
      })
      .execute();
  }
}

async function json(url: string): Promise<CarrierDetail> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode).toBe(200);
  return (res.json() as { carrier: CarrierDetail }).carrier;
}

beforeAll(async () => {
  handle = await target.open();
  engine = await createEngine({
    config: { dataDir: '.', databaseUrl: undefined, logLevel: 'silent' },
    handle,
    configured: loadSources({ TRACKLINE_CAINIAO_ENABLED: '1' }, SOURCES),
    logger: createLogger('silent'),
    now: () => T0 + 400 * DAY,
  });
  // Cainiao: six delivered parcels, 10 to 15 days; one more whose Cainiao leg is only in
  // transit (not counted). Yanwen: too few to show.
  for (const days of [13, 10, 15, 11, 14, 12]) await delivered('cainiao', days);
  await delivered('cainiao', 90, 'international');
  for (const days of [20, 21, 22]) await delivered('yanwen', days, 'last_mile');
  await upsertSourceState(
    engine.db,
    'cainiao',
    { healthy: true, lastSuccessAt: T0 + 399 * DAY },
    T0 + 399 * DAY,
  );
  const config = loadConfig({}, {});
  app = await buildApp({ config, tracking: { engine } });
  pagesOnly = await buildApp({ config });
});

afterAll(async () => {
  await app?.close();
  await pagesOnly?.close();
  await engine?.close();
  await handle?.close();
  await target.cleanup();
});

describe('observedTimes', () => {
  it('needs MIN_OBSERVED durations', () => {
    const few = Array.from({ length: MIN_OBSERVED - 1 }, (_, i) => (i + 1) * DAY);
    expect(observedTimes(few)).toBeNull();
    expect(observedTimes([...few, 9 * DAY])?.count).toBe(MIN_OBSERVED);
  });

  it('gives the median and the 90th percentile in days, ignoring impossible durations', () => {
    const days = [3, 1, 2, 5, 4, 8, 6, 7, 10, 9].map((d) => d * DAY);
    expect(observedTimes([...days, -DAY, Number.NaN])).toEqual({
      count: 10,
      medianDays: 5.5,
      p90Days: 9,
    });
    expect(observedTimes([1, 2, 3, 4, 5].map((d) => d * DAY + DAY / 4))?.medianDays).toBe(3.3);
  });
});

describe('carrier JSON with an engine', () => {
  it('names the serving source, why, and its health', async () => {
    const c = await json('/api/v1/carriers/cainiao');
    expect(c.service).toEqual({
      sourceId: 'cainiao',
      sourceLabel: SOURCES.find((s) => s.id === 'cainiao')?.label,
      via: 'carrier',
      health: 'healthy',
      lastSuccessAt: new Date(T0 + 399 * DAY).toISOString(),
    });
    expect(c.sourceIds).toEqual(['cainiao']);
    const post = await json('/api/v1/carriers/china-post');
    expect(post.service).toMatchObject({ sourceId: 'cainiao', via: 'china-origin' });
    const royal = await json('/api/v1/carriers/royal-mail');
    expect(royal.service).toBeNull();
    expect(royal.sourceIds).toEqual([]);
  });

  it('gives observed times from origin and last-mile legs only, from five parcels on', async () => {
    const c = await json('/api/v1/carriers/cainiao');
    expect(c.typicalTimes.observed).toEqual({ count: 6, medianDays: 12.5, p90Days: 15 });
    expect(c.typicalTimes.minObserved).toBe(MIN_OBSERVED);
    const yanwen = await json('/api/v1/carriers/yanwen');
    expect(yanwen.typicalTimes.observed).toBeNull();
  });

  it('gives the seeds’ band of the carrier’s shipping method, or its class’s', async () => {
    expect((await json('/api/v1/carriers/china-post')).typicalTimes.seeds).toMatchObject({
      methodId: 'china-post',
      from: 'service',
      minDays: 20,
      maxDays: 40,
      openEnded: true,
    });
    expect((await json('/api/v1/carriers/dhl-express')).typicalTimes.seeds).toMatchObject({
      from: 'service',
      minDays: 3,
      maxDays: 7,
      businessDays: true,
    });
    expect((await json('/api/v1/carriers/yanwen')).typicalTimes.seeds).toMatchObject({
      methodId: 'yanwen',
      from: 'class',
      serviceClass: 'standard',
    });
    expect((await json('/api/v1/carriers/cainiao')).typicalTimes.seeds).toBeNull();
  });

  it('says when the source is in trouble', async () => {
    await upsertSourceState(engine.db, 'cainiao', { healthy: false }, T0 + 399 * DAY);
    try {
      expect((await json('/api/v1/carriers/cainiao')).service?.health).toBe('trouble');
      const page = await app.inject({ method: 'GET', url: '/carriers/cainiao?lang=en' });
      expect(page.body).toContain(escapeHtml(UI.en.carriers.health.trouble));
    } finally {
      await upsertSourceState(engine.db, 'cainiao', { healthy: true }, T0 + 399 * DAY);
    }
  });
});

describe('carrier page with an engine', () => {
  for (const locale of LOCALES) {
    it(`shows source, health and both kinds of times in ${locale}`, async () => {
      const t = UI[locale].carriers;
      const res = await app.inject({ method: 'GET', url: `/carriers/cainiao?lang=${locale}` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<code>cainiao</code>');
      expect(res.body).toContain(escapeHtml(t.via.carrier));
      expect(res.body).toContain(escapeHtml(t.health.healthy));
      expect(res.body).toContain(escapeHtml(t.noSeed));
      const observed = /<dd data-times="observed">([^<]*)<\/dd>/.exec(res.body)?.[1] ?? '';
      // Count, median and 90th percentile, in the locale's digits.
      expect(observed).toMatch(/6\D[\s\S]*12[.,]5\D[\s\S]*15/);

      const post = await app.inject({ method: 'GET', url: `/carriers/china-post?lang=${locale}` });
      expect(post.body).toContain(escapeHtml(t.via['china-origin']));
      expect(post.body).toMatch(/data-times="seeds">[^<]*20\D+40\+/);
      expect(post.body).toContain(escapeHtml(t.tooFewObserved(String(MIN_OBSERVED))));

      const yanwen = await app.inject({ method: 'GET', url: `/carriers/yanwen?lang=${locale}` });
      expect(yanwen.body).toContain(
        escapeHtml(UI[locale].track.classes.standard).split(' ')[0] ?? '',
      );
    });
  }

  it('says so when no source serves the carrier here', async () => {
    const res = await app.inject({ method: 'GET', url: '/carriers/royal-mail?lang=en' });
    expect(res.body).toContain(escapeHtml(UI.en.carriers.noSource));
    expect(res.body).not.toContain(escapeHtml(UI.en.carriers.health.healthy));
  });

  it('uses different words in every locale', () => {
    for (const words of [
      (l: (typeof LOCALES)[number]) => UI[l].carriers.health.trouble,
      (l: (typeof LOCALES)[number]) => UI[l].carriers.via.aggregator,
      (l: (typeof LOCALES)[number]) => UI[l].carriers.observed('6', 'A', 'B'),
    ]) {
      expect(new Set(LOCALES.map(words)).size).toBe(LOCALES.length);
    }
  });
});

describe('carrier page without an engine', () => {
  it('shows no source and no observed times, but the seeds’ band', async () => {
    const res = await pagesOnly.inject({ method: 'GET', url: '/api/v1/carriers/cainiao' });
    const c = (res.json() as { carrier: CarrierDetail }).carrier;
    expect(c.service).toBeNull();
    expect(c.typicalTimes.observed).toBeNull();
    const page = await pagesOnly.inject({ method: 'GET', url: '/carriers/ems?lang=fr' });
    expect(page.statusCode).toBe(404);
    const post = await pagesOnly.inject({ method: 'GET', url: '/carriers/china-ems?lang=fr' });
    expect(post.body).toContain(escapeHtml(UI.fr.carriers.noSource));
    expect(post.body).toMatch(/data-times="seeds">[^<]*7\D+15/);
  });
});
