/**
 * @module carriers/seventeen-track/client
 * HTTP half of the 17TRACK v2.2 adapter (reference §4.1–4.2): every endpoint is a POST of a
 * JSON array with the `17token` header, at most 40 numbers per request. fetchRaw is
 * `gettrackinfo`; `register` (auto-detection, final carrier), `stoptrack`, `retrack` and
 * `changecarrier` are methods of the same client (registering is the engine's job).
 * Transport and account trouble become typed errors: 401/403 and the key error codes →
 * CarrierAuthError; 429 → CarrierRateLimitError (Retry-After); a spent quota or daily limit
 * → CarrierRateLimitError until it can come back; 5xx / timeout → CarrierUnavailableError.
 * The key is sent only in its header and never appears in an error message.
 */
import { CarrierAuthError, CarrierRateLimitError, CarrierUnavailableError } from '../errors.js';
import { isOk, readJson, statusError, timedFetch } from '../http.js';
import type { ClientDeps, SourceClient } from '../types.js';
import { API_ERRORS, AUTH_ERRORS, QUOTA_ERRORS } from './codes.js';
import { SEVENTEEN_TRACK_SOURCE_ID as ID, isRec } from './parse.js';

export interface SeventeenTrackConfig {
  apiKey: string;
  /** e.g. 'https://api.17track.net/track/v2.2'. */
  baseUrl: string;
}

/** Most numbers one request may carry (documented). */
export const BATCH_SIZE = 40;
/** Used when a 429 comes without Retry-After. */
const DEFAULT_RETRY_MS = 1_000;
const DAY_MS = 86_400_000;

export interface RegisterItem {
  number: string;
  /** 17TRACK carrier key; without it 17TRACK detects the carrier. */
  carrier?: number;
  /** 17TRACK key of the last-mile carrier, when known. */
  finalCarrier?: number;
  /** Defaults to true when no carrier is given. */
  autoDetection?: boolean;
  tag?: string;
  lang?: string;
  param?: string;
}

export interface NumberItem {
  number: string;
  carrier?: number;
}

export interface ChangeCarrierItem {
  number: string;
  carrierOld?: number;
  carrierNew: number;
  finalCarrierOld?: number;
  finalCarrierNew?: number;
}

export interface Rejection {
  number?: string;
  error?: { code?: number; message?: string };
}

/** The v2 answer envelope, batches merged. */
export interface Envelope {
  code: number;
  data: { accepted: unknown[]; rejected: Rejection[] };
}

export interface SeventeenTrackClient extends SourceClient {
  register(items: readonly (string | RegisterItem)[], signal?: AbortSignal): Promise<Envelope>;
  getTrackInfo(items: readonly (string | NumberItem)[], signal?: AbortSignal): Promise<Envelope>;
  stopTrack(items: readonly (string | NumberItem)[], signal?: AbortSignal): Promise<Envelope>;
  retrack(items: readonly (string | NumberItem)[], signal?: AbortSignal): Promise<Envelope>;
  changeCarrier(items: readonly ChangeCarrierItem[], signal?: AbortSignal): Promise<Envelope>;
}

const numberItem = (i: string | NumberItem) =>
  typeof i === 'string' ? { number: i } : i.carrier === undefined ? { number: i.number } : i;

function registerItem(i: string | RegisterItem): Record<string, unknown> {
  const item = typeof i === 'string' ? { number: i } : i;
  const body: Record<string, unknown> = {
    number: item.number,
    auto_detection: item.autoDetection ?? item.carrier === undefined,
  };
  if (item.carrier !== undefined) body['carrier'] = item.carrier;
  if (item.finalCarrier !== undefined) body['final_carrier'] = item.finalCarrier;
  if (item.tag !== undefined) body['tag'] = item.tag;
  if (item.lang !== undefined) body['lang'] = item.lang;
  if (item.param !== undefined) body['param'] = item.param;
  return body;
}

const changeItem = (i: ChangeCarrierItem) => ({
  number: i.number,
  carrier_old: i.carrierOld,
  carrier_new: i.carrierNew,
  final_carrier_old: i.finalCarrierOld,
  final_carrier_new: i.finalCarrierNew,
});

/** ms until the next 00:00 UTC (assumed reset time of the daily limit), at least an hour. */
const untilMidnightUtc = (now: number) => Math.max(3_600_000, DAY_MS - (now % DAY_MS));

function errorCodes(body: Record<string, unknown>): number[] {
  const data = isRec(body['data']) ? body['data'] : undefined;
  const errors = Array.isArray(data?.['errors']) ? data['errors'] : [];
  const codes = errors.map((e: unknown) => (isRec(e) ? e['code'] : undefined));
  return [body['code'], ...codes].filter((c): c is number => typeof c === 'number' && c !== 0);
}

export function createSeventeenTrackClient(
  config: SeventeenTrackConfig,
  deps: ClientDeps,
): SeventeenTrackClient {
  const base = config.baseUrl.replace(/\/+$/, '');

  /** Steers on account-level codes; returns the body otherwise. */
  function check(body: unknown, now: number): unknown {
    if (!isRec(body)) return body;
    const codes = errorCodes(body);
    if (codes.some((c) => AUTH_ERRORS.has(c))) throw new CarrierAuthError(ID);
    if (codes.includes(API_ERRORS.dailyLimit)) {
      throw new CarrierRateLimitError(ID, untilMidnightUtc(now));
    }
    if (codes.includes(API_ERRORS.quotaExhausted)) throw new CarrierRateLimitError(ID, DAY_MS);
    if (codes.includes(API_ERRORS.internal)) {
      throw new CarrierUnavailableError(ID, '17TRACK internal error');
    }
    // Every number refused for quota and none accepted: the account is spent, back off.
    const data = isRec(body['data']) ? body['data'] : undefined;
    const accepted = Array.isArray(data?.['accepted']) ? data['accepted'] : [];
    const rejected = Array.isArray(data?.['rejected']) ? data['rejected'] : [];
    const quota = rejected.filter((r: unknown) => {
      const e = isRec(r) && isRec(r['error']) ? r['error']['code'] : undefined;
      return typeof e === 'number' && QUOTA_ERRORS.has(e);
    });
    if (rejected.length > 0 && accepted.length === 0 && quota.length === rejected.length) {
      throw new CarrierRateLimitError(ID, untilMidnightUtc(now));
    }
    return body;
  }

  async function post(path: string, items: readonly unknown[], signal?: AbortSignal) {
    const init = {
      method: 'POST',
      headers: {
        '17token': config.apiKey,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify(items),
    };
    const answer = await timedFetch(ID, deps, `${base}/${path}`, init, signal);
    const failure = statusError(ID, answer, deps.now(), DEFAULT_RETRY_MS);
    if (failure) throw failure;
    if (!isOk(answer.status)) {
      throw new CarrierUnavailableError(ID, `unexpected HTTP ${answer.status} from ${path}`);
    }
    const body = readJson(answer.text);
    return body === undefined ? answer.text : check(body, deps.now());
  }

  /** Posts in batches of 40 and merges the answers into one envelope. */
  async function batched(path: string, items: readonly unknown[], signal?: AbortSignal) {
    const merged: Envelope = { code: 0, data: { accepted: [], rejected: [] } };
    for (let i = 0; i < items.length; i += BATCH_SIZE) {
      const body = await post(path, items.slice(i, i + BATCH_SIZE), signal);
      if (typeof body === 'string' || !isRec(body)) {
        throw new CarrierUnavailableError(ID, `${path}: the answer is not a JSON envelope`);
      }
      const data = isRec(body['data']) ? body['data'] : {};
      if (Array.isArray(data['accepted'])) merged.data.accepted.push(...data['accepted']);
      if (Array.isArray(data['rejected'])) {
        merged.data.rejected.push(...(data['rejected'].filter(isRec) as Rejection[]));
      }
      if (typeof body['code'] === 'number' && body['code'] !== 0) merged.code = body['code'];
    }
    return merged;
  }

  const getTrackInfo = (items: readonly (string | NumberItem)[], signal?: AbortSignal) =>
    batched('gettrackinfo', items.map(numberItem), signal);

  return {
    async fetchRaw(numbers, signal) {
      // A single batch passes on whatever came back (text included) for parse to report.
      if (numbers.length <= BATCH_SIZE) {
        return post('gettrackinfo', numbers.map(numberItem), signal);
      }
      return getTrackInfo(numbers, signal);
    },
    register: (items, signal) => batched('register', items.map(registerItem), signal),
    getTrackInfo,
    stopTrack: (items, signal) => batched('stoptrack', items.map(numberItem), signal),
    retrack: (items, signal) => batched('retrack', items.map(numberItem), signal),
    changeCarrier: (items, signal) => batched('changecarrier', items.map(changeItem), signal),
  };
}
