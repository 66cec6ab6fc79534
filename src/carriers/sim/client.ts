/**
 * @module carriers/sim/client
 * HTTP half of the simulator adapter: POST /api/track through the injected fetch, with a
 * timeout. Transport trouble becomes a typed error (401/403 auth, 429 rate limit with
 * Retry-After, 5xx/timeout/network unavailable); a body that is not JSON is returned as
 * text so parse() can report it as a message.
 */
import {
  CarrierAuthError,
  CarrierRateLimitError,
  CarrierUnavailableError,
  retryAfterMs,
} from '../errors.js';
import type { ClientDeps, SourceClient } from '../types.js';

export const SIM_SOURCE_ID = 'sim';

export interface SimConfig {
  /** Where the simulator listens, e.g. http://127.0.0.1:4010. */
  baseUrl: string;
  /** Sent as X-Sim-Key when the simulator asks for one. */
  key?: string | undefined;
}

/** Used when a 429 comes without Retry-After. */
const DEFAULT_RETRY_MS = 5_000;

export function createSimClient(config: SimConfig, deps: ClientDeps): SourceClient {
  const url = new URL('/api/track', config.baseUrl).toString();
  return {
    async fetchRaw(numbers, signal) {
      const timeout = AbortSignal.timeout(deps.timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
      };
      if (config.key) headers['x-sim-key'] = config.key;
      let text: string;
      let status: number;
      let retryAfter: string | null;
      try {
        const res = await deps.fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ numbers }),
          signal: combined,
        });
        status = res.status;
        retryAfter = res.headers.get('retry-after');
        text = await res.text();
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        const what = timeout.aborted ? `no answer within ${deps.timeoutMs} ms` : 'network error';
        throw new CarrierUnavailableError(SIM_SOURCE_ID, what, { cause: error });
      }
      if (status === 401 || status === 403) throw new CarrierAuthError(SIM_SOURCE_ID);
      if (status === 429) {
        throw new CarrierRateLimitError(
          SIM_SOURCE_ID,
          retryAfterMs(retryAfter, deps.now(), DEFAULT_RETRY_MS),
        );
      }
      if (status >= 500) throw new CarrierUnavailableError(SIM_SOURCE_ID, `HTTP ${status}`);
      if (status < 200 || status >= 300) {
        throw new CarrierUnavailableError(
          SIM_SOURCE_ID,
          `unexpected HTTP ${status}: ${text.slice(0, 200)}`,
        );
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
  };
}
