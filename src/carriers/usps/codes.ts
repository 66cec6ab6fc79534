/**
 * @module carriers/usps/codes
 * USPS Tracking code tables (v3 and v3r2 share them). Event codes live with the classifier
 * (core/classify/codes/usps.ts) and are re-exported here; this file adds what only the
 * adapter needs: code normalisation and which error answers mean "no such number".
 */
import { USPS_CODES } from '../../core/classify/codes/usps.js';

export { USPS_CODES };

const KNOWN = new Set(Object.keys(USPS_CODES));

/** USPS pads numeric event codes to two digits ('1' → '01'). */
export function uspsEventCode(code: string): string {
  const c = code.trim().toUpperCase();
  return /^\d$/.test(c) ? `0${c}` : c;
}

/** Is this event code in the classifier's table? */
export function isKnownUspsCode(code: string): boolean {
  return KNOWN.has(uspsEventCode(code));
}

/** Error text that means the number is unknown to USPS (error bodies carry no stable code). */
export const USPS_NOT_FOUND_TEXT = /not found|could not (?:be )?locate|no record|not available/i;

/** Error text that means the number itself is malformed. */
export const USPS_INVALID_TEXT =
  /invalid tracking number|not a valid tracking number|tracking number is invalid/i;

/** The documented default budget for a new app (reference §6.4, third-party figure). */
export const USPS_DEFAULT_REQUESTS_PER_HOUR = 60;

/**
 * Numbers per `POST /tracking/v3r2/tracking`. Not USPS's own figure: several integrations
 * read a maximum of 35 in the v3r2 specification, which we could not read ourselves, so we
 * stay well below it (docs/sources.md, USPS).
 */
export const USPS_BATCH_SIZE = 10;
