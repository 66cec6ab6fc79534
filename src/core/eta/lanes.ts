/**
 * @module core/eta/lanes
 * Lane statistics learned from delivered parcels. A lane is (origin country, destination
 * country, shipping method, last-mile carrier); each holds a sketch of door-to-door transit
 * and, per milestone, a sketch of the time from reaching it to delivery.
 *
 * recordDelivery MUTATES the accumulator it is given (it is meant for a fold over many
 * deliveries) and files each parcel under five keys: the full lane, the lane without the
 * last-mile carrier, the method's class on that country pair, the country pair alone, and
 * the method's pool (its parcels from that origin to every destination). mergeLaneStats
 * returns a new value and changes neither input; it is associative and commutative, so
 * workers can each fold their share and merge. lookupLane walks from the most specific key
 * to the broadest and takes the first one with at least `minSamples` parcels for the
 * milestone asked about; the pool is never a lane of its own, only what a small lane is
 * filled up with (smallLane).
 */
import { isMilestone, type Milestone, milestoneIndex } from '../status/taxonomy.js';
import { findShippingMethod } from './services.js';
import {
  addToSketch,
  emptySketch,
  mergeSketches,
  type Sketch,
  type SketchJSON,
  sketchFromJSON,
  sketchToJSON,
} from './sketch.js';
import type { Anchor, DeliveredShipment, EtaInput, ServiceClass } from './types.js';

/** Fewest parcels before a lane is trusted. */
export const MIN_LANE_SAMPLES = 30;
/** Origin assumed when a shipment does not say (the product is for parcels from China). */
export const DEFAULT_ORIGIN = 'CN';

export interface LaneEntry {
  /** First scan → delivery, hours. */
  total: Sketch;
  /** Reaching the anchor → delivery, hours. */
  from: Partial<Record<Anchor, Sketch>>;
}

export interface LaneStats {
  /** When the deliveries were taken from a recent window, its length (used in the text). */
  windowDays?: number;
  lanes: Record<string, LaneEntry>;
}

/**
 * How specific a lane key is: 'full' is the shipping method and the last-mile carrier,
 * 'service' the method alone, 'class' every method of its class, 'countries' everything.
 * 'pool' is the method from the origin to every destination (not a lane of its own).
 */
export type LaneLevel = 'full' | 'service' | 'class' | 'countries' | 'pool';

export interface LaneKey {
  origin: string;
  destination: string;
  /** Id of the shipping method (data/shipping-methods.json). */
  service?: string;
  serviceClass?: ServiceClass;
  lastMile?: string;
}

export interface LaneHit {
  level: LaneLevel;
  key: LaneKey;
  sketch: Sketch;
  entry: LaneEntry;
}

const HOUR_MS = 3_600_000;
const NOT_ANCHORS: ReadonlySet<Milestone> = new Set(['delivered', 'returning', 'returned']);

export function emptyLaneStats(windowDays?: number): LaneStats {
  return windowDays === undefined ? { lanes: {} } : { windowDays, lanes: {} };
}

function keyText(k: LaneKey, level: LaneLevel): string {
  if (level === 'pool') return `${k.origin}>*|${k.service ?? '*'}|*`;
  // Method ids are never class names, so a method's key and a class's key cannot collide.
  const what =
    level === 'countries' ? '*' : level === 'class' ? (k.serviceClass ?? '*') : (k.service ?? '*');
  const lm = level === 'full' ? (k.lastMile ?? '*') : '*';
  return `${k.origin}>${k.destination}|${what}|${lm}`;
}

/**
 * The keys of a lane from most to least specific, skipping those it cannot fill. The class
 * comes only after the method: methods of one class can differ by days (AliExpress Premium
 * and Choice are both premium), and a window fitted on their mixture is too wide for the
 * steadier one and too narrow for the other (docs/eta.md).
 */
export function laneKeys(k: LaneKey): Array<{ level: LaneLevel; text: string }> {
  const out: Array<{ level: LaneLevel; text: string }> = [];
  if (k.service && k.lastMile) out.push({ level: 'full', text: keyText(k, 'full') });
  if (k.service) out.push({ level: 'service', text: keyText(k, 'service') });
  if (k.serviceClass) out.push({ level: 'class', text: keyText(k, 'class') });
  out.push({ level: 'countries', text: keyText(k, 'countries') });
  if (k.service) out.push({ level: 'pool', text: keyText(k, 'pool') });
  return out;
}

/** The lane a shipment travels on, or null without a destination. */
export function laneOf(s: EtaInput): LaneKey | null {
  const destination = s.destinationCountry?.toUpperCase();
  if (!destination) return null;
  const key: LaneKey = { origin: (s.originCountry ?? DEFAULT_ORIGIN).toUpperCase(), destination };
  const method = findShippingMethod(s.service);
  if (method) {
    key.service = method.id;
    key.serviceClass = method.class;
  }
  if (s.lastMileCarrier) key.lastMile = s.lastMileCarrier.toLowerCase();
  return key;
}

/** The first carrier scan: shippedAt, else the earliest milestone past label creation. */
export function startOf(s: EtaInput): number | null {
  if (s.shippedAt) return Date.parse(s.shippedAt);
  let best: number | null = null;
  for (const m of s.milestonesReached) {
    if (m.milestone === 'label_created' || NOT_ANCHORS.has(m.milestone)) continue;
    const t = Date.parse(m.at);
    if (best === null || t < best) best = t;
  }
  return best;
}

function deliveredAtOf(s: DeliveredShipment): number | null {
  if (s.deliveredAt) return Date.parse(s.deliveredAt);
  const d = s.milestonesReached.find((m) => m.milestone === 'delivered');
  return d ? Date.parse(d.at) : null;
}

function entryFor(stats: LaneStats, text: string): LaneEntry {
  let e = stats.lanes[text];
  if (!e) {
    e = { total: emptySketch(), from: {} };
    stats.lanes[text] = e;
  }
  return e;
}

/** What one delivered parcel teaches: its lane, when it arrived, and its durations. */
export interface DeliveryTimes {
  lane: LaneKey;
  /** Delivery instant, epoch ms. */
  deliveredMs: number;
  /** First scan → delivery, hours. */
  totalHours: number;
  /** Reaching each anchor → delivery, hours (each anchor once). */
  samples: Array<[Anchor, number]>;
}

/**
 * The durations a delivered parcel gives, or null when it has no destination, no delivery
 * instant or no start before it.
 */
export function deliveryTimes(shipment: DeliveredShipment): DeliveryTimes | null {
  const lane = laneOf(shipment);
  const delivered = deliveredAtOf(shipment);
  const start = startOf(shipment);
  if (!lane || delivered === null || start === null || Number.isNaN(delivered)) return null;
  if (Number.isNaN(start) || start > delivered) return null;
  const totalHours = (delivered - start) / HOUR_MS;
  const samples: Array<[Anchor, number]> = [['start', totalHours]];
  const seen = new Set<Anchor>(['start']);
  for (const m of shipment.milestonesReached) {
    if (NOT_ANCHORS.has(m.milestone) || seen.has(m.milestone as Anchor)) continue;
    const at = Date.parse(m.at);
    if (Number.isNaN(at) || at > delivered) continue;
    seen.add(m.milestone as Anchor);
    samples.push([m.milestone as Anchor, (delivered - at) / HOUR_MS]);
  }
  return { lane, deliveredMs: delivered, totalHours, samples };
}

/** Files the durations of one delivered parcel into `stats` (mutated). */
export function recordTimes(stats: LaneStats, times: DeliveryTimes): void {
  for (const { text } of laneKeys(times.lane)) {
    const e = entryFor(stats, text);
    addToSketch(e.total, times.totalHours);
    for (const [anchor, hours] of times.samples) {
      e.from[anchor] = addToSketch(e.from[anchor] ?? emptySketch(), hours);
    }
  }
}

/**
 * Files one delivered parcel into `stats` (mutated). Returns false, changing nothing, when
 * the parcel has no destination, no delivery instant or no start before it.
 */
export function recordDelivery(stats: LaneStats, shipment: DeliveredShipment): boolean {
  const times = deliveryTimes(shipment);
  if (!times) return false;
  recordTimes(stats, times);
  return true;
}

/** Stored lane statistics are kept per period of this many days (by delivery instant). */
export const LANE_PERIOD_DAYS = 10;
/** Estimates read the periods of about this many days before now. */
export const LANE_WINDOW_DAYS = 90;
const PERIOD_MS = LANE_PERIOD_DAYS * 24 * HOUR_MS;

/** Start (epoch ms) of the period holding instant `ms`. */
export function lanePeriodStart(ms: number): number {
  return Math.floor(ms / PERIOD_MS) * PERIOD_MS;
}

/**
 * The oldest period start read at `nowMs`: the current period and the ones before it, all
 * starting within the last LANE_WINDOW_DAYS days.
 */
export function laneWindowStart(nowMs: number): number {
  return lanePeriodStart(nowMs) - (LANE_WINDOW_DAYS / LANE_PERIOD_DAYS - 1) * PERIOD_MS;
}

/** Both accumulators in a new one; neither input is changed. */
export function mergeLaneStats(a: LaneStats, b: LaneStats): LaneStats {
  const out: LaneStats = { lanes: {} };
  const window = a.windowDays ?? b.windowDays;
  if (window !== undefined) out.windowDays = window;
  for (const text of new Set([...Object.keys(a.lanes), ...Object.keys(b.lanes)])) {
    const x = a.lanes[text];
    const y = b.lanes[text];
    const total = mergeSketches(x?.total ?? emptySketch(), y?.total ?? emptySketch());
    const from: Partial<Record<Anchor, Sketch>> = {};
    const anchors = new Set([...Object.keys(x?.from ?? {}), ...Object.keys(y?.from ?? {})]);
    for (const anchor of anchors as Set<Anchor>) {
      from[anchor] = mergeSketches(
        x?.from[anchor] ?? emptySketch(),
        y?.from[anchor] ?? emptySketch(),
      );
    }
    out.lanes[text] = { total, from };
  }
  return out;
}

/** The most specific lane with at least `minSamples` parcels timed from `anchor`. */
export function lookupLane(
  stats: LaneStats,
  lane: LaneKey,
  anchor: Anchor,
  minSamples = MIN_LANE_SAMPLES,
): LaneHit | null {
  for (const { level, text } of laneKeys(lane)) {
    // With a known class, the country pair alone mixes couriers with economy post: the
    // class's own prior is the better guess (docs/eta.md).
    if (level === 'countries' && lane.serviceClass) break;
    const entry = stats.lanes[text];
    const sketch = entry?.from[anchor];
    if (entry && sketch && sketch.n >= minSamples) return { level, key: lane, sketch, entry };
  }
  return null;
}

/** A lane of the method with too few parcels, and the method's pool to fill it up with. */
export interface SmallLane {
  /** The method's own lane on this country pair (level 'service'), under `minSamples`. */
  hit: LaneHit;
  /** The method's parcels from the same origin to every destination, timed from the anchor. */
  pool: Sketch;
}

/**
 * For a lane lookupLane found nothing on: the method's own lane when it has at least one
 * parcel timed from `anchor`, with the method's pool when that has `minSamples`; else null.
 * A method to one country is usually far closer to itself to other countries than to its
 * published band (docs/eta.md), so a few parcels of the lane plus the pool beat the prior.
 */
export function smallLane(
  stats: LaneStats,
  lane: LaneKey,
  anchor: Anchor,
  minSamples = MIN_LANE_SAMPLES,
): SmallLane | null {
  if (!lane.service) return null;
  const entry = stats.lanes[keyText(lane, 'service')];
  const sketch = entry?.from[anchor];
  const pool = stats.lanes[keyText(lane, 'pool')]?.from[anchor];
  if (!entry || !sketch || sketch.n === 0 || !pool || pool.n < minSamples) return null;
  return { hit: { level: 'service', key: lane, sketch, entry }, pool };
}

/** Is `a` a milestone an estimate can be anchored on ('start' included)? */
export function isAnchor(a: string): a is Anchor {
  return a === 'start' || (isMilestone(a) && !NOT_ANCHORS.has(a));
}

/** Journey order of an anchor, for picking the furthest one reached. */
export function anchorRank(anchor: Anchor): number {
  return anchor === 'start' ? 0.5 : milestoneIndex(anchor);
}

/** Stored form of lane statistics. */
export interface LaneStatsJSON {
  v: 1;
  windowDays?: number;
  lanes: Record<string, { total: SketchJSON; from: Record<string, SketchJSON> }>;
}

export function laneStatsToJSON(stats: LaneStats): LaneStatsJSON {
  const lanes: LaneStatsJSON['lanes'] = {};
  for (const [text, e] of Object.entries(stats.lanes)) {
    const from: Record<string, SketchJSON> = {};
    for (const [a, s] of Object.entries(e.from)) if (s) from[a] = sketchToJSON(s);
    lanes[text] = { total: sketchToJSON(e.total), from };
  }
  const out: LaneStatsJSON = { v: 1, lanes };
  if (stats.windowDays !== undefined) out.windowDays = stats.windowDays;
  return out;
}

export function laneStatsFromJSON(json: unknown): LaneStats {
  const j = json as Partial<LaneStatsJSON> | null;
  if (j?.v !== 1 || typeof j.lanes !== 'object' || j.lanes === null) {
    throw new Error('not version 1 lane statistics');
  }
  const out: LaneStats = { lanes: {} };
  if (typeof j.windowDays === 'number') out.windowDays = j.windowDays;
  for (const [text, e] of Object.entries(j.lanes)) {
    const from: Partial<Record<Anchor, Sketch>> = {};
    for (const [a, s] of Object.entries(e.from ?? {})) {
      if (!isAnchor(a)) throw new Error(`lane statistics: unknown milestone ${a}`);
      from[a] = sketchFromJSON(s);
    }
    out.lanes[text] = { total: sketchFromJSON(e.total), from };
  }
  return out;
}
