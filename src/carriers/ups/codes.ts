/**
 * @module carriers/ups/codes
 * UPS Track API code tables. Activity `status.type` and `type:code` pairs live with the
 * classifier (core/classify/codes/ups.ts) and are re-exported here; this file adds what only
 * the adapter needs: how an activity's code is written for the classifier, and the error and
 * warning codes that mean "no such number" (reference §6.2).
 */
import { UPS_CODES } from '../../core/classify/codes/ups.js';

export { UPS_CODES };

const TYPES = new Set(Object.keys(UPS_CODES).map((k) => k.split(':')[0]!.toUpperCase()));

/** The code an activity is classified by: 'I:OT' when both are sent, else the type alone. */
export function upsEventCode(
  type: string | undefined,
  code: string | undefined,
): string | undefined {
  const t = type?.trim().toUpperCase();
  const c = code?.trim().toUpperCase();
  if (t && c) return `${t}:${c}`;
  return t || c || undefined;
}

/** Is the activity type one the classifier knows (M, MV, I, X, U, D, P)? Codes are open-ended. */
export function isKnownUpsType(type: string): boolean {
  return TYPES.has(type.trim().toUpperCase());
}

/**
 * Error (`response.errors[].code`) and warning (`shipment.warnings[].code`) codes that mean the
 * number is unknown to UPS. Assumed from integrations, not from the OpenAPI file (which only
 * says HTTP 404 "Tracking number information not found"); a message text saying so counts too.
 */
export const UPS_NOT_FOUND_CODES: ReadonlySet<string> = new Set(['151044', 'TW0001']);

/** Error codes for a malformed inquiry number (assumed, as above). */
export const UPS_INVALID_CODES: ReadonlySet<string> = new Set(['151018', '151019']);

export const UPS_NOT_FOUND_TEXT = /not found|no tracking information|no information/i;
