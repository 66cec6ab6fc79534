/**
 * @module carriers/ups/client
 * HTTP half of the UPS adapter (reference §6.2): an OAuth token from
 * `/security/v1/oauth/token` (HTTP Basic client id:secret, form grant type), then one
 * `GET /api/track/v1/details/{inquiryNumber}` per number with the required `transId`
 * (unique per request) and `transactionSrc` headers. Several numbers are a sequence of
 * single calls; the replies come back as `{inquiryNumber, body}` in order. A 404 or 400
 * body is kept for parse() (it says "not found" or "invalid"); 403 "Blocked Merchant" and a
 * repeated 401 are auth errors, 429 waits for Retry-After, 5xx and timeouts are outages.
 */
import { randomUUID } from 'node:crypto';
import { type HttpAnswer, type RateLimitSnapshot, readRateLimit } from '../http.js';
import { answerBody, createTokenProvider, sendAuthorized } from '../oauth.js';
import type { ClientDeps, SourceClient } from '../types.js';
import { UPS_SOURCE_ID } from './parse.js';

export interface UpsConfig {
  clientId: string;
  clientSecret: string;
  /** https://onlinetools.ups.com (test: https://wwwcie.ups.com). */
  baseUrl: string;
  /** Sent as the `transactionSrc` header. */
  transactionSrc: string;
  /** `locale` query parameter, e.g. en_US. */
  locale: string;
  /** Optional `x-merchant-id` header of the token request. */
  merchantId?: string | undefined;
}

/** One call's answer: the number asked about and the body UPS sent. */
export interface UpsReply {
  inquiryNumber: string;
  body: unknown;
}

export interface UpsClient extends SourceClient {
  fetchRaw(numbers: readonly string[], signal?: AbortSignal): Promise<UpsReply[]>;
  rateLimit(): RateLimitSnapshot | undefined;
}

const DEFAULT_RETRY_MS = 10_000;

export function createUpsClient(config: UpsConfig, deps: ClientDeps): UpsClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  const tokens = createTokenProvider(
    {
      sourceId: UPS_SOURCE_ID,
      tokenUrl: `${base}/security/v1/oauth/token`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      style: 'basic',
      headers: config.merchantId ? { 'x-merchant-id': config.merchantId } : undefined,
    },
    deps,
  );
  let lastRate: RateLimitSnapshot | undefined;

  function body(answer: HttpAnswer): unknown {
    lastRate = readRateLimit(answer.headers, deps.now()) ?? lastRate;
    return answerBody(UPS_SOURCE_ID, answer, deps.now(), DEFAULT_RETRY_MS);
  }

  return {
    async fetchRaw(numbers, signal) {
      const replies: UpsReply[] = [];
      for (const inquiryNumber of numbers) {
        const query = new URLSearchParams({
          locale: config.locale,
          returnSignature: 'false',
          returnMilestones: 'false',
          returnPOD: 'false',
        });
        const answer = await sendAuthorized(
          UPS_SOURCE_ID,
          tokens,
          deps,
          {
            url: `${base}/api/track/v1/details/${encodeURIComponent(inquiryNumber)}?${query}`,
            method: 'GET',
            headers: {
              transId: randomUUID().replace(/-/g, ''),
              transactionSrc: config.transactionSrc,
            },
          },
          signal,
        );
        replies.push({ inquiryNumber, body: body(answer) });
      }
      return replies;
    },
    rateLimit: () => lastRate,
  };
}
