import { beforeEach, describe, expect, it } from 'vitest';
import { CarrierAuthError, type CarrierRateLimitError, CarrierUnavailableError } from './errors.js';
import { readRateLimit } from './http.js';
import { type ClientAuthStyle, createTokenProvider, sendAuthorized, statusError } from './oauth.js';
import { failure, type Handler, sendJson, testDeps, useLoopback } from './test-helpers/loopback.js';

const ID = 'client-id-7731';
const SECRET = 'very-secret-5Gq9zW';

let onToken: Handler;
let onApi: Handler;
let issued = 0;

const issueToken =
  (expiresIn: number | string = 3600): Handler =>
  (_s, res) => {
    issued++;
    sendJson(res, 200, {
      access_token: `tok-${issued}`,
      token_type: 'Bearer',
      expires_in: expiresIn,
    });
  };
const echoBearer: Handler = (s, res) => sendJson(res, 200, { auth: s.headers.authorization });

const server = useLoopback((s, res) => (s.path.startsWith('/token') ? onToken : onApi)(s, res));
const seen = server.seen;
beforeEach(() => {
  seen.length = 0;
  issued = 0;
  onToken = issueToken();
  onApi = echoBearer;
});

let clock = 0;
const deps = testDeps({ now: () => clock });
const provider = (style: ClientAuthStyle = 'form', extra = {}) =>
  createTokenProvider(
    {
      sourceId: 'test',
      tokenUrl: `${server.base}/token`,
      clientId: ID,
      clientSecret: SECRET,
      style,
      ...extra,
    },
    deps,
  );
const call = (tokens: ReturnType<typeof provider>) =>
  sendAuthorized('test', tokens, deps, { url: `${server.base}/api`, method: 'GET' });
const tokenRequests = () => seen.filter((s) => s.path.startsWith('/token'));

describe('token request per client-auth style', () => {
  it('basic: id and secret in the Authorization header, grant type in a form body', async () => {
    await provider('basic', { headers: { 'x-merchant-id': 'M1' } }).token();
    const [req] = tokenRequests();
    expect(req?.method).toBe('POST');
    const expected = `Basic ${Buffer.from(`${ID}:${SECRET}`).toString('base64')}`;
    expect(req?.headers.authorization).toBe(expected);
    expect(req?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req?.headers['x-merchant-id']).toBe('M1');
    expect(new URLSearchParams(req?.body).get('grant_type')).toBe('client_credentials');
    expect(req?.body).not.toContain(SECRET);
  });

  it('form: id and secret as form fields', async () => {
    await provider('form').token();
    const form = new URLSearchParams(tokenRequests()[0]?.body);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'client_credentials',
      client_id: ID,
      client_secret: SECRET,
    });
    expect(tokenRequests()[0]?.headers.authorization).toBeUndefined();
  });

  it('json: id, secret and scope in a JSON body', async () => {
    await provider('json', { scope: 'tracking' }).token();
    const req = tokenRequests()[0];
    expect(req?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req?.body ?? '')).toEqual({
      grant_type: 'client_credentials',
      scope: 'tracking',
      client_id: ID,
      client_secret: SECRET,
    });
  });
});

describe('token cache', () => {
  it('one token for many calls, and one fetch for concurrent callers', async () => {
    clock = 0;
    const tokens = provider();
    const answers = await Promise.all(Array.from({ length: 12 }, () => call(tokens)));
    await call(tokens);
    expect(tokenRequests()).toHaveLength(1);
    expect(answers.every((a) => JSON.parse(a.text).auth === 'Bearer tok-1')).toBe(true);
  });

  it('refreshes shortly before expires_in (a numeric string too)', async () => {
    clock = 1_000_000;
    onToken = issueToken('600');
    const tokens = provider();
    expect(await tokens.token()).toBe('tok-1');
    clock += 600_000 - 61_000;
    expect(await tokens.token()).toBe('tok-1');
    clock += 2_000;
    expect(await tokens.token()).toBe('tok-2');
    expect(tokenRequests()).toHaveLength(2);
  });

  it('a 401 from the API drops the token, fetches a new one and retries once', async () => {
    let calls = 0;
    onApi = (s, res) => {
      calls++;
      if (s.headers.authorization === 'Bearer tok-1') return sendJson(res, 401, { error: 'stale' });
      echoBearer(s, res);
    };
    const answer = await call(provider());
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).auth).toBe('Bearer tok-2');
    expect(calls).toBe(2);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('a second 401 is returned, not retried again', async () => {
    let calls = 0;
    onApi = (_s, res) => {
      calls++;
      sendJson(res, 401, {});
    };
    const answer = await call(provider());
    expect(answer.status).toBe(401);
    expect(calls).toBe(2);
    expect(statusError('test', answer, 0)).toBeInstanceOf(CarrierAuthError);
  });

  it('invalidate keeps a newer token', async () => {
    const tokens = provider();
    const first = await tokens.token();
    tokens.invalidate(first);
    const second = await tokens.token();
    tokens.invalidate(first);
    expect(await tokens.token()).toBe(second);
    expect(tokenRequests()).toHaveLength(2);
  });
});

describe('token endpoint failures', () => {
  it.each([
    [401, { error: 'invalid_client' }],
    [403, {}],
    [400, { error: 'invalid_client', error_description: `client ${ID} unknown` }],
  ])('HTTP %i → CarrierAuthError without the secret', async (status, body) => {
    onToken = (_s, res) => sendJson(res, status, body);
    const error = await failure(provider('basic').token());
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect((error as Error).message).not.toContain(SECRET);
    expect((error as Error).message).not.toContain(
      Buffer.from(`${ID}:${SECRET}`).toString('base64'),
    );
  });

  it('a failed fetch is not cached: the next call tries again', async () => {
    onToken = (_s, res) => sendJson(res, 503, {});
    const tokens = provider();
    expect(await failure(tokens.token())).toBeInstanceOf(CarrierUnavailableError);
    onToken = issueToken();
    expect(await tokens.token()).toBe('tok-1');
  });

  it('429 → CarrierRateLimitError with Retry-After; no access_token → unavailable', async () => {
    onToken = (_s, res) => sendJson(res, 429, {}, { 'retry-after': '9' });
    const limited = await failure(provider().token());
    expect((limited as CarrierRateLimitError).retryAfterMs).toBe(9_000);
    onToken = (_s, res) => sendJson(res, 200, { token_type: 'Bearer' });
    expect(await failure(provider().token())).toBeInstanceOf(CarrierUnavailableError);
  });
});

describe('readRateLimit', () => {
  it('reads x-ratelimit-* headers; reset as seconds from now or epoch seconds', () => {
    const h = new Headers({
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '12',
      'x-ratelimit-reset': '30',
    });
    expect(readRateLimit(h, 1_000)).toEqual({ limit: 60, remaining: 12, resetAt: 31_000 });
    const epoch = new Headers({ 'ratelimit-reset': '1800000000' });
    expect(readRateLimit(epoch, 0)).toEqual({ resetAt: 1_800_000_000_000 });
    expect(readRateLimit(new Headers(), 0)).toBeUndefined();
  });
});
