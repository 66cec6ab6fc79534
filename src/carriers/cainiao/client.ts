/**
 * @module carriers/cainiao/client
 * HTTP half of the Cainiao adapter: one GET of the public tracking page's JSON endpoint
 * (`detail.json?mailNos=a,b&lang=…`) through the injected fetch, with a timeout. Keyless,
 * so politeness is ours: at most one request every `minIntervalMs`, and an answer that is a
 * block page or a captcha (HTML instead of JSON, or a known anti-bot marker) becomes a
 * CarrierRateLimitError with a long back-off (`blockBackoffMs`, hours) so the scheduler
 * rests the source and its health shows it.
 */
import { CarrierRateLimitError, CarrierUnavailableError, retryAfterMs } from '../errors.js';
import type { ClientDeps, SourceClient } from '../types.js';
import { hasBlockMarker } from './codes.js';
import { CAINIAO_SOURCE_ID, type CainiaoEnvelope } from './parse.js';

export interface CainiaoConfig {
  /** The JSON endpoint behind global.cainiao.com's tracking page. */
  baseUrl: string;
  /** Least time between two requests, in ms. */
  minIntervalMs: number;
  /** How long to rest the source after a block or captcha answer, in ms. */
  blockBackoffMs: number;
  /** Language of the descriptions, e.g. 'en-US'. */
  language: string;
}

export interface CainiaoClient extends SourceClient {
  /** Resolves with the envelope `{mailNos, lang, body}` that parseCainiao reads. */
  fetchRaw(numbers: readonly string[], signal?: AbortSignal): Promise<CainiaoEnvelope>;
}

/** Waits `ms`, or rejects when the signal aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
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

const looksLikeHtml = (text: string) => /^\s*</.test(text);

export function createCainiaoClient(config: CainiaoConfig, deps: ClientDeps): CainiaoClient {
  /** When the next request may start (ms, deps clock); requests queue behind each other. */
  let nextAt = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();
  const blocked = () => new CarrierRateLimitError(CAINIAO_SOURCE_ID, config.blockBackoffMs);

  async function request(numbers: readonly string[], signal?: AbortSignal) {
    signal?.throwIfAborted();
    await pause(nextAt - deps.now(), signal);
    nextAt = deps.now() + config.minIntervalMs;
    const url = new URL(config.baseUrl);
    url.searchParams.set('mailNos', numbers.join(','));
    url.searchParams.set('lang', config.language);
    const timeout = AbortSignal.timeout(deps.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const res = await deps.fetch(url.toString(), {
        method: 'GET',
        headers: { accept: 'application/json' },
        signal: combined,
      });
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      text = await res.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      const what = timeout.aborted ? `no answer within ${deps.timeoutMs} ms` : 'network error';
      throw new CarrierUnavailableError(CAINIAO_SOURCE_ID, what, { cause: error });
    }
    if (status === 429) {
      throw new CarrierRateLimitError(
        CAINIAO_SOURCE_ID,
        retryAfterMs(retryAfter, deps.now(), config.blockBackoffMs),
      );
    }
    // Keyless: a 401/403 is the anti-bot gateway refusing us, not a credential problem.
    if (status === 401 || status === 403) throw blocked();
    if (status >= 500) throw new CarrierUnavailableError(CAINIAO_SOURCE_ID, `HTTP ${status}`);
    if (status < 200 || status >= 300) {
      throw new CarrierUnavailableError(CAINIAO_SOURCE_ID, `unexpected HTTP ${status}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      if (looksLikeHtml(text) || hasBlockMarker(text)) throw blocked();
      body = text;
    }
    const tracking =
      typeof body === 'object' &&
      body !== null &&
      Array.isArray((body as { module?: unknown }).module);
    if (!tracking && typeof body !== 'string' && hasBlockMarker(text)) throw blocked();
    return { mailNos: [...numbers], lang: config.language, body };
  }

  return {
    fetchRaw(numbers, signal) {
      const run = queue.then(() => request(numbers, signal));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
