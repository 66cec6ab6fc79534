import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
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
});
