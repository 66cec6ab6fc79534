/**
 * @module engine/run/lane-stats-cache
 * Reading lane statistics for estimates: the stored statistics of a lane's keys over the
 * last LANE_WINDOW_DAYS days (store/lane-stats.ts), kept in memory for a minute so a busy
 * tracking page does not read them on every view; and the shipment facts (countries,
 * shipping method, last-mile carrier) that say which lane a parcel travels on, derived the
 * same way learning derives them (engine/run/lane-learning.ts).
 */
import {
  etaInputOf,
  LANE_WINDOW_DAYS,
  type LaneKey,
  type LaneStats,
  laneKeys,
  laneOf,
  laneWindowStart,
  originOfScans,
  type ShipmentFacts,
} from '../../core/eta/index.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import { readLaneStats } from '../../store/lane-stats.js';
import { shipmentRowOf, type TrackView, viewScans } from './track-view.js';

/** How long statistics read for a lane are reused (real ms). */
export const LANE_CACHE_MS = 60_000;
/** Lanes kept in memory before expired ones are dropped. */
const MAX_CACHED = 2_000;

export interface LaneStatsCacheOptions {
  db: Db;
  logger: Logger;
  /** The engine's clock (the window ends now). */
  now: () => number;
  /** The real clock, for the cache's lifetime (default Date.now). */
  realNow?: () => number;
  cacheMs?: number;
}

export interface LaneStatsCache {
  /**
   * Statistics of the lane's keys over the window (cached), or null when they cannot be read.
   * Lanes with too few parcels are still returned; estimate() falls back to priors.
   */
  statsFor(lane: LaneKey): Promise<LaneStats | null>;
  /** Forgets what was read (after learning, or in tests). */
  clear(): void;
}

export function createLaneStatsCache(opts: LaneStatsCacheOptions): LaneStatsCache {
  const realNow = opts.realNow ?? Date.now;
  const ttl = opts.cacheMs ?? LANE_CACHE_MS;
  const cache = new Map<string, { at: number; stats: Promise<LaneStats | null> }>();

  const evict = (t: number) => {
    for (const [k, v] of cache) if (t - v.at >= ttl) cache.delete(k);
    if (cache.size >= MAX_CACHED) cache.clear();
  };

  return {
    statsFor(lane) {
      const keys = laneKeys(lane).map((k) => k.text);
      const key = keys.join('\n');
      const t = realNow();
      const hit = cache.get(key);
      if (hit && t - hit.at < ttl) return hit.stats;
      if (cache.size >= MAX_CACHED) evict(t);
      const stats = readLaneStats(
        opts.db,
        keys,
        laneWindowStart(opts.now()),
        LANE_WINDOW_DAYS,
      ).catch((err: unknown) => {
        opts.logger.warn({ err, lane: keys[0] }, 'lane statistics could not be read');
        cache.delete(key);
        return null;
      });
      cache.set(key, { at: t, stats });
      return stats;
    },
    clear: () => cache.clear(),
  };
}

/**
 * What the engine knows about a viewed shipment beyond its view, for its estimate: the
 * countries and shipping method of its row, the carrier of its last-mile leg. The origin is
 * the row's, else the country of its oldest scan in the origin country.
 */
export async function shipmentFactsOf(db: Db, view: TrackView): Promise<ShipmentFacts> {
  const row =
    shipmentRowOf(view.shipment) ??
    (await db
      .selectFrom('shipments')
      .select(['origin_country', 'destination_country', 'service'])
      .where('id', '=', view.shipment.id)
      .executeTakeFirst());
  const facts: ShipmentFacts = {};
  const origin = row?.origin_country ?? originOfScans(viewScans(view.shipment));
  if (origin) facts.originCountry = origin;
  if (row?.destination_country) facts.destinationCountry = row.destination_country;
  if (row?.service) facts.service = row.service;
  const lastMile = view.shipment.legs.find((l) => l.role === 'last_mile');
  if (lastMile) facts.lastMileCarrier = lastMile.carrierId;
  return facts;
}

/**
 * The facts and lane statistics an estimate of `view` uses. When they cannot be read the
 * estimate still comes, from the view alone (priors), and the failure is logged.
 */
export async function laneContextOf(
  engine: { db: Db; logger: Logger; lanes: { statsFor(lane: LaneKey): Promise<LaneStats | null> } },
  view: TrackView,
): Promise<{ stats: LaneStats | null; facts: ShipmentFacts }> {
  try {
    const facts = await shipmentFactsOf(engine.db, view);
    const lane = laneOf(etaInputOf({ status: view.shipment.status, milestonesReached: [] }, facts));
    return { stats: lane ? await engine.lanes.statsFor(lane) : null, facts };
  } catch (err) {
    engine.logger.warn({ err }, 'lane statistics: shipment facts could not be read');
    return { stats: null, facts: {} };
  }
}
