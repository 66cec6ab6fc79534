import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { Carrier } from '../core/numbers/registry.js';
import { buildApp } from './app.js';

/** Markup and script in every field a carrier or a contact can carry. */
const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'`<svg onload=alert(3)>';

const evilCarrier: Carrier = {
  id: 'evil',
  name: `Evil ${EVIL}`,
  country: 'ZZ',
  kind: 'postal_operator',
  website: 'javascript:alert(4)',
  trackingUrl: `https://evil.example/track?x="><script>alert(5)</script>{number}`,
  trackingUrlHasNumber: true,
  phone: `+1 ${EVIL}`,
  email: `a@b.c${EVIL}`,
  formats: ['s10'],
  s10Country: null,
  placeholder: false,
};

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildApp({
    config: loadConfig({}, {}),
    directory: {
      carriers: [evilCarrier],
      contacts: [
        {
          country: 'PL',
          postOffice: [{ carrier: 'evil', phone: `+48 ${EVIL}` }],
          customs: [{ label: `City ${EVIL}`, phone: `+48 ${EVIL}` }],
        },
      ],
      sourcesFor: () => ({ sourceIds: [`src-${EVIL}`] }),
    },
  });
});
afterAll(async () => {
  await app.close();
});

/** Real tags with their quoted attribute values removed: what a browser would treat as markup. */
function markup(body: string): string {
  return (body.match(/<[a-zA-Z!/][^>]*>/g) ?? [])
    .map((tag) => tag.replace(/"[^"]*"/g, '""'))
    .join('\n');
}

/** No event-handler attribute on any real tag (escaped text may spell one out; it is text). */
function noHandlers(body: string, where = ''): void {
  expect(markup(body), where).not.toMatch(/\son\w+\s*=/i);
}

/** Our own tags are the only ones allowed to hold script or event handlers. */
function assertInert(body: string): void {
  const scripts = body.match(/<script/gi) ?? [];
  expect(scripts).toEqual(['<script']); // the one /assets/app.js tag
  expect(body).toContain('<script src="/assets/app.js" defer></script>');
  expect(body).not.toMatch(/<img/i);
  expect(body).not.toMatch(/<svg/i);
  noHandlers(body);
  expect(body).not.toMatch(/href="javascript:/i);
  expect(body).toContain('&lt;script&gt;');
}

describe('hostile carrier and contact text', () => {
  it('renders the carrier list, the carrier page and contacts as text only', async () => {
    for (const url of ['/carriers', '/carriers?q=evil', '/carriers/evil', '/contacts']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      assertInert(res.body);
    }
  });

  it('never links a non-http website', async () => {
    const res = await app.inject({ method: 'GET', url: '/carriers/evil' });
    expect(res.body).not.toContain('javascript:alert(4)');
    expect(res.body).toContain(
      'href="https://evil.example/track?x=%22%3E%3Cscript%3Ealert(5)%3C/script%3E"',
    );
  });

  it('escapes hostile text in the query of every page and in the switcher links', async () => {
    const q = encodeURIComponent(EVIL);
    for (const url of [
      `/carriers?q=${q}`,
      `/statuses?x=${q}`,
      `/retailers/alibaba?${q}=${q}`,
      `/?q=${q}`,
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body.match(/<script/gi)).toEqual(['<script']);
      noHandlers(res.body, url);
    }
  });

  it('keeps a hostile path out of the 404 page markup', async () => {
    const res = await app.inject({ method: 'GET', url: `/x${encodeURIComponent(EVIL)}` });
    expect(res.statusCode).toBe(404);
    expect(res.body.match(/<script/gi)).toEqual(['<script']);
    noHandlers(res.body);
  });

  it('returns hostile text as JSON strings, never as markup', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/carriers/evil' });
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const body = res.json() as { carrier: { name: string; website: string | null } };
    expect(body.carrier.name).toBe(`Evil ${EVIL}`);
    expect(body.carrier.website).toBeNull();
  });
});
