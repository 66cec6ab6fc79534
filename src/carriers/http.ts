/**
 * @module carriers/http
 * The HTTP plumbing every carrier client shares: one fetch with the client's timeout
 * (transport trouble → CarrierUnavailableError), the status → typed error mapping (401/403
 * auth, 429 rate limit with Retry-After, 5xx unavailable), a JSON read that never throws,
 * the usual rate-limit headers, and request spacing for sources that ask us to be polite.
 * What a source makes of any other status stays in its own client.
 */
import {
  CarrierAuthError,
  CarrierRateLimitError,
  CarrierUnavailableError,
  retryAfterMs,
} from './errors.js';
import type { ClientDeps } from './types.js';

/** Used when a 429 comes without Retry-After and the caller names no other wait. */
export const DEFAULT_RATE_LIMIT_MS = 60_000;

/** What an HTTP exchange gave back, body read as text. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** One fetch with the client's timeout; transport trouble → CarrierUnavailableError. */
export async function timedFetch(
  sourceId: string,
  deps: ClientDeps,
  url: string,
  init: RequestInit,
  signal?: AbortSignal,
): Promise<HttpAnswer> {
  const timeout = AbortSignal.timeout(deps.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const res = await deps.fetch(url, { ...init, signal: combined });
    return { status: res.status, headers: res.headers, text: await res.text() };
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    const what = timeout.aborted ? `no answer within ${deps.timeoutMs} ms` : 'network error';
    throw new CarrierUnavailableError(sourceId, what, { cause: error });
  }
}

/** True for a 2xx status. */
export const isOk = (status: number): boolean => status >= 200 && status < 300;

/**
 * The transport errors every API shares: 401/403 auth, 429 rate limit with Retry-After
 * (else `fallbackRetryMs`), 5xx unavailable. Undefined for any other status (the caller
 * decides). `authMessage` replaces CarrierAuthError's default message when given.
 */
export function statusError(
  sourceId: string,
  answer: HttpAnswer,
  nowMs: number,
  fallbackRetryMs = DEFAULT_RATE_LIMIT_MS,
  authMessage?: string,
): Error | undefined {
  const { status } = answer;
  if (status === 401 || status === 403) return new CarrierAuthError(sourceId, authMessage);
  if (status === 429) {
    const wait = retryAfterMs(answer.headers.get('retry-after'), nowMs, fallbackRetryMs);
    return new CarrierRateLimitError(sourceId, wait);
  }
  if (status >= 500) return new CarrierUnavailableError(sourceId, `HTTP ${status}`);
  return undefined;
}

/** The parsed JSON of `text`, or undefined when it is not JSON (JSON never parses to undefined). */
export function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The parsed JSON of `text`, or the text itself when it is not JSON (for parse to report). */
export function jsonOrText(text: string): unknown {
  const json = readJson(text);
  return json === undefined ? text : json;
}

/** What a source said of its quota in the last answer (headers vary; all optional). */
export interface RateLimitSnapshot {
  limit?: number;
  remaining?: number;
  /** When the window resets (epoch ms), when the source said. */
  resetAt?: number;
}

const num = (h: string | null) => (h !== null && h.trim() !== '' ? Number(h) : Number.NaN);

/**
 * Reads the usual rate-limit headers (`x-ratelimit-limit|remaining|reset`, or the IETF
 * `ratelimit-*` names). `reset` is taken as seconds from now when small, else epoch seconds.
 */
export function readRateLimit(headers: Headers, nowMs: number): RateLimitSnapshot | undefined {
  const get = (name: string) =>
    headers.get(`x-ratelimit-${name}`) ?? headers.get(`ratelimit-${name}`);
  const limit = num(get('limit'));
  const remaining = num(get('remaining'));
  const reset = num(get('reset'));
  const out: RateLimitSnapshot = {};
  if (Number.isFinite(limit)) out.limit = limit;
  if (Number.isFinite(remaining)) out.remaining = remaining;
  if (Number.isFinite(reset)) out.resetAt = reset > 1e9 ? reset * 1000 : nowMs + reset * 1000;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Waits `ms`, or rejects when the signal aborts. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Request spacing: each call of the returned function waits until at least `minIntervalMs`
 * (deps clock) has passed since the previous one started, then marks the start of this one.
 */
export function createSpacing(
  minIntervalMs: number,
  now: () => number,
): (signal?: AbortSignal) => Promise<void> {
  let nextAt = Number.NEGATIVE_INFINITY;
  return async (signal) => {
    await pause(nextAt - now(), signal);
    nextAt = now() + minIntervalMs;
  };
}

/** Runs tasks one after another: each starts once the previous one settled. */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
}
