/**
 * @module carriers/dhl/client
 * HTTP half of the DHL Shipment Tracking – Unified adapter (reference §6.1):
 * `GET /track/shipments?trackingNumber=…&service=…` with the `DHL-API-Key` header, one number
 * a call. The `service` hint comes from the registry carrier id (dhl-express → express,
 * dhl-paket → parcel-de, …) or the configured default. Politeness is ours: calls queue at
 * least `minIntervalMs` apart (1/s) and at most `dailyQuota` a UTC day (reset 00:00 GMT);
 * past it the client refuses with a CarrierRateLimitError until midnight, and `quota()` tells
 * the health page. 401/403 → CarrierAuthError; 429 → CarrierRateLimitError (Retry-After);
 * 404/400 problem bodies are data for parse; 5xx / timeout → CarrierUnavailableError.
 */
import { CarrierRateLimitError, CarrierUnavailableError } from '../errors.js';
import {
  createSerialQueue,
  createSpacing,
  isOk,
  jsonOrText,
  statusError,
  timedFetch,
} from '../http.js';
import type { ClientDeps, SourceClient } from '../types.js';
import { type DhlService, serviceFor } from './codes.js';
import { type DhlAnswer, type DhlEnvelope, DHL_SOURCE_ID as ID, isRec } from './parse.js';

export interface DhlConfig {
  apiKey: string;
  /** e.g. 'https://api-eu.dhl.com'. */
  baseUrl: string;
  /** Calls allowed per UTC day (the initial tier allows 250). */
  dailyQuota: number;
  /** Least time between two calls, in ms (1 call/s). */
  minIntervalMs: number;
  /** Service to send when the carrier gives none; unset lets DHL choose. */
  service?: DhlService;
  /** Language of the descriptions, e.g. 'en'. */
  language?: string;
}

export interface DhlItem {
  number: string;
  /** Registry carrier id, for the service hint. */
  carrierId?: string;
  service?: DhlService;
}

export interface DhlClient extends SourceClient {
  fetchRaw(numbers: readonly string[], signal?: AbortSignal): Promise<DhlEnvelope>;
  /** Like fetchRaw, with a carrier id or service per number. */
  fetchItems(items: readonly DhlItem[], signal?: AbortSignal): Promise<DhlEnvelope>;
  /** Calls used and left today (UTC), for source health. */
  quota(): { used: number; left: number; resetsAt: number };
}

const DAY_MS = 86_400_000;
const DEFAULT_RETRY_MS = 1_000;

export function createDhlClient(config: DhlConfig, deps: ClientDeps): DhlClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  const space = createSpacing(config.minIntervalMs, () => deps.now());
  const serial = createSerialQueue();
  let day = -1;
  let used = 0;

  const today = () => Math.floor(deps.now() / DAY_MS);
  const quota = () => {
    if (today() !== day) {
      day = today();
      used = 0;
    }
    return { used, left: Math.max(0, config.dailyQuota - used), resetsAt: (day + 1) * DAY_MS };
  };

  async function track(item: DhlItem, signal?: AbortSignal): Promise<DhlAnswer> {
    signal?.throwIfAborted();
    if (quota().left === 0) throw new CarrierRateLimitError(ID, quota().resetsAt - deps.now());
    await space(signal);
    used += 1;
    const service = item.service ?? serviceFor(item.carrierId) ?? config.service;
    const query = new URLSearchParams({ trackingNumber: item.number.trim() });
    if (service) query.set('service', service);
    if (config.language) query.set('language', config.language);
    const init = {
      method: 'GET',
      headers: { 'DHL-API-Key': config.apiKey, accept: 'application/json' },
    };
    const url = `${base}/track/shipments?${query.toString()}`;
    const reply = await timedFetch(ID, deps, url, init, signal);
    const { status } = reply;
    const failure = statusError(ID, reply, deps.now(), DEFAULT_RETRY_MS);
    if (failure) throw failure;
    const body = jsonOrText(reply.text);
    // 404/400 problem bodies are data for parse; anything else off 2xx is not.
    if (!isOk(status) && !isRec(body)) {
      throw new CarrierUnavailableError(ID, `unexpected HTTP ${status}`);
    }
    const answer: DhlAnswer = { trackingNumber: item.number, httpStatus: status, body };
    if (service) answer.service = service;
    return answer;
  }

  /** Numbers one after another, each call queued behind the previous one. */
  async function fetchItems(items: readonly DhlItem[], signal?: AbortSignal): Promise<DhlEnvelope> {
    return serial(async () => {
      const answers: DhlAnswer[] = [];
      for (const item of items) answers.push(await track(item, signal));
      return { answers };
    });
  }

  return {
    fetchRaw: (numbers, signal) =>
      fetchItems(
        numbers.map((number) => ({ number })),
        signal,
      ),
    fetchItems,
    quota,
  };
}
