/**
 * @module core/eta/basis
 * The basis of an estimate in plain English, with a translation key and its parameters so
 * the interface can say it in the reader's language. Country and carrier names come from
 * ICU and data/carriers.json; parameters keep the codes.
 */
import carriers from '../../../data/carriers.json' with { type: 'json' };
import type { LaneHit, LaneStats } from './lanes.js';
import { findShippingMethod, type ShippingMethod } from './services.js';
import { sketchQuantile } from './sketch.js';
import type { Anchor, Basis, ServiceClass } from './types.js';

const CLASS_WORDS: Readonly<Record<ServiceClass, string>> = {
  economy: 'economy shipping',
  standard: 'standard shipping',
  premium: 'premium shipping',
  express: 'express courier',
  local: 'local-warehouse delivery',
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

const carrierNames = new Map<string, string>();
for (const c of carriers as unknown as ReadonlyArray<{ id?: unknown; name?: unknown }>) {
  if (typeof c.id === 'string' && typeof c.name === 'string') carrierNames.set(c.id, c.name);
}

/** Names already asked for, by code as given; bounded, codes come from data. */
const countryNames = new Map<string, string>();
const COUNTRY_NAMES_MAX = 1024;

function lookUpCountryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** English name of an ISO 3166-1 alpha-2 code (the code itself when unknown). */
export function countryName(code: string): string {
  let name = countryNames.get(code);
  if (name === undefined) {
    name = lookUpCountryName(code);
    if (countryNames.size >= COUNTRY_NAMES_MAX) countryNames.clear();
    countryNames.set(code, name);
  }
  return name;
}

function carrierName(id: string): string {
  return carrierNames.get(id) ?? id;
}

function daysText(min: number, max: number, business: boolean): string {
  const unit = business ? 'business days' : 'days';
  return min === max ? `about ${min} ${unit}` : `${min} to ${max} ${unit}`;
}

/**
 * "412 parcels delivered from China to France by standard shipping in the last 90 days."
 * `poolCount`: the lane had too few and was filled up with the method's parcels to every
 * destination, this many.
 */
export function laneBasis(hit: LaneHit, stats: LaneStats, from: Anchor, poolCount?: number): Basis {
  const { key, level, sketch } = hit;
  const params: Record<string, string | number> = {
    count: sketch.n,
    origin: key.origin,
    destination: key.destination,
  };
  let text = `${sketch.n} parcels delivered from ${countryName(key.origin)} to ${countryName(key.destination)}`;
  const method = level === 'full' || level === 'service' ? findShippingMethod(key.service) : null;
  if (level !== 'countries' && key.serviceClass) params['serviceClass'] = key.serviceClass;
  if (method) {
    params['service'] = method.id;
    params['serviceName'] = method.name;
    text += ` by ${method.name}`;
  } else if (level !== 'countries' && key.serviceClass) {
    text += ` by ${CLASS_WORDS[key.serviceClass]}`;
  }
  if (level === 'full' && key.lastMile) {
    params['lastMile'] = key.lastMile;
    text += `, handed to ${carrierName(key.lastMile)} for the last mile`;
  }
  if (stats.windowDays !== undefined) {
    params['windowDays'] = stats.windowDays;
    text += ` in the last ${stats.windowDays} days`;
  }
  if (poolCount !== undefined) {
    params['poolCount'] = poolCount;
    text += `, weighed with ${poolCount} parcels of the same method to every destination`;
  }
  const q10 = hit.entry.total.n > 0 ? quantileDays(hit, 0.1) : undefined;
  const q90 = hit.entry.total.n > 0 ? quantileDays(hit, 0.9) : undefined;
  const basis: Basis = {
    kind: 'lane',
    key: `eta.basis.lane.${level}`,
    params,
    text: `${text}.`,
    sampleSize: sketch.n,
    from,
  };
  if (q10 !== undefined && q90 !== undefined) basis.days = { min: q10, max: q90 };
  return basis;
}

function quantileDays(hit: LaneHit, p: number): number {
  return Math.round(sketchQuantile(hit.entry.total, p) / 24);
}

/** "Typical for AliExpress Standard Shipping: 15 to 30 days from the first scan." */
export function priorBasis(
  method: ShippingMethod | undefined,
  band: { minDays: number; maxDays: number; from: 'service' | 'class' | 'unknown' },
  origin: string,
  from: Anchor,
): Basis {
  const min = band.minDays;
  const max = band.maxDays;
  const business = method?.businessDays === true && band.from === 'service';
  const more = method?.openEnded === true && band.from === 'service' ? ' or more' : '';
  const span = daysText(min, max, business) + more;
  const days = { min, max };
  if (method && band.from === 'service') {
    return {
      kind: 'prior',
      key: 'eta.basis.prior.service',
      params: { service: method.id, serviceName: method.name, minDays: min, maxDays: max },
      text: `Typical for ${method.name}: ${span} from the first scan to delivery.`,
      days,
      from,
    };
  }
  if (method) {
    return {
      kind: 'prior',
      key: 'eta.basis.prior.class',
      params: { service: method.id, serviceName: method.name, serviceClass: method.class },
      text: `Typical for ${CLASS_WORDS[method.class]} (${span}); no delivery time is published for ${method.name}.`,
      days,
      from,
    };
  }
  return {
    kind: 'prior',
    key: 'eta.basis.prior.unknown',
    params: { origin, minDays: min, maxDays: max },
    text: `Typical for a parcel sent by post from ${countryName(origin)} (${span}); the shipping method is not known.`,
    days,
    from,
  };
}

/** The source's own dates used as the window when we have nothing better. */
export function sourceBasis(source: string | undefined, from: Anchor): Basis {
  return {
    kind: 'source',
    key: 'eta.basis.source',
    params: source ? { source } : {},
    text: 'The carrier’s own estimate: we know too little about this parcel to make ours.',
    from,
  };
}

/** Added to the text when the parcel is already slower than nearly all comparable ones. */
export const OVERDUE_NOTE =
  ' This parcel is already slower than most at this stage, so the window is a rough guess.';
