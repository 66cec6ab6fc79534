/**
 * @module carriers/dhl/codes
 * DHL Shipment Tracking – Unified code tables. The five `statusCode` values live with the
 * classifier (core/classify/codes/dhl.ts) and are re-exported here; this file adds the
 * `service` values (reference §6.1) ↔ registry carrier ids and the zone a service's
 * timestamps are read in when an event names no country.
 */
import { DHL_CODES } from '../../core/classify/codes/dhl.js';

export { DHL_CODES };

const KNOWN = new Set(Object.keys(DHL_CODES));

/** Is this statusCode in the classifier's table? */
export function isKnownStatusCode(code: string): boolean {
  return KNOWN.has(code.trim().toLowerCase());
}

/** `service` values seen in the documentation (reference §6.1). */
export const SERVICES = [
  'express',
  'parcel-de',
  'ecommerce',
  'dgf',
  'freight',
  'parcel-nl',
  'parcel-pl',
  'parcel-uk',
  'post-de',
  'sameday',
] as const;
export type DhlService = (typeof SERVICES)[number];

/** Registry carrier id → the `service` hint to send for it. */
export const SERVICE_OF_CARRIER: ReadonlyMap<string, DhlService> = new Map<string, DhlService>([
  ['dhl-express', 'express'],
  ['dhl-paket', 'parcel-de'],
  ['deutsche-post', 'post-de'],
  ['dhl-ecommerce', 'ecommerce'],
]);

/** `service` → registry carrier id (only the ones the registry knows). */
export const CARRIER_OF_SERVICE: ReadonlyMap<string, string> = new Map([
  ['express', 'dhl-express'],
  ['parcel-de', 'dhl-paket'],
  ['post-de', 'deutsche-post'],
  ['ecommerce', 'dhl-ecommerce'],
]);

export function serviceFor(carrierId: string | undefined): DhlService | undefined {
  return carrierId ? SERVICE_OF_CARRIER.get(carrierId) : undefined;
}

export function carrierIdOfService(service: unknown): string | undefined {
  return typeof service === 'string'
    ? CARRIER_OF_SERVICE.get(service.trim().toLowerCase())
    : undefined;
}

/**
 * Zone for a service whose network is one country, used when a timestamp has no offset and
 * its event names no country. Express and eCommerce span the world: no default.
 */
export const SERVICE_ZONE: ReadonlyMap<string, string> = new Map([
  ['parcel-de', 'Europe/Berlin'],
  ['post-de', 'Europe/Berlin'],
  ['parcel-nl', 'Europe/Amsterdam'],
  ['parcel-pl', 'Europe/Warsaw'],
  ['parcel-uk', 'Europe/London'],
]);
