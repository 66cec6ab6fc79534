/**
 * @module carriers/aftership/client
 * HTTP half of the AfterShip adapter (reference §3, API 2025-01): every call carries the
 * `as-api-key` header. fetchRaw is get trackings (`GET /trackings?tracking_numbers=a,b`, at
 * most 50 numbers a call); `createTracking` (`POST /trackings`), `getTracking`
 * (`GET /trackings/{id}`) and `detectCourier` (`POST /couriers/detect`) are methods of the
 * same client. 401/403 → CarrierAuthError; 429 → CarrierRateLimitError (Retry-After, else
 * `x-ratelimit-reset`); 5xx / timeout → CarrierUnavailableError. The key is sent only in its
 * header and never appears in an error message.
 */
import { CarrierUnavailableError } from '../errors.js';
import { isOk, readJson, statusError, timedFetch } from '../http.js';
import type { ClientDeps, SourceClient } from '../types.js';
import { type AfterShipEnvelope, AFTERSHIP_SOURCE_ID as ID, isRec } from './parse.js';

export interface AfterShipConfig {
  apiKey: string;
  /** e.g. 'https://api.aftership.com/tracking/2025-01'. */
  baseUrl: string;
  /** Signs webhook pushes (web/hooks.ts); the client itself never sends it. */
  webhookSecret?: string | undefined;
}

/** Most numbers one get-trackings call carries (assumed from the SDK's query docs). */
export const BATCH_SIZE = 50;
/** Used when a 429 says neither Retry-After nor x-ratelimit-reset. */
const DEFAULT_RETRY_MS = 1_000;

export interface CreateTrackingInput {
  trackingNumber: string;
  /** AfterShip courier slug; without it AfterShip detects the courier. */
  slug?: string;
  title?: string;
  orderNumber?: string;
  /** ISO alpha-3 destination, helps detection. */
  destinationCountry?: string;
}

export interface DetectCourierInput {
  trackingNumber: string;
  /** Slugs to restrict detection to. */
  slug?: string[];
}

export interface AfterShipClient extends SourceClient {
  /** Resolves with `{requested, body}` that parseAfterShip reads. */
  fetchRaw(numbers: readonly string[], signal?: AbortSignal): Promise<AfterShipEnvelope>;
  createTracking(input: CreateTrackingInput, signal?: AbortSignal): Promise<unknown>;
  getTracking(id: string, signal?: AbortSignal): Promise<unknown>;
  detectCourier(input: DetectCourierInput, signal?: AbortSignal): Promise<unknown>;
}

/** ms until `x-ratelimit-reset` (epoch seconds), when sent and in the future. */
function resetMs(header: string | null, now: number): number | undefined {
  const reset = Number(header);
  if (!header || !Number.isFinite(reset)) return undefined;
  const ms = reset * 1000 - now;
  return ms > 0 ? ms : undefined;
}

export function createAfterShipClient(config: AfterShipConfig, deps: ClientDeps): AfterShipClient {
  const base = config.baseUrl.replace(/\/+$/, '');

  async function call(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal) {
    const headers: Record<string, string> = {
      'as-api-key': config.apiKey,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const init = { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) };
    const answer = await timedFetch(ID, deps, `${base}${path}`, init, signal);
    const { status } = answer;
    const now = deps.now();
    const fallback = resetMs(answer.headers.get('x-ratelimit-reset'), now) ?? DEFAULT_RETRY_MS;
    const failure = statusError(ID, answer, now, fallback);
    if (failure) throw failure;
    const parsed = readJson(answer.text);
    if (parsed === undefined) {
      if (!isOk(status)) throw new CarrierUnavailableError(ID, `unexpected HTTP ${status}`);
      return answer.text;
    }
    // A 4xx with AfterShip's `{meta}` envelope (4004 not found, 4003 exists…) is data for parse.
    if (!isOk(status) && !(isRec(parsed) && isRec(parsed['meta']))) {
      throw new CarrierUnavailableError(ID, `unexpected HTTP ${status}`);
    }
    return parsed;
  }

  async function getTrackings(numbers: readonly string[], signal?: AbortSignal) {
    const query = new URLSearchParams({ tracking_numbers: numbers.join(','), limit: '200' });
    return call('GET', `/trackings?${query.toString()}`, undefined, signal);
  }

  return {
    async fetchRaw(numbers, signal) {
      if (numbers.length <= BATCH_SIZE) {
        return { requested: [...numbers], body: await getTrackings(numbers, signal) };
      }
      // Several batches merge into one get-trackings answer.
      const trackings: unknown[] = [];
      for (let i = 0; i < numbers.length; i += BATCH_SIZE) {
        const body = await getTrackings(numbers.slice(i, i + BATCH_SIZE), signal);
        const meta = isRec(body) && isRec(body['meta']) ? body['meta'] : undefined;
        if (meta?.['code'] !== 200) return { requested: [...numbers], body };
        const data = isRec(body) && isRec(body['data']) ? body['data'] : {};
        if (Array.isArray(data['trackings'])) trackings.push(...data['trackings']);
      }
      return { requested: [...numbers], body: { meta: { code: 200 }, data: { trackings } } };
    },
    createTracking(input, signal) {
      const body: Record<string, unknown> = { tracking_number: input.trackingNumber };
      if (input.slug) body['slug'] = input.slug;
      if (input.title) body['title'] = input.title;
      if (input.orderNumber) body['order_number'] = input.orderNumber;
      if (input.destinationCountry) body['destination_country_region'] = input.destinationCountry;
      return call('POST', '/trackings', body, signal);
    },
    getTracking: (id, signal) =>
      call('GET', `/trackings/${encodeURIComponent(id)}`, undefined, signal),
    detectCourier(input, signal) {
      const body: Record<string, unknown> = { tracking_number: input.trackingNumber };
      if (input.slug && input.slug.length > 0) body['slug'] = input.slug;
      return call('POST', '/couriers/detect', body, signal);
    },
  };
}
