/**
 * @module carriers/fedex/client
 * HTTP half of the FedEx adapter (reference §6.3): an OAuth token from `/oauth/token`
 * (client id and secret as form fields), then `POST /track/v1/trackingnumbers` with
 * `includeDetailedScans` and up to 30 numbers per request; more numbers become several
 * requests whose answers come back as an array, in order. Per-number errors stay inside
 * the 200 body for parse(); a request-level 401/403 is an auth error, 429 waits for
 * Retry-After (or, for the organisation's daily quota, until 00:00 GMT), 5xx and timeouts
 * are outages.
 */
import { CarrierRateLimitError } from '../errors.js';
import { type HttpAnswer, type RateLimitSnapshot, readRateLimit } from '../http.js';
import { answerBody, createTokenProvider, sendAuthorized } from '../oauth.js';
import type { ClientDeps, SourceClient } from '../types.js';
import { FEDEX_BATCH_SIZE } from './codes.js';
import { FEDEX_SOURCE_ID } from './parse.js';

export interface FedexConfig {
  clientId: string;
  clientSecret: string;
  /** API host, e.g. https://apis.fedex.com (sandbox: https://apis-sandbox.fedex.com). */
  baseUrl: string;
  /** Sent as x-locale. */
  locale: string;
}

export interface FedexClient extends SourceClient {
  /** Resolves with one Track API answer per request of at most 30 numbers. */
  fetchRaw(numbers: readonly string[], signal?: AbortSignal): Promise<unknown[]>;
  /** What the last answer's headers said about the quota, if anything. */
  rateLimit(): RateLimitSnapshot | undefined;
}

/** Used when a 429 comes without Retry-After. */
const DEFAULT_RETRY_MS = 10_000;

/** ms until the next 00:00 GMT. */
function untilMidnightGmt(nowMs: number): number {
  const d = new Date(nowMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) - nowMs;
}

export function createFedexClient(config: FedexConfig, deps: ClientDeps): FedexClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  const tokens = createTokenProvider(
    {
      sourceId: FEDEX_SOURCE_ID,
      tokenUrl: `${base}/oauth/token`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      style: 'form',
    },
    deps,
  );
  let lastRate: RateLimitSnapshot | undefined;

  function check(answer: HttpAnswer): unknown {
    const now = deps.now();
    lastRate = readRateLimit(answer.headers, now) ?? lastRate;
    if (answer.status === 429 && !answer.headers.get('retry-after')) {
      // The organisation-wide daily quota says "retry after 12:00AM GMT" in its body.
      const daily = /12:00\s*AM\s*GMT/i.test(answer.text);
      const wait = daily ? untilMidnightGmt(now) : DEFAULT_RETRY_MS;
      throw new CarrierRateLimitError(FEDEX_SOURCE_ID, wait);
    }
    // 200 carries per-number errors; a 400/404 carries request errors[] for parse() to report.
    return answerBody(FEDEX_SOURCE_ID, answer, now, DEFAULT_RETRY_MS);
  }

  return {
    async fetchRaw(numbers, signal) {
      const answers: unknown[] = [];
      for (let i = 0; i < numbers.length; i += FEDEX_BATCH_SIZE) {
        const batch = numbers.slice(i, i + FEDEX_BATCH_SIZE);
        const body = {
          includeDetailedScans: true,
          trackingInfo: batch.map((trackingNumber) => ({ trackingNumberInfo: { trackingNumber } })),
        };
        const answer = await sendAuthorized(
          FEDEX_SOURCE_ID,
          tokens,
          deps,
          {
            url: `${base}/track/v1/trackingnumbers`,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-locale': config.locale },
            body: JSON.stringify(body),
          },
          signal,
        );
        answers.push(check(answer));
      }
      return answers;
    },
    rateLimit: () => lastRate,
  };
}
