/**
 * @module carriers/oauth
 * OAuth 2 client credentials for the carrier APIs that use them (UPS, FedEx, USPS): a token
 * provider that fetches a token (HTTP Basic, form fields or a JSON body, per source),
 * caches it until shortly before `expires_in`, keeps one refresh in flight however many
 * calls wait on it, and forgets a token the API refused. `sendAuthorized` makes a bearer
 * call through it and, on a 401, fetches a fresh token and retries once. Secrets are never
 * put into an error message. Fetch and clock are injected (ClientDeps); the timed fetch and
 * the status mapping come from http.ts, with the bearer wording for a refused token.
 */
import { CarrierAuthError, CarrierUnavailableError } from './errors.js';
import {
  DEFAULT_RATE_LIMIT_MS,
  type HttpAnswer,
  statusError as httpStatusError,
  isOk,
  jsonOrText,
  readJson,
  timedFetch,
} from './http.js';
import type { ClientDeps } from './types.js';

/** How the client id and secret travel to the token endpoint. */
export type ClientAuthStyle = 'basic' | 'form' | 'json';

export interface TokenProviderOptions {
  sourceId: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  style: ClientAuthStyle;
  scope?: string | undefined;
  /** Extra headers for the token request (e.g. UPS x-merchant-id). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Refresh this long before the token expires (ms); default 60 s, at most half its life. */
  earlyMs?: number;
  /** Lifetime assumed when the answer has no usable `expires_in` (ms); default 30 min. */
  defaultTtlMs?: number;
}

export interface TokenProvider {
  /** A valid access token: the cached one, or one fetched now (one fetch for all callers). */
  token(): Promise<string>;
  /** Forget `token` because the API refused it (a newer token is kept). */
  invalidate(token: string): void;
}

interface Cached {
  value: string;
  /** When to stop using it (deps clock, ms). */
  refreshAt: number;
}

/** Seconds as a number or a numeric string (UPS and USPS send strings). */
function seconds(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** RFC 6749 §5.2 errors that mean "these credentials are wrong", whatever the HTTP status. */
const CREDENTIAL_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'invalid_grant']);

export function createTokenProvider(
  options: TokenProviderOptions,
  deps: ClientDeps,
): TokenProvider {
  const { sourceId } = options;
  let cached: Cached | undefined;
  let inflight: Promise<Cached> | undefined;

  function request(): { headers: Record<string, string>; body: string } {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const fields: Record<string, string> = { grant_type: 'client_credentials' };
    if (options.scope) fields['scope'] = options.scope;
    if (options.style === 'basic') {
      const pair = `${options.clientId}:${options.clientSecret}`;
      headers['authorization'] = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
    } else {
      fields['client_id'] = options.clientId;
      fields['client_secret'] = options.clientSecret;
    }
    if (options.style === 'json') {
      headers['content-type'] = 'application/json';
      return { headers, body: JSON.stringify(fields) };
    }
    headers['content-type'] = 'application/x-www-form-urlencoded';
    return { headers, body: new URLSearchParams(fields).toString() };
  }

  async function fetchToken(): Promise<Cached> {
    const { headers, body } = request();
    const answer = await timedFetch(sourceId, deps, options.tokenUrl, {
      method: 'POST',
      headers,
      body,
    });
    const json = readJson(answer.text) as Record<string, unknown> | undefined;
    const oauthError = typeof json?.['error'] === 'string' ? json['error'] : undefined;
    if (
      answer.status === 401 ||
      answer.status === 403 ||
      (answer.status === 400 && oauthError !== undefined && CREDENTIAL_ERRORS.has(oauthError))
    ) {
      throw new CarrierAuthError(
        sourceId,
        `the token endpoint refused the client credentials (HTTP ${answer.status})`,
      );
    }
    const failure = statusError(sourceId, answer, deps.now());
    if (failure) throw failure;
    if (answer.status < 200 || answer.status >= 300) {
      throw new CarrierUnavailableError(sourceId, `token endpoint answered HTTP ${answer.status}`);
    }
    const value = json?.['access_token'];
    if (typeof value !== 'string' || value === '') {
      throw new CarrierUnavailableError(sourceId, 'token endpoint answer has no access_token');
    }
    const ttlMs =
      (seconds(json?.['expires_in']) ?? 0) * 1000 || (options.defaultTtlMs ?? 1_800_000);
    const early = Math.min(options.earlyMs ?? 60_000, ttlMs / 2);
    return { value, refreshAt: deps.now() + ttlMs - early };
  }

  return {
    async token() {
      if (cached && deps.now() < cached.refreshAt) return cached.value;
      if (!inflight) {
        inflight = fetchToken().then(
          (fresh) => {
            cached = fresh;
            inflight = undefined;
            return fresh;
          },
          (error: unknown) => {
            inflight = undefined;
            throw error;
          },
        );
      }
      return (await inflight).value;
    },
    invalidate(token) {
      if (cached?.value === token) cached = undefined;
    },
  };
}

/**
 * http.ts's statusError for a bearer-token API: 401/403 say the API refused our access
 * token, 429 waits for Retry-After, 5xx is unavailable; undefined for any other status.
 */
export function statusError(
  sourceId: string,
  answer: HttpAnswer,
  nowMs: number,
  fallbackRetryMs = DEFAULT_RATE_LIMIT_MS,
): Error | undefined {
  const refused = `the API refused our access token (HTTP ${answer.status})`;
  return httpStatusError(sourceId, answer, nowMs, fallbackRetryMs, refused);
}

/**
 * The body of a bearer API's answer (JSON, else the text): a 2xx, or a 400/404 whose body is
 * JSON (the request errors parse reports). Auth, rate limit and 5xx throw as statusError
 * says; any other status is a CarrierUnavailableError quoting the start of the body.
 */
export function answerBody(
  sourceId: string,
  answer: HttpAnswer,
  nowMs: number,
  fallbackRetryMs = DEFAULT_RATE_LIMIT_MS,
): unknown {
  const failure = statusError(sourceId, answer, nowMs, fallbackRetryMs);
  if (failure) throw failure;
  const body = jsonOrText(answer.text);
  if (isOk(answer.status)) return body;
  if ((answer.status === 404 || answer.status === 400) && typeof body === 'object') return body;
  throw new CarrierUnavailableError(
    sourceId,
    `unexpected HTTP ${answer.status}: ${answer.text.slice(0, 200)}`,
  );
}

export interface AuthorizedRequest {
  url: string;
  method: 'GET' | 'POST';
  headers?: Readonly<Record<string, string>>;
  body?: string;
}

/**
 * A bearer-authorized call. A 401 means the token went stale early (revoked, rotated): the
 * provider forgets it, a fresh one is fetched, and the call is made once more.
 */
export async function sendAuthorized(
  sourceId: string,
  tokens: TokenProvider,
  deps: ClientDeps,
  req: AuthorizedRequest,
  signal?: AbortSignal,
): Promise<HttpAnswer> {
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    const token = await tokens.token();
    const init: RequestInit = {
      method: req.method,
      headers: { accept: 'application/json', ...req.headers, authorization: `Bearer ${token}` },
    };
    if (req.body !== undefined) init.body = req.body;
    const answer = await timedFetch(sourceId, deps, req.url, init, signal);
    if (answer.status !== 401 || attempt > 0) return answer;
    tokens.invalidate(token);
  }
}
