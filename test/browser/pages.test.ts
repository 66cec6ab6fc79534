/**
 * Browser tests (issue 6): Debian's Chromium driven by playwright-core against the whole
 * product in demo mode — the simulator carrier (frozen clock, fixed epoch), the engine in
 * embedded mode on a temporary SQLite database, and the web app, all on loopback. Skipped
 * with a printed reason when /usr/bin/chromium is absent (DESIGN §10). Screenshots go to
 * test-output/screenshots/ (git-ignored).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/carriers/index.js';
import { resolveSources } from '../../src/carriers/settings.js';
import type { DemoEntry } from '../../src/carriers/sim/demo.js';
import { type SimServer, startSimServer } from '../../src/carriers/sim/index.js';
import { loadConfig } from '../../src/config.js';
import { type EmbeddedEngine, startEmbedded } from '../../src/engine/run/index.js';
import { createLogger } from '../../src/log.js';
import { buildApp } from '../../src/web/app.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const SHOTS = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
const EPOCH_MS = Date.UTC(2026, 2, 1);
const DAY_MS = 86_400_000;
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(`browser tests skipped: ${CHROMIUM} is not installed (DESIGN §10)`);
}

/** Console errors, page errors and requests to other origins, per browser context. */
interface Watch {
  errors: string[];
  foreign: string[];
  requests: number;
}

describe.skipIf(!hasChromium)('in the browser', () => {
  let tmp: string;
  let sim: SimServer;
  let embedded: EmbeddedEngine;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let demo: DemoEntry[];
  const watches: Watch[] = [];
  const contexts: BrowserContext[] = [];

  /** A fresh context (own cookies) whose console and network are recorded. */
  async function open(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-US' });
    contexts.push(context);
    const watch: Watch = { errors: [], foreign: [], requests: 0 };
    watches.push(watch);
    const origin = new URL(base).origin;
    context.on('request', (request) => {
      watch.requests += 1;
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) watch.foreign.push(url);
    });
    context.on('page', (page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') {
          watch.errors.push(`${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => watch.errors.push(String(error)));
      page.on('response', (response) => {
        if (response.status() >= 400) watch.errors.push(`${response.status()} ${response.url()}`);
      });
    });
    return context.newPage();
  }

  const demoCase = (name: string): DemoEntry => {
    const entry = demo.find((d) => d.case === name);
    if (!entry) throw new Error(`no demo number for ${name}: ${demo.map((d) => d.case)}`);
    return entry;
  };

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'trackline-browser-'));
    await mkdir(SHOTS, { recursive: true });
    sim = await startSimServer({
      port: 0,
      epochMs: EPOCH_MS,
      clockStartMs: EPOCH_MS,
      timeScale: 0,
    });
    const config = loadConfig({ TRACKLINE_DATA_DIR: tmp, TRACKLINE_LOG_LEVEL: 'error' }, {});
    const logger = createLogger('error');
    embedded = await startEmbedded({
      config,
      logger,
      configured: resolveSources({}, undefined, SOURCES),
      simulator: { url: sim.url, clock: sim.clock },
      loop: { intervalMs: 200 },
    });
    app = await buildApp({
      config,
      logger,
      tracking: { engine: embedded.engine, demoNumbers: () => sim.demo() },
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    demo = sim.demo();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app?.close();
    await embedded?.stop();
    await sim?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('searches a demo number and shows its status and timeline', async () => {
    const page = await open();
    const { number } = demoCase('delivered');
    await page.goto(`${base}/`);
    await page.fill('#q', number);
    await Promise.all([page.waitForURL(/[?&]q=/), page.click('form[role="search"] button')]);
    await Promise.all([page.waitForURL(/\/track\//), page.click('a.track-link')]);
    expect(new URL(page.url()).pathname).toBe(`/track/${number}`);
    await expect(page.textContent('#status-h')).resolves.toBe('Where it is now');
    const label = (await page.textContent('[data-live="label"]'))?.trim();
    expect(label).toBeTruthy();
    expect(await page.locator('#timeline > li.event').count()).toBeGreaterThan(0);
  });

  it('lists five numbers at once, each linking to its page', async () => {
    const page = await open();
    const five = demo.slice(0, 5).map((d) => d.number);
    expect(five).toHaveLength(5);
    await page.goto(`${base}/`);
    await page.fill('#q', five.join('\n'));
    await Promise.all([page.waitForURL(/[?&]q=/), page.click('form[role="search"] button')]);
    expect(await page.locator('.results article.detection').count()).toBe(5);
    await page.goto(`${base}/track?q=${encodeURIComponent(five.join('\n'))}`);
    const items = page.locator('ul.multi > li.multi-item');
    expect(await items.count()).toBe(5);
    const hrefs = await Promise.all(
      (await page.locator('ul.multi > li.multi-item a').all()).map((a) => a.getAttribute('href')),
    );
    const links = hrefs.map((h) => new URL(h ?? '', base).pathname);
    expect(links).toEqual(five.map((n) => `/track/${n}`));
    await Promise.all([page.waitForURL(/\/track\/[^?]+\?/), items.nth(2).locator('a').click()]);
    expect(await page.textContent('h1')).toContain(five[2]);
  });

  it('saves the order details from the form (a real browser passes the same-site check)', async () => {
    const page = await open();
    const { number } = demoCase('delivered');
    await page.goto(`${base}/track/${number}`);
    await page.selectOption('select[name="retailer"]', 'aliexpress');
    await page.fill('input[name="orderDate"]', '2026-02-20');
    await Promise.all([
      page.waitForURL((url) => url.pathname === `/track/${number}`),
      page.click('form.order-form button[type="submit"], form.order-form button'),
    ]);
    await expect(page.inputValue('input[name="orderDate"]')).resolves.toBe('2026-02-20');
  });

  it('switches the language and remembers it', async () => {
    const page = await open();
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await Promise.all([page.waitForURL(/lang=fr/), page.click('nav.langs a[hreflang="fr"]')]);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toBe('Où est mon colis ?');
    await page.goto(`${base}/track/${demoCase('delivered').number}`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('#status-h')).toBe('Où il en est');
    expect(await page.textContent('#timeline-h')).toBe(
      'Tous les scans, du plus récent au plus ancien',
    );
  });

  it('takes screenshots of home, a tracking page and the list at two sizes', async () => {
    const sizes = [
      { name: 'phone', width: 390, height: 844 },
      { name: 'desktop', width: 1280, height: 800 },
    ];
    const five = demo.slice(0, 5).map((d) => d.number);
    const pages = [
      ['home', '/'],
      ['track', `/track/${demoCase('multi_leg').number}`],
      ['multi', `/track?q=${encodeURIComponent(five.join('\n'))}`],
    ] as const;
    for (const size of sizes) {
      const page = await open({ width: size.width, height: size.height });
      for (const [name, path] of pages) {
        await page.goto(`${base}${path}`);
        await page.screenshot({ path: join(SHOTS, `${name}-${size.name}.png`), fullPage: true });
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect(overflow, `${name} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('updates an open tracking page live when the simulator moves on', async () => {
    const page = await open();
    const { number } = demoCase('in_transit');
    await page.goto(`${base}/track/${number}`);
    await page.locator('.live-note').waitFor({ state: 'visible' });
    const before = await page.locator('#timeline > li.event').count();
    // Set in the page: still there at the end means the page was never reloaded.
    await page.evaluate<string>('window.trackMarker = "same page"');
    const clock = await fetch(`${sim.url}/sim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 6 * DAY_MS }),
    });
    expect(clock.ok).toBe(true);
    const action = await page.getAttribute('.checks form', 'action');
    const refresh = await fetch(new URL(action ?? '', base), {
      method: 'POST',
      redirect: 'manual',
    });
    // 303: polled now; 429 "fresh": the scheduler loop polled it first, after the clock moved.
    expect([303, 429]).toContain(refresh.status);
    await expect
      .poll(() => page.locator('#timeline > li.event').count(), { timeout: 10_000 })
      .toBeGreaterThan(before);
    expect(await page.textContent('[data-live="label"]')).toBeTruthy();
    expect(await page.evaluate<string>('window.trackMarker')).toBe('same page');
  });

  it('logs no console error and asks no other origin', () => {
    const requests = watches.reduce((n, w) => n + w.requests, 0);
    expect(requests).toBeGreaterThan(10);
    expect(watches.flatMap((w) => w.errors)).toEqual([]);
    expect(watches.flatMap((w) => w.foreign)).toEqual([]);
  });
});
