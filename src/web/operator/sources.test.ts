/**
 * /operator/sources and /api/v1/sources over app.inject: every registered source is listed,
 * configured yes/no follows the environment, no secret (nor the last error's text) ever
 * appears, health is unknown without an engine and read from source_state with one, the
 * page speaks every locale and escapes what it shows.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../carriers/index.js';
import { resolveSources } from '../../carriers/settings.js';
import { loadConfig } from '../../config.js';
import { LOCALES } from '../../core/i18n/locales.js';
import { createEngine, type Engine } from '../../engine/run/context.js';
import { createLogger } from '../../log.js';
import { type DatabaseHandle, upsertSourceState } from '../../store/index.js';
import { sqliteTarget } from '../../store/test-helpers/targets.js';
import { buildApp } from '../app.js';
import { UI } from '../i18n/index.js';
import type { PublicSources } from './sources.js';

const SECRET = 'sk_live_FAKE_Zq81xTr55';
const ERROR_TEXT = 'upstream said <script>alert(1)</script> for key';
const NOW = Date.UTC(2026, 10, 21, 6);

describe('sources without an engine', () => {
  let app: FastifyInstance;
  const saved = process.env['TRACKLINE_17TRACK_API_KEY'];
  beforeAll(async () => {
    process.env['TRACKLINE_17TRACK_API_KEY'] = SECRET;
    app = await buildApp({ config: loadConfig({}, {}) });
  });
  afterAll(async () => {
    await app.close();
    if (saved === undefined) delete process.env['TRACKLINE_17TRACK_API_KEY'];
    else process.env['TRACKLINE_17TRACK_API_KEY'] = saved;
  });

  it('answers JSON: every source, configured from the environment, health unknown', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/sources' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(SECRET);
    const body = res.json() as PublicSources;
    expect(body.sources.map((s) => s.id)).toEqual(SOURCES.map((s) => s.id));
    const track = body.sources.find((s) => s.id === '17track');
    expect(track).toMatchObject({ label: '17TRACK', kind: 'aggregator', configured: true });
    expect(track?.settings).toContainEqual({
      env: 'TRACKLINE_17TRACK_API_KEY',
      required: true,
      set: true,
    });
    expect(body.sources.find((s) => s.id === 'ups')?.configured).toBe(false);
    expect(body.sources.every((s) => s.health === null)).toBe(true);
    expect(body.database.reachable).toBe(false);
  });

  it('renders the page in every locale, listing every source and no secret', async () => {
    for (const locale of LOCALES) {
      const res = await app.inject({ method: 'GET', url: `/operator/sources?lang=${locale}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).not.toContain(SECRET);
      const t = UI[locale].operator;
      expect(res.body).toContain(`<h1>${t.sourcesTitle}</h1>`);
      expect(res.body).toContain(t.healthUnknown);
      for (const s of SOURCES) expect(res.body).toContain(`id="source-${s.id}"`);
    }
  });
});

describe('sources with a running engine', () => {
  const target = sqliteTarget();
  let handle: DatabaseHandle;
  let engine: Engine;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await target.open();
    const env = { TRACKLINE_17TRACK_API_KEY: SECRET, TRACKLINE_CAINIAO_ENABLED: '1' };
    engine = await createEngine({
      config: { dataDir: '.', databaseUrl: undefined, logLevel: 'silent' },
      env,
      handle,
      configured: resolveSources(env, undefined, SOURCES),
      now: () => NOW,
      realNow: () => NOW,
      logger: createLogger('silent'),
    });
    await upsertSourceState(
      engine.db,
      '17track',
      {
        healthy: false,
        lastSuccessAt: NOW - 3_600_000,
        lastErrorAt: NOW - 60_000,
        lastError: ERROR_TEXT,
        quotaLeft: 1234,
        circuit: 'open',
        circuitUntil: NOW + 600_000,
        nextAllowedAt: NOW + 600_000,
      },
      NOW,
    );
    app = await buildApp({ config: loadConfig({}, {}), tracking: { engine } });
  });
  afterAll(async () => {
    await app?.close();
    await engine?.close();
    await handle?.close();
    await target.cleanup();
  });

  it('reads health from source_state, without the error text', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/sources' });
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('alert(1)');
    const body = res.json() as PublicSources;
    expect(body.database.reachable).toBe(true);
    const byId = new Map(body.sources.map((s) => [s.id, s]));
    expect(byId.get('17track')).toMatchObject({
      configured: true,
      health: {
        recorded: true,
        healthy: false,
        lastSuccessAt: new Date(NOW - 3_600_000).toISOString(),
        quotaLeft: 1234,
        nextAllowedAt: new Date(NOW + 600_000).toISOString(),
        circuit: 'open',
      },
    });
    expect(byId.get('cainiao')).toMatchObject({ configured: true, health: { recorded: false } });
    expect(byId.get('ups')?.configured).toBe(false);
  });

  it('shows the health columns on the page, escaped', async () => {
    const res = await app.inject({ method: 'GET', url: '/operator/sources?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('<script>alert');
    const row = res.body.match(/<tr id="source-17track">.*?<\/tr>/s)?.[0] ?? '';
    expect(row).toContain('<td>17TRACK</td>');
    expect(row).toContain('<td>1,234</td>');
    expect(row).toContain('<td>open</td>');
    expect(row).toMatch(/<td>no<\/td>/);
    expect(res.body).not.toContain(UI.en.operator.healthUnknown);
    const fr = await app.inject({ method: 'GET', url: '/operator/sources?lang=fr' });
    expect(fr.body).toContain('<td>ouvert</td>');
  });
});
