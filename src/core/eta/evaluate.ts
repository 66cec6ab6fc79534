/**
 * @module core/eta/evaluate
 * Scoring estimates against what really happened: cut delivered journeys at instants before
 * their delivery (what a buyer would have seen then), estimate, and count how often the
 * delivery fell inside the stated 80 % window, and how far `likely` was from it.
 */
import { milestoneIndex, type Status } from '../status/taxonomy.js';
import { estimate } from './estimate.js';
import { emptyLaneStats, type LaneStats, recordDelivery } from './lanes.js';
import type { DeliveredShipment, EtaInput } from './types.js';

const DAY_MS = 86_400_000;

/** One question: the shipment as seen at `now`, and when it was really delivered. */
export interface EvalCase {
  input: EtaInput;
  now: string;
  deliveredAt: string;
}

export interface EvalResult {
  cases: number;
  /** Cases that got an estimate. */
  estimated: number;
  /** Deliveries inside [earliest, latest]. */
  inside: number;
  /** inside / estimated (NaN when nothing was estimated). */
  coverage: number;
  /** Median of |likely − delivered| in days. */
  medianAbsErrorDays: number;
  /** Estimates per basis kind ('lane+pool': a small lane filled up with its method's pool). */
  byBasis: Record<string, number>;
}

/** Folds delivered shipments into new lane statistics. */
export function fitLaneStats(
  shipments: Iterable<DeliveredShipment>,
  windowDays?: number,
): LaneStats {
  const stats = emptyLaneStats(windowDays);
  for (const s of shipments) recordDelivery(stats, s);
  return stats;
}

const LAST_MILE_KNOWN = milestoneIndex('arrived_destination');

function statusAt(furthest: number): Status {
  if (furthest < 0) return 'pending';
  if (furthest === milestoneIndex('out_for_delivery')) return 'out_for_delivery';
  if (furthest === milestoneIndex('pickup_point')) return 'available_for_pickup';
  if (furthest <= milestoneIndex('label_created')) return 'info_received';
  return 'in_transit';
}

/**
 * What a delivered shipment looked like at `nowMs` (before its delivery): milestones up to
 * then, a status to match, and the last-mile carrier only once the parcel is in the
 * destination country (unless `lastMileKnownAtMs` says when it became known).
 */
export function snapshotAt(
  full: DeliveredShipment,
  nowMs: number,
  lastMileKnownAtMs?: number,
): EtaInput {
  const reached = full.milestonesReached.filter(
    (m) => m.milestone !== 'delivered' && Date.parse(m.at) <= nowMs,
  );
  const furthest = Math.max(-1, ...reached.map((m) => milestoneIndex(m.milestone)));
  const input: EtaInput = { milestonesReached: reached, status: statusAt(furthest) };
  if (full.service !== undefined) input.service = full.service;
  if (full.originCountry !== undefined) input.originCountry = full.originCountry;
  if (full.destinationCountry !== undefined) input.destinationCountry = full.destinationCountry;
  if (full.registeredAt !== undefined) input.registeredAt = full.registeredAt;
  if (full.shippedAt !== undefined && Date.parse(full.shippedAt) <= nowMs) {
    input.shippedAt = full.shippedAt;
  }
  const known =
    lastMileKnownAtMs !== undefined ? nowMs >= lastMileKnownAtMs : furthest >= LAST_MILE_KNOWN;
  if (full.lastMileCarrier !== undefined && known) input.lastMileCarrier = full.lastMileCarrier;
  return input;
}

/** `perJourney` cases per delivered journey, cut at instants drawn uniformly over its transit. */
export function casesFrom(
  journeys: readonly DeliveredShipment[],
  perJourney: number,
  rand: () => number,
  lastMileKnownAt?: (journey: DeliveredShipment) => number | undefined,
): EvalCase[] {
  const out: EvalCase[] = [];
  for (const j of journeys) {
    const end = Date.parse(j.deliveredAt ?? '');
    const start = Date.parse(j.shippedAt ?? '');
    if (Number.isNaN(end) || Number.isNaN(start) || end <= start) continue;
    for (let k = 0; k < perJourney; k++) {
      const now = start + rand() * (end - start);
      out.push({
        input: snapshotAt(j, now, lastMileKnownAt?.(j)),
        now: new Date(now).toISOString(),
        deliveredAt: j.deliveredAt!,
      });
    }
  }
  return out;
}

function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Scores estimate() on `cases`; `stats` null (or empty) means the priors alone. */
export function evaluate(cases: readonly EvalCase[], stats: LaneStats | null): EvalResult {
  let estimated = 0;
  let inside = 0;
  const errors: number[] = [];
  const byBasis: Record<string, number> = {};
  for (const c of cases) {
    const est = estimate(c.input, stats, c.now);
    if (!est) continue;
    estimated += 1;
    const kind = est.basis.params['poolCount'] !== undefined ? 'lane+pool' : est.basis.kind;
    byBasis[kind] = (byBasis[kind] ?? 0) + 1;
    const truth = Date.parse(c.deliveredAt);
    if (truth >= Date.parse(est.earliest) && truth <= Date.parse(est.latest)) inside += 1;
    errors.push(Math.abs(Date.parse(est.likely) - truth) / DAY_MS);
  }
  return {
    cases: cases.length,
    estimated,
    inside,
    coverage: estimated > 0 ? inside / estimated : Number.NaN,
    medianAbsErrorDays: median(errors),
    byBasis,
  };
}
