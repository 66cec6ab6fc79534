/**
 * @module core/eta/estimate
 * estimate(shipment, stats, now): an 80 % delivery window (10th–90th percentile) and its
 * median, conditioned on the furthest milestone reached and on the time already spent since.
 *
 * Order of bases: the lane's own statistics when enough parcels are known (lanes.ts); else
 * the few the method's lane has, filled up to the minimum with the method's parcels to
 * every destination; else the shipping method's prior (priors.ts); with no known method,
 * the source's own dates when it gives some, else a broad prior for post from China. The
 * source's estimate is always returned beside ours as it was, never blended in. Delivered,
 * returning, returned and expired parcels get no estimate (null). Every instant is ≥ now.
 */
import { laneBasis, OVERDUE_NOTE, priorBasis, sourceBasis } from './basis.js';
import { type Dist, mixture, remainingQuantiles } from './dist.js';
import { isoOfMs, msOfIso } from './instant.js';
import {
  anchorRank,
  DEFAULT_ORIGIN,
  type LaneStats,
  laneOf,
  lookupLane,
  MIN_LANE_SAMPLES,
  smallLane,
} from './lanes.js';
import { calendarBand, remainingPrior } from './priors.js';
import { findShippingMethod, type ShippingMethod } from './services.js';
import { sketchDist } from './sketch.js';
import type { Anchor, Basis, Confidence, Estimate, EtaInput, SourceEstimate } from './types.js';

const HOUR_MS = 3_600_000;
/** The window's percentiles: earliest, likely, latest. */
export const WINDOW = [0.1, 0.5, 0.9] as const;
const FINISHED = new Set(['delivered', 'returning', 'returned']);
/** At least this many parcels on the most specific lanes for 'high' confidence. */
const HIGH_CONFIDENCE_SAMPLES = 100;

export interface EstimateOptions {
  /** Fewest parcels before a lane is trusted (default 30). */
  minSamples?: number;
}

/** True for a bare date 'YYYY-MM-DD' (the length test spares the pattern most instants). */
function isBareDate(t: string): boolean {
  return t.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(t);
}

function toMs(t: Date | number | string): number {
  if (t instanceof Date) return t.getTime();
  if (typeof t === 'number') return t;
  // A bare date (a carrier's "expected 2026-03-05") is read as noon UTC of that day.
  return isBareDate(t) ? Date.parse(`${t}T12:00:00Z`) : msOfIso(t);
}

/** The furthest point of the journey reached, and when. */
export function currentAnchor(s: EtaInput, nowMs: number): { anchor: Anchor; atMs: number } {
  let anchor: Anchor | null = null;
  let rank = 0;
  let atMs = nowMs;
  for (const m of s.milestonesReached) {
    if (FINISHED.has(m.milestone)) continue;
    const at = toMs(m.at);
    if (Number.isNaN(at)) continue;
    const r = anchorRank(m.milestone as Anchor);
    if (anchor === null || r > rank) {
      anchor = m.milestone as Anchor;
      rank = r;
      atMs = at;
    }
  }
  if (s.shippedAt) {
    const at = toMs(s.shippedAt);
    if (!Number.isNaN(at) && (anchor === null || anchorRank('start') > rank)) {
      anchor = 'start';
      rank = anchorRank('start');
      atMs = at;
    }
  }
  if (s.registeredAt) {
    const at = toMs(s.registeredAt);
    if (!Number.isNaN(at) && (anchor === null || anchorRank('label_created') > rank)) {
      anchor = 'label_created';
      rank = anchorRank('label_created');
      atMs = at;
    }
  }
  return anchor === null ? { anchor: 'label_created', atMs: nowMs } : { anchor, atMs };
}

function lower(c: Confidence): Confidence {
  return c === 'high' ? 'medium' : 'low';
}

function iso(ms: number): string {
  return isoOfMs(Math.round(ms));
}

function fromSource(src: SourceEstimate, nowMs: number): [number, number, number] | null {
  const a = src.earliest ? toMs(src.earliest) : Number.NaN;
  const b = src.latest ? toMs(src.latest) : Number.NaN;
  const lo = Number.isNaN(a) ? b : a;
  const hi = Number.isNaN(b) ? a : b;
  if (Number.isNaN(lo) || Number.isNaN(hi)) return null;
  const e = Math.max(nowMs, Math.min(lo, hi));
  const l = Math.max(nowMs, lo, hi);
  return [e, (e + l) / 2, l];
}

/** The delivery window of an undelivered shipment at `now`, or null. */
export function estimate(
  shipment: EtaInput,
  stats: LaneStats | null,
  now: Date | number | string,
  opts: EstimateOptions = {},
): Estimate | null {
  const nowMs = toMs(now);
  if (shipment.status === 'delivered' || shipment.status === 'expired') return null;
  for (const m of shipment.milestonesReached) if (FINISHED.has(m.milestone)) return null;

  const method = findShippingMethod(shipment.service);
  const { anchor, atMs } = currentAnchor(shipment, nowMs);
  const elapsedHours = Math.max(0, (nowMs - Math.min(atMs, nowMs)) / HOUR_MS);
  const lane = laneOf(shipment);
  const minSamples = opts.minSamples ?? MIN_LANE_SAMPLES;
  const hit = stats && lane ? lookupLane(stats, lane, anchor, minSamples) : null;
  const small = !hit && stats && lane ? smallLane(stats, lane, anchor, minSamples) : null;

  let dist: Dist | null = null;
  let basis: Basis;
  let confidence: Confidence;
  if (hit && stats) {
    dist = sketchDist(hit.sketch);
    basis = laneBasis(hit, stats, anchor);
    confidence =
      hit.level !== 'countries' && hit.sketch.n >= HIGH_CONFIDENCE_SAMPLES ? 'high' : 'medium';
  } else if (small && stats) {
    // The lane's own parcels, and the method's pool standing in for the ones it lacks.
    const n = small.hit.sketch.n;
    dist = mixture(sketchDist(small.hit.sketch), sketchDist(small.pool), n / minSamples);
    basis = laneBasis(small.hit, stats, anchor, small.pool.n);
    confidence = 'medium';
  } else {
    const source = shipment.sourceEstimate ? fromSource(shipment.sourceEstimate, nowMs) : null;
    if (!method && source) {
      return withSource(shipment, {
        earliest: iso(source[0]),
        likely: iso(source[1]),
        latest: iso(source[2]),
        confidence: 'low',
        basis: sourceBasis(shipment.sourceEstimate?.source, anchor),
      });
    }
    const prior = priorOf(method, anchor);
    dist = prior.dist;
    basis = prior.basisFrom((shipment.originCountry ?? DEFAULT_ORIGIN).toUpperCase());
    confidence = prior.confidence;
  }

  const { hours, survival } = remainingQuantiles(dist, elapsedHours, WINDOW);
  if (survival < 0.05) {
    basis.overdue = true;
    basis.text += OVERDUE_NOTE;
    confidence = 'low';
  }
  if (shipment.status === 'exception') confidence = lower(confidence);
  const [e, l, t] = hours.map((h) => nowMs + h * HOUR_MS) as [number, number, number];
  return withSource(shipment, {
    earliest: iso(e),
    likely: iso(l),
    latest: iso(t),
    confidence,
    basis,
  });
}

/** What the prior of a method gives from an anchor: the same for every parcel. */
interface Prior {
  dist: Dist;
  confidence: Confidence;
  /** A new basis object (callers change it) for parcels from `origin`. */
  basisFrom(origin: string): Basis;
}

/** Priors already worked out, by method and anchor (both come from fixed lists). */
const priors = new Map<ShippingMethod | undefined, Map<Anchor, Prior>>();
/** Origins are data: this many bases per prior at most are kept. */
const BASES_MAX = 256;

function makePrior(method: ShippingMethod | undefined, anchor: Anchor): Prior {
  const band = calendarBand(method);
  // The text quotes the seed's band as published (business days stay business days).
  const shown =
    band.from === 'service' && method?.minDays != null && method.maxDays != null
      ? { minDays: method.minDays, maxDays: method.maxDays, from: band.from }
      : band;
  const bases = new Map<string, Basis>();
  return {
    dist: remainingPrior(method, anchor),
    confidence: band.from === 'service' ? 'medium' : 'low',
    basisFrom(origin) {
      let basis = bases.get(origin);
      if (!basis) {
        basis = priorBasis(method, shown, origin, anchor);
        if (bases.size >= BASES_MAX) bases.clear();
        bases.set(origin, basis);
      }
      return copyBasis(basis);
    },
  };
}

function priorOf(method: ShippingMethod | undefined, anchor: Anchor): Prior {
  let byAnchor = priors.get(method);
  if (!byAnchor) {
    byAnchor = new Map();
    priors.set(method, byAnchor);
  }
  let prior = byAnchor.get(anchor);
  if (!prior) {
    prior = makePrior(method, anchor);
    byAnchor.set(anchor, prior);
  }
  return prior;
}

/** A copy sharing nothing that can be changed (same keys, same order). */
function copyBasis(b: Basis): Basis {
  const copy: Basis = { ...b, params: { ...b.params } };
  if (b.days) copy.days = { ...b.days };
  return copy;
}

function withSource(shipment: EtaInput, est: Estimate): Estimate {
  if (shipment.sourceEstimate) est.sourceEstimate = { ...shipment.sourceEstimate };
  return est;
}
