import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { LOCALES } from '../../core/i18n/locales.js';
import { buildApp } from '../app.js';
import { escapeHtml } from '../html.js';
import { UI, type UiStrings } from '../i18n/index.js';

let app: FastifyInstance;
let cssLength = 0;

beforeAll(async () => {
  app = await buildApp({ config: loadConfig({}, {}) });
  cssLength = Buffer.byteLength((await app.inject({ method: 'GET', url: '/assets/app.css' })).body);
});
afterAll(async () => {
  await app.close();
});

/** Every page, with the h1 it must show in a locale. */
const PAGES: [url: string, heading: (ui: UiStrings) => string][] = [
  ['/', (ui) => ui.home.heading],
  ['/carriers', (ui) => ui.carriers.title],
  ['/carriers/cainiao', () => 'Cainiao (AliExpress)'],
  ['/carriers/royal-mail', () => 'Royal Mail'],
  ['/statuses', (ui) => ui.statuses.title],
  ['/contacts', (ui) => ui.contacts.title],
  ['/retailers/aliexpress', (ui) => ui.retailer.title('AliExpress')],
  ['/retailers/alibaba', (ui) => ui.retailer.title('Alibaba')],
  ['/api', (ui) => ui.api.title],
];

function h1(body: string): string | undefined {
  return /<h1>([\s\S]*?)<\/h1>/.exec(body)?.[1];
}

describe('every page in every language', () => {
  for (const [url, heading] of PAGES) {
    for (const locale of LOCALES) {
      it(`${url} in ${locale}`, async () => {
        const res = await app.inject({ method: 'GET', url: `${url}?lang=${locale}` });
        expect(res.statusCode).toBe(200);
        expect(res.body).toContain(`<html lang="${locale}">`);
        expect(h1(res.body)).toBe(escapeHtml(heading(UI[locale])));
        expect(res.body).toContain(
          `<nav class="menu" aria-label="${escapeHtml(UI[locale].navLabel)}">`,
        );
        // Size budget: HTML + CSS of the first load, in bytes.
        expect(Buffer.byteLength(res.body) + cssLength).toBeLessThan(60 * 1024);
        // No third-party resources: nothing loaded from another origin.
        expect(res.body).not.toMatch(/src="(https?:)?\/\//);
        expect(res.body).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
        expect(res.body).not.toMatch(/ style=/);
      });
    }
  }

  it('translates the chrome: headings differ between languages', () => {
    const headings = new Set(LOCALES.map((l) => UI[l].home.heading));
    expect(headings.size).toBe(LOCALES.length);
  });
});

describe('language choice', () => {
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('takes Accept-Language when nothing else is said', async () => {
    const res = await get('/statuses', { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.5' });
    expect(res.body).toContain('<html lang="pl">');
    expect(res.headers['content-language']).toBe('pl');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('remembers ?lang= in a cookie, and the cookie beats Accept-Language', async () => {
    const first = await get('/carriers?lang=ru', { 'accept-language': 'de' });
    expect(first.body).toContain('<html lang="ru">');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/^lang=ru;/);
    const second = await get('/carriers', {
      'accept-language': 'de',
      cookie: cookie.split(';')[0] ?? '',
    });
    expect(second.body).toContain('<html lang="ru">');
  });

  it('lets ?lang= beat the cookie and ignores an unknown language', async () => {
    const res = await get('/?lang=es', { cookie: 'lang=fr' });
    expect(res.body).toContain('<html lang="es">');
    const unknown = await get('/?lang=xx', { cookie: 'lang=fr' });
    expect(unknown.body).toContain('<html lang="fr">');
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('offers a switcher that keeps the path and the search', async () => {
    const res = await get('/carriers?q=post&lang=en');
    for (const l of LOCALES) {
      expect(res.body).toContain(`href="/carriers?lang=${l}&amp;q=post" hreflang="${l}"`);
    }
    expect(res.body).toContain('aria-current="true">English</a>');
  });

  it('formats dates and numbers for the locale', async () => {
    const de = await get('/retailers/alibaba?lang=de');
    expect(de.body).toContain('28. Juni 1999');
    expect(de.body).toContain('100.000');
    const fr = await get('/retailers/alibaba?lang=fr');
    expect(fr.body).toContain('28 juin 1999');
    const ru = await get('/retailers/aliexpress?lang=ru');
    expect(ru.body).toMatch(/400\s?млн/);
  });

  it('renders the 404 page in the chosen language', async () => {
    const res = await get('/nope?lang=de');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<html lang="de">');
    expect(res.body).toContain(UI.de.error.notFoundHeading);
    expect(res.body).toContain('TRK_ERR_NOT_FOUND');
    const carrier = await get('/carriers/nope?lang=pl');
    expect(carrier.statusCode).toBe(404);
    expect(carrier.body).toContain(UI.pl.error.notFoundMessage('/carriers/nope'));
  });
});

describe('page content', () => {
  it('groups carriers by kind and filters with ?q= without JavaScript', async () => {
    const all = await app.inject({ method: 'GET', url: '/carriers?lang=en' });
    expect(all.body).toContain(`<h2>${UI.en.carriers.kinds.postal_operator}</h2>`);
    expect(all.body).toContain('>Royal Mail</a>');
    expect(all.body).not.toContain('/carriers/unknown-postal');
    const some = await app.inject({ method: 'GET', url: '/carriers?lang=en&q=royal' });
    expect(some.body).toContain('>Royal Mail</a>');
    expect(some.body).not.toContain('>UPS</a>');
    const none = await app.inject({ method: 'GET', url: '/carriers?lang=en&q=zzzz' });
    expect(none.body).toContain(UI.en.carriers.noMatch);
  });

  it('shows a carrier’s formats with examples, its link marked external, and no source yet', async () => {
    const res = await app.inject({ method: 'GET', url: '/carriers/ups?lang=en' });
    expect(res.body).toContain('1Z');
    expect(res.body).toMatch(
      /<a href="https:\/\/www\.ups\.com\/[^"]*" rel="noopener noreferrer external"/,
    );
    expect(res.body).toContain(UI.en.carriers.external);
    expect(res.body).toContain(UI.en.carriers.noSource);
  });

  it('lists every status axis in the glossary with anchors', async () => {
    const res = await app.inject({ method: 'GET', url: '/statuses?lang=fr' });
    for (const id of [
      'status-in_transit',
      'milestone-import_customs',
      'reason-customs_held',
      'order-refunded',
    ]) {
      expect(res.body).toContain(`id="${id}"`);
    }
  });

  it('shows the retailer’s statuses mapped to ours, and the observed column empty', async () => {
    const res = await app.inject({ method: 'GET', url: '/retailers/aliexpress?lang=en' });
    expect(res.body).toContain('<th scope="row" lang="en">Cleared customs</th>');
    expect(res.body).toContain('#milestone-customs_released');
    expect(res.body).toContain(`<th scope="col">${UI.en.retailer.observed}</th>`);
    expect(res.body).toContain('<td>15–45 days</td><td>—</td>');
  });

  it('lists contacts by country with the carrier linked and doubtful numbers hidden', async () => {
    const res = await app.inject({ method: 'GET', url: '/contacts?lang=en' });
    expect(res.body).toContain('<h2>Poland</h2>');
    expect(res.body).toContain('href="/carriers/poczta-polska?lang=en"');
    expect(res.body).not.toContain('(+34 91) 396 42 32');
  });
});

describe('home page in other languages', () => {
  it('explains a pasted order number in the page’s language', async () => {
    const res = await app.inject({ method: 'GET', url: '/?lang=de&q=8123456789012345' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(escapeHtml(UI.de.home.lookalike.aliexpress_order));
  });

  it('hands the live-hint words to the script in the page’s language', async () => {
    const res = await app.inject({ method: 'GET', url: '/?lang=pl' });
    expect(res.body).toContain(`data-wrong="${escapeHtml(UI.pl.home.live.wrong)}"`);
    expect(res.body).toContain('<input type="hidden" name="lang" value="pl">');
  });
});
