/**
 * @module carriers/seventeen-track/codes
 * 17TRACK's code tables. Main statuses and sub-statuses live with the classifier
 * (core/classify/codes/seventeen-track.ts) and are re-exported here; this file adds only
 * what the adapter needs: 17TRACK carrier keys → our registry carrier ids (reference §4.2,
 * from the official carrier list) and the API error codes of §4.1.
 */
import { SEVENTEEN_TRACK_CODES } from '../../core/classify/codes/seventeen-track.js';

export { SEVENTEEN_TRACK_CODES };

const KNOWN = new Set(Object.keys(SEVENTEEN_TRACK_CODES));

/** Is this status or sub-status in the classifier's table? */
export function isKnownStatus(code: string): boolean {
  return KNOWN.has(code.trim());
}

/** 17TRACK carrier key → registry carrier id, for the carriers AliExpress parcels meet most. */
export const CARRIER_KEYS: ReadonlyMap<number, string> = new Map([
  [3011, 'china-post'],
  [3013, 'china-ems'],
  [190271, 'cainiao'],
  [191076, 'cainiao'],
  [190625, 'cainiao'],
  [190008, 'yunexpress'],
  [190012, 'yanwen'],
  [190094, '4px'],
  [190072, 'sunyou'],
  [190086, 'wanb-express'],
  [190442, 'jt-express'],
  [100295, 'jt-express'],
  [100001, 'dhl-express'],
  [7041, 'dhl-paket'],
  [7044, 'deutsche-post'],
  [7048, 'dhl-ecommerce'],
  [100002, 'ups'],
  [100003, 'fedex'],
  [21051, 'usps'],
  [6051, 'la-poste'],
  [11031, 'royal-mail'],
  [14041, 'postnl'],
  [14044, 'postnl'],
  [19181, 'correos'],
  [100048, 'correos-express'],
  [2151, 'correios'],
  [16081, 'poczta-polska'],
  [1151, 'australia-post'],
]);

/** Registry id for a 17TRACK carrier key, else undefined. */
export function carrierIdOf(key: unknown): string | undefined {
  return typeof key === 'number' ? CARRIER_KEYS.get(key) : undefined;
}

/** The 17TRACK key for a registry carrier id (the first listed), for register hints. */
export function carrierKeyOf(carrierId: string): number | undefined {
  for (const [key, id] of CARRIER_KEYS) if (id === carrierId) return key;
  return undefined;
}

/** API error codes (reference §4.1, third-party listings). */
export const API_ERRORS = {
  ipNotWhitelisted: -18010001,
  invalidKey: -18010002,
  internal: -18010003,
  accountDisabled: -18010004,
  unauthorized: -18010005,
  alreadyRegistered: -18019901,
  notRegistered: -18019902,
  invalidCarrier: -18019903,
  quotaExhausted: -18019907,
  dailyLimit: -18019908,
} as const;

/** Errors that mean our key is refused: the source must be disabled and the operator told. */
export const AUTH_ERRORS: ReadonlySet<number> = new Set([
  API_ERRORS.ipNotWhitelisted,
  API_ERRORS.invalidKey,
  API_ERRORS.accountDisabled,
  API_ERRORS.unauthorized,
]);

/** Errors that mean the quota or the daily limit is spent. */
export const QUOTA_ERRORS: ReadonlySet<number> = new Set([
  API_ERRORS.quotaExhausted,
  API_ERRORS.dailyLimit,
]);
