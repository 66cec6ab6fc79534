/**
 * Who gets into the operator routes, over app.inject with a client address: with a token,
 * Basic (any user) or Bearer with it gets in and anything else is 401 with a challenge;
 * without one, loopback clients get in and others are 403, told why. The token appears in no
 * answer and no log line, and a bad token setting is refused without repeating it.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../log.js';
import { buildApp } from '../app.js';
import { isLoopback, OPERATOR_REALM, offeredToken, sameSecret } from './access.js';

const TOKEN = 'op-token-Vq7Rk2LmZx91Ws';
const REMOTE = '203.0.113.7';
const ROUTES = ['/operator/sources', '/api/v1/sources'];

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

describe('operator routes with a token', () => {
  let app: FastifyInstance;
  const logged: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    app = await buildApp({
      config: loadConfig({ TRACKLINE_OPERATOR_TOKEN: TOKEN }, {}),
      logger: createLogger('trace', sink),
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets in Basic with any user name, and Bearer, from any address', async () => {
    for (const url of ROUTES) {
      for (const authorization of [basic('anyone', TOKEN), basic('', TOKEN), `Bearer ${TOKEN}`]) {
        const res = await app.inject({
          method: 'GET',
          url,
          remoteAddress: REMOTE,
          headers: { authorization },
        });
        expect(res.statusCode, `${url} ${authorization}`).toBe(200);
        expect(res.headers['cache-control']).toBe('no-store');
      }
    }
  });

  it('answers 401 with a Basic challenge to a wrong or missing token, even locally', async () => {
    const attempts = [
      { remoteAddress: REMOTE, headers: { authorization: `Bearer ${TOKEN}x` } },
      { remoteAddress: REMOTE, headers: { authorization: basic(TOKEN, 'wrong-password-123') } },
      { remoteAddress: REMOTE, headers: { authorization: `Token ${TOKEN}` } },
      { remoteAddress: REMOTE, headers: {} },
      { remoteAddress: '127.0.0.1', headers: {} },
    ];
    for (const url of ROUTES) {
      for (const attempt of attempts) {
        const res = await app.inject({ method: 'GET', url, ...attempt });
        expect(res.statusCode, `${url} ${JSON.stringify(attempt)}`).toBe(401);
        expect(res.headers['www-authenticate']).toBe(
          `Basic realm="${OPERATOR_REALM}", charset="UTF-8"`,
        );
        expect(res.body).toContain('TRK_ERR_OPERATOR_AUTH');
        expect(res.body).not.toContain(TOKEN);
      }
    }
    const api = await app.inject({ method: 'GET', url: '/api/v1/sources', remoteAddress: REMOTE });
    expect(api.json()).toMatchObject({ error: { code: 'TRK_ERR_OPERATOR_AUTH' } });
  });

  it('leaves the public pages alone', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz', remoteAddress: REMOTE });
    expect(res.statusCode).toBe(200);
  });

  it('never writes the token to the log', () => {
    expect(logged.join('')).not.toContain(TOKEN);
  });
});

describe('operator routes without a token', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ config: loadConfig({}, {}) });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers this machine (IPv4 and IPv6 loopback)', async () => {
    for (const url of ROUTES) {
      for (const remoteAddress of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
        const res = await app.inject({ method: 'GET', url, remoteAddress });
        expect(res.statusCode, `${url} from ${remoteAddress}`).toBe(200);
      }
    }
  });

  it('refuses every other address with 403 and says why', async () => {
    for (const remoteAddress of [REMOTE, '10.0.0.2', '::ffff:192.168.1.9', '127.0.0.2x']) {
      const page = await app.inject({ method: 'GET', url: '/operator/sources', remoteAddress });
      expect(page.statusCode).toBe(403);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain('TRACKLINE_OPERATOR_TOKEN');
      const api = await app.inject({ method: 'GET', url: '/api/v1/sources', remoteAddress });
      expect(api.statusCode).toBe(403);
      const body = api.json() as { error: { code: string; message: string } };
      expect(body.error.code).toBe('TRK_ERR_OPERATOR_LOCAL_ONLY');
      expect(body.error.message).toMatch(/only on the machine/);
      // A token offered to a server that has none opens nothing.
      const offered = await app.inject({
        method: 'GET',
        url: '/api/v1/sources',
        remoteAddress,
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(offered.statusCode).toBe(403);
    }
  });
});

describe('operator routes reached by another spelling', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ config: loadConfig({}, {}) });
  });
  afterAll(async () => {
    await app.close();
  });

  it('guards the route, not the spelling of its path', async () => {
    for (const url of ['/%6Fperator/sources', '/operator/sources?lang=fr', '/api/v1/sources?x=1']) {
      const res = await app.inject({ method: 'GET', url, remoteAddress: REMOTE });
      expect(res.statusCode, url).not.toBe(200);
      expect([403, 404], url).toContain(res.statusCode);
    }
  });
});

describe('operator access pieces', () => {
  it('reads the offered secret from Bearer or the Basic password', () => {
    expect(offeredToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(offeredToken(`bearer   ${TOKEN} `)).toBe(TOKEN);
    expect(offeredToken(basic('u', 'pa:ss'))).toBe('pa:ss');
    expect(offeredToken('Basic bm9jb2xvbg==')).toBeUndefined(); // "nocolon"
    expect(offeredToken('Digest abc')).toBeUndefined();
    expect(offeredToken('Bearer')).toBeUndefined();
    expect(offeredToken(undefined)).toBeUndefined();
  });

  it('compares secrets exactly', () => {
    expect(sameSecret(TOKEN, TOKEN)).toBe(true);
    expect(sameSecret(`${TOKEN} `, TOKEN)).toBe(false);
    expect(sameSecret('', TOKEN)).toBe(false);
    expect(sameSecret(TOKEN.toUpperCase(), TOKEN)).toBe(false);
  });

  it('knows the loopback addresses', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect([REMOTE, '0.0.0.0', '::', 'localhost'].some(isLoopback)).toBe(false);
  });

  it('refuses a short token setting without repeating it', () => {
    const short = 'tiny-secret';
    expect(() => loadConfig({ TRACKLINE_OPERATOR_TOKEN: short }, {})).toThrow(
      /TRACKLINE_OPERATOR_TOKEN=\[hidden\] is not accepted/,
    );
    let message = '';
    try {
      loadConfig({}, { operatorToken: short });
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('--operator-token=[hidden]');
    expect(message).not.toContain(short);
    expect(loadConfig({ TRACKLINE_OPERATOR_TOKEN: ` ${TOKEN} ` }, {}).operatorToken).toBe(TOKEN);
  });
});
