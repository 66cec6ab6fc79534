/**
 * @module carriers/sim/client
 * HTTP half of the simulator adapter: POST /api/track through the injected fetch, with a
 * timeout. Transport trouble becomes a typed error (401/403 auth, 429 rate limit with
 * Retry-After, 5xx/timeout/network unavailable); a body that is not JSON is returned as
 * text so parse() can report it as a message.
 */
import { CarrierUnavailableError } from '../errors.js';
import { isOk, jsonOrText, statusError, timedFetch } from '../http.js';
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
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
      };
      if (config.key) headers['x-sim-key'] = config.key;
      const init = { method: 'POST', headers, body: JSON.stringify({ numbers }) };
      const answer = await timedFetch(SIM_SOURCE_ID, deps, url, init, signal);
      const failure = statusError(SIM_SOURCE_ID, answer, deps.now(), DEFAULT_RETRY_MS);
      if (failure) throw failure;
      if (!isOk(answer.status)) {
        throw new CarrierUnavailableError(
          SIM_SOURCE_ID,
          `unexpected HTTP ${answer.status}: ${answer.text.slice(0, 200)}`,
        );
      }
      return jsonOrText(answer.text);
    },
  };
}
