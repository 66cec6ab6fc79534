import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { buildApp } from './app.js';

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildApp({ config: loadConfig({}, {}) });
});
afterAll(async () => {
  await app.close();
});

describe('web app', () => {
  it('serves the home page with a search box and a strict CSP', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.body).toContain('<form method="get" action="/" role="search">');
    expect(res.body).toContain('<label for="q">');
  });

  it('shows what a searched number is, server-rendered', async () => {
    const res = await app.inject({ method: 'GET', url: '/?q=RB123456785GB' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('RB123456785GB');
    expect(res.body).toContain('Royal Mail');
    expect(res.body).toContain('check digit correct');
  });

  it('offers a correction for a mistyped number', async () => {
    const res = await app.inject({ method: 'GET', url: '/?q=RB123456786GB' });
    expect(res.body).toContain('Did you mean');
    expect(res.body).toContain('RB123456785GB');
  });

  it('escapes what the user typed', async () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const res = await app.inject({ method: 'GET', url: `/?q=${encodeURIComponent(hostile)}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&lt;script&gt;');
  });

  it('answers the detect API as JSON', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/detect?q=1Z999AA10123456784' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      detections: { normalized: string; candidates: { carrierId: string }[] }[];
    };
    expect(body.detections[0]?.normalized).toBe('1Z999AA10123456784');
    expect(body.detections[0]?.candidates[0]?.carrierId).toBe('ups');
  });

  it('rejects an empty or oversized detect request with a catalogued error', async () => {
    const empty = await app.inject({ method: 'GET', url: '/api/v1/detect?q=' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual({
      error: { code: 'TRK_ERR_NUMBER_EMPTY', message: 'No tracking number was given.' },
    });
    const many = Array.from({ length: 41 }, (_, i) => `RB${String(i).padStart(8, '0')}5GB`).join(
      '\n',
    );
    const tooMany = await app.inject({
      method: 'GET',
      url: `/api/v1/detect?q=${encodeURIComponent(many)}`,
    });
    expect(tooMany.statusCode).toBe(400);
    expect((tooMany.json() as { error: { code: string } }).error.code).toBe(
      'TRK_ERR_TOO_MANY_NUMBERS',
    );
  });

  it('gives a 404 page for unknown pages and JSON for unknown API routes', async () => {
    const page = await app.inject({ method: 'GET', url: '/nope' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('TRK_ERR_NOT_FOUND');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(api.statusCode).toBe(404);
    expect((api.json() as { error: { code: string } }).error.code).toBe('TRK_ERR_NOT_FOUND');
  });

  it('serves its own assets and nothing from elsewhere', async () => {
    const css = await app.inject({ method: 'GET', url: '/assets/app.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.body).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('keeps the home page small', async () => {
    const home = await app.inject({ method: 'GET', url: '/?q=LP00123456789012' });
    const css = await app.inject({ method: 'GET', url: '/assets/app.css' });
    expect(home.body.length + css.body.length).toBeLessThan(60 * 1024);
  });

  it('sends the security headers with every kind of response, with or without a logger', async () => {
    const logged = await buildApp({ config: loadConfig({}, {}), logger: createLogger('silent') });
    const requests = [
      { url: '/' },
      { url: '/statuses?lang=fr' },
      { url: '/healthz' },
      { url: '/assets/app.css' },
      { url: '/api/v1/detect?q=1Z999AA10123456784' },
      { url: '/api/v1/detect?q=' },
      { url: '/nope' },
      { url: '/api/v1/nope' },
      { url: '/api/v1/sources', remoteAddress: '203.0.113.9' },
      { url: '/operator/sources', remoteAddress: '203.0.113.9' },
    ];
    try {
      for (const server of [app, logged]) {
        for (const request of requests) {
          const res = await server.inject({ method: 'GET', ...request });
          const what = `${request.url} ${res.statusCode}`;
          expect(res.headers['content-security-policy'], what).toContain("default-src 'self'");
          expect(res.headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
          expect(res.headers['x-content-type-options'], what).toBe('nosniff');
          expect(res.headers['referrer-policy'], what).toBe('same-origin');
          expect(res.headers['x-frame-options'], what).toBe('DENY');
        }
        const refused = await server.inject({
          method: 'GET',
          url: '/api/v1/sources',
          remoteAddress: '203.0.113.9',
        });
        expect(refused.statusCode).toBe(403);
        // The operator's guard stays on the operator's routes.
        const health = await server.inject({
          method: 'GET',
          url: '/healthz',
          remoteAddress: '203.0.113.9',
        });
        expect(health.statusCode).toBe(200);
      }
    } finally {
      await logged.close();
    }
  });

  it('logs an unhandled error with its request id, redacted, and answers a headed 500', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await buildApp({
      config: loadConfig({}, {}),
      logger: createLogger('info', sink),
    });
    logged.get('/boom', async () => {
      throw Object.assign(new Error('kaboom'), { token: 'sekret-value' });
    });
    try {
      const res = await logged.inject({ method: 'GET', url: '/boom' });
      expect(res.statusCode).toBe(500);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0] ?? '{}') as { reqId?: string; msg?: string };
      expect(line.msg).toBe('unhandled error');
      expect(line.reqId).toMatch(/^req-/);
      expect(lines[0]).not.toContain('sekret-value');
    } finally {
      await logged.close();
    }
  });
});
