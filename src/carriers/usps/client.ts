/**
 * @module carriers/usps/client
 * HTTP half of the USPS adapter (reference §6.4, Tracking 3.2 "v3r2"): an OAuth token from
 * `/oauth2/v3/token` (client id and secret in a JSON body, as the USPS examples show), then
 * one `POST /tracking/v3r2/tracking` per batch of at most USPS_BATCH_SIZE numbers, with a
 * JSON array of `{trackingNumber}` as body. The answer is an array with one entry per
 * number (200, or 207 when some entries are errors); a number missing from it comes back as
 * `{trackingNumber, absent}`. A whole-request error body (400/404) is given to every number
 * of the batch, so parse() reports each one.
 *
 * USPS gives a new app about 60 requests an hour, so the client keeps its own sliding
 * one-hour budget, one unit per POST: a call that would exceed it is not made — with nothing
 * asked yet that is a CarrierRateLimitError until the oldest call leaves the window; later
 * batches come back as `{trackingNumber, skipped}`. 401 twice or 403 is auth, 429 waits for
 * Retry-After (else five minutes), 5xx and timeouts are outages.
 */
import { CarrierRateLimitError } from '../errors.js';
import { type HttpAnswer, type RateLimitSnapshot, readRateLimit } from '../http.js';
import { answerBody, createTokenProvider, sendAuthorized } from '../oauth.js';
import type { ClientDeps, SourceClient } from '../types.js';
import { USPS_BATCH_SIZE } from './codes.js';
import { USPS_SOURCE_ID } from './parse.js';

export interface UspsConfig {
  clientId: string;
  clientSecret: string;
  /** https://apis.usps.com (test: https://apis-tem.usps.com). */
  baseUrl: string;
  /** Tracking calls allowed in any hour (the app's quota). */
  requestsPerHour: number;
  /** OAuth scope to ask for, when the app needs one named (e.g. 'tracking'). */
  scope?: string | undefined;
}

/** What the client adds to USPS's entries: an error body given to a number, or a note. */
export type UspsReply =
  | { trackingNumber: string; body: unknown }
  | { trackingNumber: string; skipped: string }
  | { trackingNumber: string; absent: string };

/** USPS's answer entries as sent, mixed with the client's own UspsReply items. */
export type UspsRaw = unknown[];

export interface UspsClient extends SourceClient {
  fetchRaw(numbers: readonly string[], signal?: AbortSignal): Promise<UspsRaw>;
  /** Calls left in the current hour, by our own count. */
  budgetLeft(): number;
  rateLimit(): RateLimitSnapshot | undefined;
}

const HOUR_MS = 3_600_000;
/** USPS's 429 without Retry-After: wait a few minutes, the budget is hourly. */
const DEFAULT_RETRY_MS = 5 * 60_000;

/** Numbers in batches of `size`, duplicates dropped, order kept. */
function batches(numbers: readonly string[], size: number): string[][] {
  const unique = [...new Set(numbers)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += size) out.push(unique.slice(i, i + size));
  return out;
}

const numberOf = (entry: unknown): string | undefined => {
  const n = (entry as { trackingNumber?: unknown } | null)?.trackingNumber;
  return typeof n === 'string' ? n : undefined;
};

/**
 * The batch's answer: its entries as sent (one object with a trackingNumber counts as a list
 * of one), then a note for each number it left out. Any other body (a whole-request error)
 * is given to every number of the batch.
 */
function replies(batch: readonly string[], body: unknown): UspsRaw {
  const list = Array.isArray(body) ? body : numberOf(body) !== undefined ? [body] : undefined;
  if (!list) return batch.map((trackingNumber): UspsReply => ({ trackingNumber, body }));
  const out: UspsRaw = [];
  const answered = new Set<string>();
  for (const entry of list) {
    const n = numberOf(entry);
    if (n !== undefined) answered.add(n.toUpperCase());
    out.push(entry);
  }
  for (const trackingNumber of batch) {
    if (!answered.has(trackingNumber.toUpperCase())) {
      const note: UspsReply = { trackingNumber, absent: 'USPS sent no entry for this number' };
      out.push(note);
    }
  }
  return out;
}

export function createUspsClient(config: UspsConfig, deps: ClientDeps): UspsClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  const tokens = createTokenProvider(
    {
      sourceId: USPS_SOURCE_ID,
      tokenUrl: `${base}/oauth2/v3/token`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      style: 'json',
      scope: config.scope,
    },
    deps,
  );
  /** When each tracking call of the last hour was made (deps clock), oldest first. */
  const calls: number[] = [];
  let lastRate: RateLimitSnapshot | undefined;

  const prune = (now: number) => {
    while (calls.length > 0 && calls[0]! <= now - HOUR_MS) calls.shift();
  };
  const left = () => {
    prune(deps.now());
    return Math.max(0, config.requestsPerHour - calls.length);
  };

  function body(answer: HttpAnswer): unknown {
    lastRate = readRateLimit(answer.headers, deps.now()) ?? lastRate;
    return answerBody(USPS_SOURCE_ID, answer, deps.now(), DEFAULT_RETRY_MS);
  }

  return {
    async fetchRaw(numbers, signal) {
      const out: UspsRaw = [];
      let asked = false;
      for (const batch of batches(numbers, USPS_BATCH_SIZE)) {
        if (left() === 0) {
          if (!asked) {
            const wait = calls[0]! + HOUR_MS - deps.now();
            throw new CarrierRateLimitError(USPS_SOURCE_ID, wait);
          }
          for (const trackingNumber of batch) {
            const note: UspsReply = { trackingNumber, skipped: 'hourly request budget spent' };
            out.push(note);
          }
          continue;
        }
        calls.push(deps.now());
        asked = true;
        const answer = await sendAuthorized(
          USPS_SOURCE_ID,
          tokens,
          deps,
          {
            url: `${base}/tracking/v3r2/tracking`,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(batch.map((trackingNumber) => ({ trackingNumber }))),
          },
          signal,
        );
        out.push(...replies(batch, body(answer)));
      }
      return out;
    },
    budgetLeft: left,
    rateLimit: () => lastRate,
  };
}
