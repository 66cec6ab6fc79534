/**
 * @module carriers/fedex/codes
 * FedEx Track API code tables. Event types / derived status codes live with the classifier
 * (core/classify/codes/fedex.ts) and are re-exported here; this file adds what only the
 * adapter needs: the per-number error codes that arrive inside a 200 answer (reference §6.3).
 */
import { FEDEX_CODES } from '../../core/classify/codes/fedex.js';
import type { MessageCode } from '../types.js';

export { FEDEX_CODES };

const KNOWN = new Set(Object.keys(FEDEX_CODES));

/** Is this event type / status code in the classifier's table? */
export function isKnownFedexCode(code: string): boolean {
  return KNOWN.has(code.trim().toUpperCase());
}

/**
 * Per-number (and request-level) error codes → our message code. NOTFOUND is documented
 * (normal right after label creation); the others follow the same naming and are kept
 * tolerant: an unlisted code becomes a 'source_error' message.
 */
export const FEDEX_ERROR_CODES: Readonly<Record<string, MessageCode>> = {
  'TRACKING.TRACKINGNUMBER.NOTFOUND': 'not_found',
  'TRACKING.DATA.NOTFOUND': 'not_found',
  'TRACKING.TRACKINGNUMBER.INVALID': 'invalid_number',
  'TRACKING.TRACKINGNUMBER.EMPTY': 'invalid_number',
};

/** Request-level codes that mean our credentials or token were refused. */
export const FEDEX_AUTH_ERRORS: ReadonlySet<string> = new Set([
  'NOT.AUTHORIZED.ERROR',
  'UNAUTHORIZED',
  'FORBIDDEN.ERROR',
]);

/** Most numbers one request may carry (reference §6.3, [1S]). */
export const FEDEX_BATCH_SIZE = 30;
