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
import {
  CarrierAuthError,
  CarrierRateLimitError,
  CarrierUnavailableError,
  retryAfterMs,
} from '../errors.js';
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

export function createDhlClient(config: DhlConfig, deps: ClientDeps): DhlClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  let nextAt = Number.NEGATIVE_INFINITY;
  let day = -1;
  let used = 0;
  let queue: Promise<unknown> = Promise.resolve();

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
    await pause(nextAt - deps.now(), signal);
    nextAt = deps.now() + config.minIntervalMs;
    used += 1;
    const service = item.service ?? serviceFor(item.carrierId) ?? config.service;
    const query = new URLSearchParams({ trackingNumber: item.number.trim() });
    if (service) query.set('service', service);
    if (config.language) query.set('language', config.language);
    const timeout = AbortSignal.timeout(deps.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let res: Response;
    let text: string;
    try {
      res = await deps.fetch(`${base}/track/shipments?${query.toString()}`, {
        method: 'GET',
        headers: { 'DHL-API-Key': config.apiKey, accept: 'application/json' },
        signal: combined,
      });
      text = await res.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      const what = timeout.aborted ? `no answer within ${deps.timeoutMs} ms` : 'network error';
      throw new CarrierUnavailableError(ID, what, { cause: error });
    }
    const status = res.status;
    if (status === 401 || status === 403) throw new CarrierAuthError(ID);
    if (status === 429) {
      throw new CarrierRateLimitError(
        ID,
        retryAfterMs(res.headers.get('retry-after'), deps.now(), DEFAULT_RETRY_MS),
      );
    }
    if (status >= 500) throw new CarrierUnavailableError(ID, `HTTP ${status}`);
    let body: unknown = text;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      if (status < 200 || status >= 300)
        throw new CarrierUnavailableError(ID, `unexpected HTTP ${status}`);
    }
    if ((status < 200 || status >= 300) && !isRec(body)) {
      throw new CarrierUnavailableError(ID, `unexpected HTTP ${status}`);
    }
    const answer: DhlAnswer = { trackingNumber: item.number, httpStatus: status, body };
    if (service) answer.service = service;
    return answer;
  }

  /** Numbers one after another, each call queued behind the previous one. */
  async function fetchItems(items: readonly DhlItem[], signal?: AbortSignal): Promise<DhlEnvelope> {
    const run = queue.then(async () => {
      const answers: DhlAnswer[] = [];
      for (const item of items) answers.push(await track(item, signal));
      return { answers };
    });
    queue = run.catch(() => undefined);
    return run;
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
