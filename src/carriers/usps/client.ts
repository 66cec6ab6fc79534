/**
 * @module carriers/usps/client
 * HTTP half of the USPS adapter (reference §6.4): an OAuth token from `/oauth2/v3/token`
 * (client id and secret in a JSON body, as the USPS examples show), then one
 * `GET /tracking/v3/tracking/{number}?expand=DETAIL` per number. USPS gives a new app about
 * 60 requests an hour, so the client keeps its own sliding one-hour budget: a call that
 * would exceed it is not made — with nothing asked yet that is a CarrierRateLimitError
 * until the oldest call leaves the window; mid-sequence the rest come back as
 * `{trackingNumber, skipped}` so parse() reports them. A 404 or 400 body is kept for parse()
 * (not found / invalid); 401 twice or 403 is auth, 429 waits for Retry-After, 5xx and
 * timeouts are outages.
 */
import { CarrierRateLimitError } from '../errors.js';
import { type HttpAnswer, type RateLimitSnapshot, readRateLimit } from '../http.js';
import { answerBody, createTokenProvider, sendAuthorized } from '../oauth.js';
import type { ClientDeps, SourceClient } from '../types.js';
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

export type UspsReply =
  | { trackingNumber: string; body: unknown }
  | { trackingNumber: string; skipped: string };

export interface UspsClient extends SourceClient {
  fetchRaw(numbers: readonly string[], signal?: AbortSignal): Promise<UspsReply[]>;
  /** Calls left in the current hour, by our own count. */
  budgetLeft(): number;
  rateLimit(): RateLimitSnapshot | undefined;
}

const HOUR_MS = 3_600_000;
/** USPS's 429 without Retry-After: wait a few minutes, the budget is hourly. */
const DEFAULT_RETRY_MS = 5 * 60_000;

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
      const replies: UspsReply[] = [];
      for (const trackingNumber of numbers) {
        if (left() === 0) {
          if (replies.length === 0) {
            const wait = calls[0]! + HOUR_MS - deps.now();
            throw new CarrierRateLimitError(USPS_SOURCE_ID, wait);
          }
          replies.push({ trackingNumber, skipped: 'hourly request budget spent' });
          continue;
        }
        calls.push(deps.now());
        const answer = await sendAuthorized(
          USPS_SOURCE_ID,
          tokens,
          deps,
          {
            url: `${base}/tracking/v3/tracking/${encodeURIComponent(trackingNumber)}?expand=DETAIL`,
            method: 'GET',
          },
          signal,
        );
        replies.push({ trackingNumber, body: body(answer) });
      }
      return replies;
    },
    budgetLeft: left,
    rateLimit: () => lastRate,
  };
}
