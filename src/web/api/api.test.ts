import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { LOCALES } from '../../core/i18n/locales.js';
import { STATUSES } from '../../core/status/taxonomy.js';
import { buildApp } from '../app.js';
import { registeredRoutes } from '../routes.js';

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildApp({ config: loadConfig({}, {}) });
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('JSON beside the pages', () => {
  it('lists carriers without placeholders and details one', async () => {
    const list = (await get('/api/v1/carriers')).json() as { carriers: { id: string }[] };
    expect(list.carriers.some((c) => c.id === 'ups')).toBe(true);
    expect(list.carriers.some((c) => c.id === 'unknown-postal')).toBe(false);
    const one = (await get('/api/v1/carriers/royal-mail')).json() as {
      carrier: { formats: { id: string; examples: string[] }[]; sourceIds: string[] };
    };
    expect(one.carrier.formats.find((f) => f.id === 's10')?.examples.length).toBeGreaterThan(0);
    expect(one.carrier.sourceIds).toEqual([]);
    const missing = await get('/api/v1/carriers/nope');
    expect(missing.statusCode).toBe(404);
    expect((missing.json() as { error: { code: string } }).error.code).toBe('TRK_ERR_NOT_FOUND');
  });

  it('gives the glossary in the asked language', async () => {
    const en = (await get('/api/v1/statuses?lang=en')).json() as {
      locale: string;
      status: { id: string; label: string }[];
    };
    const ru = (await get('/api/v1/statuses?lang=ru')).json() as typeof en;
    expect(ru.locale).toBe('ru');
    expect(ru.status.map((s) => s.id)).toEqual([...STATUSES]);
    expect(ru.status[0]?.label).not.toBe(en.status[0]?.label);
    const de = await app.inject({
      method: 'GET',
      url: '/api/v1/statuses',
      headers: { 'accept-language': 'de-AT,de;q=0.9' },
    });
    expect((de.json() as { locale: string }).locale).toBe('de');
    expect(de.headers['content-language']).toBe('de');
    expect(String(de.headers['vary'])).toContain('Accept-Language');
  });

  it('gives contacts and retailers', async () => {
    const contacts = (await get('/api/v1/contacts')).json() as { countries: { country: string }[] };
    expect(contacts.countries.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const res = await get(`/api/v1/retailers/aliexpress?lang=${locale}`);
      expect(res.statusCode).toBe(200);
      const r = (
        res.json() as { retailer: { locale: string; faq: unknown[]; statuses: unknown[] } }
      ).retailer;
      expect(r.locale).toBe(locale);
      expect(r.faq.length).toBeGreaterThan(0);
      expect(r.statuses.length).toBe(22);
    }
    expect((await get('/api/v1/retailers/amazon')).statusCode).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('is valid JSON, version 3.1, and describes exactly the /api/v1 routes the app serves', async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = JSON.parse(res.body) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\.1\./);
    const served = new Set(
      registeredRoutes(app)
        .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/v1/'))
        .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect(served.size).toBeGreaterThanOrEqual(6);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(new Set(documented)).toEqual(served);
    expect(served).toContain('PUT /api/v1/track/{number}/order');
  });

  it('resolves every $ref in the document', async () => {
    const text = (await get('/api/openapi.json')).body;
    const doc = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    for (const [, name] of text.matchAll(/"\$ref": "#\/components\/schemas\/(\w+)"/g)) {
      expect(doc.components.schemas[name ?? '']).toBeDefined();
    }
  });

  it('is browsable at /api, rendered by us', async () => {
    const res = await get('/api?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<code>GET /api/v1/retailers/{id}</code>');
    expect(res.body).toContain('href="/api/openapi.json"');
  });
});
