/**
 * @module web/content/carrier-view
 * One carrier as the directory shows it (page and JSON alike): its formats with example
 * numbers, contacts, official links, the source that serves it here with that source's
 * health, and its typical times — the seeds' band for its shipping method beside what this
 * instance has observed, once enough of its parcels were delivered here.
 */

import type { RouteVia } from '../../carriers/routing.js';
import { findShippingMethod, priorBand } from '../../core/eta/services.js';
import type { ServiceClass } from '../../core/eta/types.js';
import { getFormat } from '../../core/numbers/formats/all.js';
import { EXAMPLES } from '../../core/numbers/formats/examples.js';
import type { Carrier } from '../../core/numbers/registry.js';
import type { CarrierKind } from '../../core/numbers/types.js';
import type { Directory } from '../directory.js';

export const KIND_ORDER: readonly CarrierKind[] = [
  'origin_consolidator',
  'postal_operator',
  'express',
  'last_mile',
  'aggregator',
];

export interface FormatView {
  id: string;
  label: string;
  checkDigit: boolean;
  examples: string[];
}

export interface CarrierSummary {
  id: string;
  name: string;
  country: string | null;
  kind: CarrierKind;
}

export interface CarrierDetail extends CarrierSummary {
  website: string | null;
  trackingUrl: string | null;
  phone: string | null;
  email: string | null;
  s10Country: string | null;
  formats: FormatView[];
  /** The sources that track this carrier's numbers here (the serving one first). */
  sourceIds: string[];
  /** The source new numbers of this carrier go to here; null when none is switched on. */
  service: CarrierService | null;
  typicalTimes: TypicalTimes;
}

/**
 * A source's health as a public page tells it: `unknown` when no call is recorded (or the
 * engine is not running here), `trouble` when its last call failed or its circuit is not
 * closed. Error texts and quotas stay on the operator page.
 */
export type HealthState = 'healthy' | 'trouble' | 'unknown';

export interface CarrierService {
  sourceId: string;
  sourceLabel: string;
  /** Why this source: the carrier's own, an aggregator, Cainiao for China-born parcels, demo. */
  via: RouteVia;
  health: HealthState;
  /** ISO instant of the source's last successful call, when recorded. */
  lastSuccessAt: string | null;
}

/** The seeds' door-to-door band (first scan to delivery) for the carrier's shipping method. */
export interface SeedTimes {
  methodId: string;
  methodName: string;
  /** 'service': the method's own band; 'class': its class's, the seeds giving no figure. */
  from: 'service' | 'class';
  serviceClass: ServiceClass;
  minDays: number;
  maxDays: number;
  /** The seeds say "and more" after the upper bound. */
  openEnded: boolean;
  businessDays: boolean;
}

/** Delivered parcels of this carrier tracked here: first event to delivery. */
export interface ObservedTimes {
  count: number;
  medianDays: number;
  p90Days: number;
}

export interface TypicalTimes {
  seeds: SeedTimes | null;
  /** Null until at least `minObserved` parcels were delivered here (or without a database). */
  observed: ObservedTimes | null;
  minObserved: number;
}

/** Fewer delivered parcels than this and no observed figure is shown. */
export const MIN_OBSERVED = 5;

/** What the running instance adds to a carrier's reference data. */
export interface CarrierLive {
  service: CarrierService | null;
  observed: ObservedTimes | null;
}

/** The URL when it is plain http(s), else null: carrier data never yields a script link. */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function carrierSummary(c: Carrier): CarrierSummary {
  return { id: c.id, name: c.name, country: c.country, kind: c.kind };
}

function formatView(id: string): FormatView {
  const format = getFormat(id);
  return {
    id,
    label: format?.label ?? id,
    checkDigit: format?.check !== undefined,
    examples: [...(EXAMPLES[id]?.valid ?? [])].slice(0, 3),
  };
}

/** The seeds' band of the shipping method named like the carrier (EMS, DHL Express, …). */
export function seedTimes(c: Pick<Carrier, 'id' | 'name'>): SeedTimes | null {
  const method = findShippingMethod(c.id) ?? findShippingMethod(c.name);
  if (!method) return null;
  const band = priorBand(method);
  if (band.from === 'unknown') return null;
  return {
    methodId: method.id,
    methodName: method.name,
    from: band.from,
    serviceClass: method.class,
    minDays: band.minDays,
    maxDays: band.maxDays,
    openEnded: band.openEnded,
    businessDays: band.from === 'service' && method.businessDays === true,
  };
}

/**
 * Median and 90th percentile (nearest rank) of durations in ms, as days with one decimal;
 * null below MIN_OBSERVED durations.
 */
export function observedTimes(durationsMs: readonly number[]): ObservedTimes | null {
  const sorted = durationsMs.filter((d) => Number.isFinite(d) && d >= 0).sort((a, b) => a - b);
  if (sorted.length < MIN_OBSERVED) return null;
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const days = (ms: number) => Math.round(ms / 8_640_000) / 10;
  return { count: sorted.length, medianDays: days(median), p90Days: days(rank(0.9)) };
}

export function carrierDetail(
  c: Carrier,
  directory: Directory,
  live: CarrierLive = { service: null, observed: null },
): CarrierDetail {
  const listed = directory.sourcesFor(c.id).sourceIds;
  const serving = live.service?.sourceId;
  const sourceIds = serving ? [serving, ...listed.filter((id) => id !== serving)] : [...listed];
  return {
    ...carrierSummary(c),
    website: safeUrl(c.website),
    trackingUrl: safeUrl(c.trackingUrl.replace('{number}', '')),
    phone: c.phone ?? null,
    email: c.email ?? null,
    s10Country: c.s10Country,
    formats: c.formats.map(formatView),
    sourceIds,
    service: live.service,
    typicalTimes: { seeds: seedTimes(c), observed: live.observed, minObserved: MIN_OBSERVED },
  };
}
