/**
 * @module carriers/cainiao/client
 * HTTP half of the Cainiao adapter: one GET of the public tracking page's JSON endpoint
 * (`detail.json?mailNos=a,b&lang=…`) through the injected fetch, with a timeout. Keyless,
 * so politeness is ours: at most one request every `minIntervalMs`, and an answer that is a
 * block page or a captcha (HTML instead of JSON, or a known anti-bot marker) becomes a
 * CarrierRateLimitError with a long back-off (`blockBackoffMs`, hours) so the scheduler
 * rests the source and its health shows it.
 */
import { CarrierRateLimitError, CarrierUnavailableError } from '../errors.js';
import {
  createSerialQueue,
  createSpacing,
  isOk,
  readJson,
  statusError,
  timedFetch,
} from '../http.js';
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

const looksLikeHtml = (text: string) => /^\s*</.test(text);

export function createCainiaoClient(config: CainiaoConfig, deps: ClientDeps): CainiaoClient {
  /** Requests queue behind each other, at least `minIntervalMs` apart (deps clock). */
  const space = createSpacing(config.minIntervalMs, () => deps.now());
  const serial = createSerialQueue();
  const blocked = () => new CarrierRateLimitError(CAINIAO_SOURCE_ID, config.blockBackoffMs);

  async function request(numbers: readonly string[], signal?: AbortSignal) {
    signal?.throwIfAborted();
    await space(signal);
    const url = new URL(config.baseUrl);
    url.searchParams.set('mailNos', numbers.join(','));
    url.searchParams.set('lang', config.language);
    const init = { method: 'GET', headers: { accept: 'application/json' } };
    const answer = await timedFetch(CAINIAO_SOURCE_ID, deps, url.toString(), init, signal);
    const { status, text } = answer;
    // Keyless: a 401/403 is the anti-bot gateway refusing us, not a credential problem.
    if (status === 401 || status === 403) throw blocked();
    const failure = statusError(CAINIAO_SOURCE_ID, answer, deps.now(), config.blockBackoffMs);
    if (failure) throw failure;
    if (!isOk(status)) {
      throw new CarrierUnavailableError(CAINIAO_SOURCE_ID, `unexpected HTTP ${status}`);
    }
    let body = readJson(text);
    if (body === undefined) {
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
    fetchRaw: (numbers, signal) => serial(() => request(numbers, signal)),
  };
}
