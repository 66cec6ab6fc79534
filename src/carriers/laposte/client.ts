/**
 * @module carriers/laposte/client
 * HTTP half of the La Poste "Suivi" v2 adapter (reference §6.5): `GET /idships/{id,id…}
 * ?lang=…` with the `X-Okapi-Key` header, several ids comma-separated (at most BATCH_SIZE a
 * call). Per-id answers — 404 unknown, 400 bad format, 207 multi-status — are data for
 * parse; 401/403 → CarrierAuthError; 429 → CarrierRateLimitError (Retry-After); 5xx /
 * timeout → CarrierUnavailableError. The key is sent only in its header and never appears in
 * an error message.
 */
import { CarrierUnavailableError } from '../errors.js';
import { isOk, readJson, statusError, timedFetch } from '../http.js';
import type { ClientDeps, SourceClient } from '../types.js';
import { LAPOSTE_SOURCE_ID as ID, isRec } from './parse.js';

export type LaPosteLang = 'fr_FR' | 'en_GB';

export interface LaPosteConfig {
  apiKey: string;
  /** e.g. 'https://api.laposte.fr/suivi/v2'. */
  baseUrl: string;
  lang: LaPosteLang;
}

/** Ids per call: the reference gives no figure; 10 is an assumption kept small on purpose. */
export const BATCH_SIZE = 10;
const DEFAULT_RETRY_MS = 1_000;

export function createLaPosteClient(config: LaPosteConfig, deps: ClientDeps): SourceClient {
  const base = config.baseUrl.replace(/\/+$/, '');

  async function get(ids: readonly string[], signal?: AbortSignal): Promise<unknown> {
    const path = ids.map((id) => encodeURIComponent(id.trim())).join(',');
    const url = `${base}/idships/${path}?lang=${encodeURIComponent(config.lang)}`;
    const init = {
      method: 'GET',
      headers: { 'X-Okapi-Key': config.apiKey, accept: 'application/json' },
    };
    const answer = await timedFetch(ID, deps, url, init, signal);
    const { status } = answer;
    const failure = statusError(ID, answer, deps.now(), DEFAULT_RETRY_MS);
    if (failure) throw failure;
    const body = readJson(answer.text);
    if (body === undefined) {
      if (isOk(status)) return answer.text;
      throw new CarrierUnavailableError(ID, `unexpected HTTP ${status}`);
    }
    // 400/404 with a per-id body are answers about the numbers, not transport failures.
    if (status >= 300 && !(Array.isArray(body) || isRec(body))) {
      throw new CarrierUnavailableError(ID, `unexpected HTTP ${status}`);
    }
    return body;
  }

  return {
    async fetchRaw(numbers, signal) {
      if (numbers.length <= BATCH_SIZE) return get(numbers, signal);
      const merged: unknown[] = [];
      for (let i = 0; i < numbers.length; i += BATCH_SIZE) {
        const body = await get(numbers.slice(i, i + BATCH_SIZE), signal);
        if (Array.isArray(body)) merged.push(...body);
        else merged.push(body);
      }
      return merged;
    },
  };
}
