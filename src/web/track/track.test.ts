import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { LOCALES } from '../../core/i18n/locales.js';
import { progressStepLabel, describe as words } from '../../core/status/describe.js';
import { publicDir } from '../../paths.js';
import { buildApp } from '../app.js';
import { UI } from '../i18n/index.js';
import { customsHeld, delivered, EVIL, hostile, inTransit, returned } from './fixtures.js';
import { type FakeDeps, fakeDeps } from './testing.js';

let app: FastifyInstance;
let deps: FakeDeps;

beforeAll(async () => {
  deps = fakeDeps();
  deps.views.set('LPHOSTILE', { ...hostile, number: 'LPHOSTILE' });
  app = await buildApp({ config: loadConfig({}, {}), tracking: { deps } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

async function page(url: string, status = 200): Promise<string> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(status);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  return res.body;
}

/** The text of the first element matching a class, tags removed. */
const section = (body: string, id: string): string => {
  const start = body.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return body.slice(start, body.indexOf('</section>', start));
};

describe('GET /track/:number — one parcel', () => {
  it('says the status in plain words, what it means and whether it is normal', async () => {
    const body = await page(`/track/${delivered.number}?lang=en`);
    const d = words('status', 'delivered', 'en');
    expect(body).toContain(d.label);
    expect(body).toContain(d.explanation);
    expect(body).toContain(UI.en.statuses.normal.yes);
    expect(body).toContain(UI.en.track.demo);
  });

  it('marks the current progress step, and draws a return as interrupted', async () => {
    const body = await page(`/track/${inTransit.number}?lang=en`);
    const current = body.match(/<li class="step current"[^>]*aria-current="step"><span>([^<]*)</);
    expect(current?.[1]).toBe(progressStepLabel('arrived_destination', 'en'));
    expect(body.match(/class="step done"/g)).toHaveLength(4);
    const back = await page(`/track/${returned.number}?lang=en`);
    expect(back).toContain('class="progress interrupted"');
    expect(back).toContain(UI.en.track.interrupted);
  });

  it('lists the timeline newest first with local time, zone, source, number and our label', async () => {
    const body = await page(`/track/${inTransit.number}?lang=en`);
    const a = body.indexOf('Colis en cours de dédouanement');
    const b = body.indexOf('Departed from origin country');
    const c = body.indexOf('揽收成功');
    expect(a).toBeGreaterThan(-1);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
    expect(body).toMatch(/<time datetime="2026-03-12T02:00:00.000Z">[^<]*10:00[^<]*GMT\+8<\/time>/);
    expect(body).toMatch(/<time datetime="2026-03-18T09:30:00.000Z">[^<]*10:30[^<]*GMT\+1<\/time>/);
    expect(body).toContain('reported by laposte for CJ123456785FR');
    expect(body).toContain('reported by cainiao for LP00123456789012');
    expect(body).toContain(words('milestone', 'import_customs', 'en').label);
    expect(body).toMatch(/<ol class="timeline" id="timeline" reversed>/);
  });

  it('marks anomalies on the event and explains them', async () => {
    const body = await page(`/track/${delivered.number}?lang=en`);
    expect(body).toMatch(/<li class="event anomaly">[\s\S]*?Item in transit/);
    expect(body).toContain(UI.en.track.anomalies.after_delivered);
    expect(body.match(/class="event anomaly"/g)).toHaveLength(1);
  });

  it('shows the legs, the carrier card and the route picture with the countries', async () => {
    const body = await page(`/track/${inTransit.number}?lang=en`);
    const legs = section(body, 'legs-h');
    expect(legs).toContain('CJ123456785FR');
    expect(legs).toContain('Colissimo');
    expect(legs).toContain('Cainiao');
    const card = section(body, 'carrier-h');
    expect(card).toContain('Colissimo');
    expect(card).toMatch(/rel="noopener noreferrer external"/);
    const svg = body.slice(body.indexOf('<svg class="route"'), body.indexOf('</svg>'));
    expect(svg).toContain('Dongguan, China');
    expect(svg).toContain('Shenzhen, China');
    expect(svg).toMatch(/<g class="node current">[\s\S]*Roissy, France/);
    expect(svg).not.toContain('style=');
    const rm = section(await page(`/track/${delivered.number}?lang=en`), 'carrier-h');
    expect(rm).toContain('Royal Mail');
    expect(card).toContain('<a href="tel:0825878888">0825 878 888</a>');
  });

  it('shows the delivery window, its basis and the carrier’s own estimate', async () => {
    const body = await page(`/track/${inTransit.number}?lang=en`);
    const eta = section(body, 'eta-h');
    expect(eta).toContain('<time datetime="2026-03-22T00:00:00.000Z">');
    expect(eta).toContain('412 parcels delivered from China to France by standard shipping');
    expect(eta).toContain(UI.en.track.sourceEstimate);
    expect(eta).toContain('days on the way');
    const fr = section(await page(`/track/${inTransit.number}?lang=fr`), 'eta-h');
    expect(fr).toContain('412 colis livrés de Chine vers France');
  });

  it('shows the advice with deadlines, a copyable template and contacts', async () => {
    const body = await page(`/track/${customsHeld.number}?lang=en`);
    const advice = section(body, 'advice-h');
    expect(advice).toContain(UI.en.track.level.watch);
    expect(advice).toContain('<time datetime="2026-04-10">');
    expect(advice).toMatch(/<details class="template"><summary>Order 8123<\/summary>/);
    expect(advice).toMatch(/<textarea id="tpl-0" readonly rows="8">/);
    expect(advice).toContain('href="tel:+33123456789"');
    expect(advice).not.toMatch(/href="javascript:/);
    expect(body).toContain(words('reason', 'customs_held', 'en').label);
  });

  it('shows last and next check and the check-now form', async () => {
    const body = await page(`/track/${inTransit.number}?lang=en`);
    expect(body).toContain('<time datetime="2026-03-20T08:00:00.000Z">');
    expect(body).toContain(
      `<form method="post" action="/track/${inTransit.number}/refresh?lang=en"><button type="submit">`,
    );
    expect(body).toContain(`data-events="/track/${inTransit.number}/events?lang=en"`);
  });
});

describe('numbers nobody knows yet, and things that are not numbers', () => {
  it('explains why a number is not found yet and offers the corrections', async () => {
    const body = await page('/track/RB123456786GB?lang=en');
    const t = UI.en.track.notFound;
    expect(body).toContain(t.heading);
    for (const r of t.reasons) expect(body).toContain(r.title);
    expect(body).toContain('href="/track/RB123456785GB?lang=en"');
    expect(body).toContain(t.didYouMean);
  });

  it('explains an order number pasted instead of a tracking number, in every language', async () => {
    for (const l of LOCALES) {
      const body = await page(`/track/8123456789012345?lang=${l}`, 404);
      expect(body).toContain(UI[l].track.notFound.orderHeading.replace(/'/g, '&#39;'));
      expect(body).toContain(UI[l].home.lookalike.aliexpress_order.replace(/'/g, '&#39;'));
    }
  });
});

describe('several numbers at once', () => {
  it('lists each number with its status and a link to its page', async () => {
    const body = await page(
      `/track?lang=en&n=${inTransit.number}&n=${delivered.number}&n=8123456789012345`,
    );
    expect(body).toContain(UI.en.track.multi.heading('3'));
    expect(body).toContain(`href="/track/${inTransit.number}?lang=en"`);
    expect(body).toContain(`href="/track/${delivered.number}?lang=en"`);
    expect(body).toContain(words('status', 'delivered', 'en').label);
    expect(body).toContain('AliExpress order number');
    expect(
      (await page(`/track?lang=en&q=${inTransit.number}%0A${delivered.number}`)).match(
        /class="multi-item/g,
      ),
    ).toHaveLength(2);
  });
});

describe('check now', () => {
  it('redirects back with a notice, or answers 429 with the wait', async () => {
    deps.refreshResult = { ok: true };
    const ok = await app.inject({
      method: 'POST',
      url: `/track/${inTransit.number}/refresh?lang=fr`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/track/${inTransit.number}?lang=fr&refreshed=1`);
    expect(await page(`/track/${inTransit.number}?lang=fr&refreshed=1`)).toContain(
      UI.fr.track.refreshed,
    );
    deps.refreshResult = { ok: false, waitMs: 90_000 };
    const busy = await app.inject({
      method: 'POST',
      url: `/track/${inTransit.number}/refresh?lang=en`,
    });
    expect(busy.statusCode).toBe(429);
    expect(busy.headers['retry-after']).toBe('90');
    expect(busy.body).toContain('2 minutes');
  });
});

describe('safety, languages and size', () => {
  it('renders hostile carrier text as text: nothing can execute', async () => {
    const body = await page('/track/LPHOSTILE?lang=en');
    const tags = (body.match(/<[a-zA-Z!/][^>]*>/g) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'));
    expect(tags.filter((t) => /^<script/i.test(t))).toEqual(['<script src="" defer>']);
    expect(tags.join('\n')).not.toMatch(/\son\w+\s*=/i);
    expect(tags.some((t) => /^<(img|svg onload|a href=""[^>]*javascript)/i.test(t))).toBe(false);
    expect(body).not.toMatch(/href="javascript:/i);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&lt;svg onload=alert(5)&gt;');
    const advice = section(await page(`/track/${customsHeld.number}?lang=en`), 'advice-h');
    expect(advice).toContain('&lt;/textarea&gt;&lt;script&gt;alert(6)');
    expect(advice).toContain(`Customs is holding the parcel ${'&lt;script&gt;'}`);
    expect(EVIL).toContain('<script>');
  });

  it('renders the page in every language with translated headings', async () => {
    for (const l of LOCALES) {
      const body = await page(`/track/${inTransit.number}?lang=${l}`);
      const t = UI[l].track;
      expect(body).toContain(`<html lang="${l}">`);
      for (const h of [
        t.statusHeading,
        t.progressHeading,
        t.etaHeading,
        t.timelineHeading,
        t.routeHeading,
        t.legsHeading,
      ]) {
        expect(body, `${l}: ${h}`).toContain(h.replace(/'/g, '&#39;'));
      }
      expect(body).toContain(progressStepLabel('delivered', l).replace(/'/g, '&#39;'));
    }
  });

  it('keeps the first load under 60 KB of HTML and CSS', async () => {
    const css = readFileSync(join(publicDir, 'app.css'));
    for (const v of [inTransit, delivered, customsHeld]) {
      const body = await page(`/track/${v.number}?lang=pt-BR`);
      expect(Buffer.byteLength(body) + css.byteLength).toBeLessThan(60 * 1024);
    }
    // A long journey: 40 scans on two legs still fits.
    const long = structuredClone(inTransit);
    const base = long.shipment.events;
    long.number = 'LPLONG';
    long.shipment.events = Array.from({ length: 40 }, (_, i) => ({
      ...base[i % base.length]!,
      occurredAt: new Date(Date.parse('2026-03-18T00:00:00Z') - i * 3_600_000).toISOString(),
    }));
    deps.views.set('LPLONG', long);
    const body = await page('/track/LPLONG?lang=ru');
    expect(body.match(/<li class="event/g)).toHaveLength(40);
    expect(Buffer.byteLength(body) + css.byteLength).toBeLessThan(60 * 1024);
  });
});
