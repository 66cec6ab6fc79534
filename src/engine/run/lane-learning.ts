/**
 * @module engine/run/lane-learning
 * Lane statistics learned as parcels are delivered. A `delivered` domain event queues the
 * shipment; a moment later (or at once when many are queued, and always on stop) the queued
 * shipments are read back from the store — row, last-mile leg, classified scans — turned
 * into delivered-shipment facts exactly as the tracking page derives them, and learned in
 * one transaction (store/lane-stats.ts: each shipment counted once, concurrent workers
 * merge). A failed batch is queued again, at most three times. `relearnDeliveries`
 * rebuilds the statistics from every delivered parcel in the database.
 *
 * Estimates read the statistics through the lane-stats cache (lane-stats-cache.ts).
 */
import {
  type DeliveredShipment,
  etaInputOf,
  type LaneKey,
  type LaneStats,
  milestonesOfScans,
  originOfScans,
  type Scan,
} from '../../core/eta/index.js';
import type { Logger } from '../../log.js';
import { chunks } from '../../store/chunks.js';
import type { Db } from '../../store/db.js';
import {
  clearLaneStats,
  type LearnedDelivery,
  type LearnOutcome,
  learnDeliveries,
} from '../../store/lane-stats.js';
import type { EventBus } from '../bus.js';
import { createLaneStatsCache } from './lane-stats-cache.js';

/** Real ms between a delivery and the batch that learns it. */
export const LEARN_DELAY_MS = 2_000;
/** Shipments per learning batch (one transaction). */
const BATCH = 500;
const MAX_ATTEMPTS = 3;

export interface LaneLearningOptions {
  db: Db;
  bus: EventBus;
  logger: Logger;
  /** The engine's clock. */
  now: () => number;
  /** The real clock, for the read cache (default Date.now). */
  realNow?: () => number;
  /** Learn from deliveries told on the bus (default true); reading works either way. */
  learn?: boolean;
  delayMs?: number;
  cacheMs?: number;
}

export interface LaneLearning {
  /** Learns from the shipments queued so far. Never rejects (failures are logged). */
  flush(): Promise<LearnOutcome>;
  /** Shipments queued and not yet learned. */
  readonly pending: number;
  /** Stored statistics of a lane over the last 90 days (cached a minute), or null. */
  statsFor(lane: LaneKey): Promise<LaneStats | null>;
  /** Forgets cached statistics. */
  clearCache(): void;
  /** Stops listening and learns what is queued. */
  stop(): Promise<void>;
}

const iso = (ms: number | string): string => new Date(Number(ms)).toISOString();

/** Delivered-shipment facts of these shipments, as stored (those not delivered are left out). */
export async function deliveriesOf(
  db: Db,
  shipmentIds: readonly string[],
): Promise<LearnedDelivery[]> {
  const out: LearnedDelivery[] = [];
  for (const ids of chunks([...new Set(shipmentIds)])) {
    const rows = await db
      .selectFrom('shipments')
      .select(['id', 'origin_country', 'destination_country', 'service', 'delivered_at'])
      .where('id', 'in', ids)
      .where('status', '=', 'delivered')
      .where('delivered_at', 'is not', null)
      .execute();
    if (rows.length === 0) continue;
    const found = rows.map((r) => r.id);
    const legs = await db
      .selectFrom('legs')
      .select(['shipment_id', 'carrier_id'])
      .where('shipment_id', 'in', found)
      .where('role', '=', 'last_mile')
      .orderBy('first_seen_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    const lastMile = new Map<string, string>();
    for (const l of legs)
      if (!lastMile.has(l.shipment_id)) lastMile.set(l.shipment_id, l.carrier_id);
    const events = await db
      .selectFrom('events')
      .select(['shipment_id', 'occurred_at', 'status', 'milestone', 'country'])
      .where('shipment_id', 'in', found)
      .where('milestone', 'is not', null)
      .orderBy('shipment_id')
      .orderBy('occurred_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    const scans = new Map<string, Scan[]>();
    for (const e of events) {
      let list = scans.get(e.shipment_id);
      if (!list) {
        list = [];
        scans.set(e.shipment_id, list);
      }
      list.push({
        at: iso(e.occurred_at),
        status: e.status,
        milestone: e.milestone,
        country: e.country,
      });
    }
    for (const r of rows) {
      const own = scans.get(r.id) ?? [];
      const input = etaInputOf(
        { status: 'delivered', milestonesReached: milestonesOfScans(own) },
        {
          originCountry: r.origin_country ?? originOfScans(own) ?? null,
          destinationCountry: r.destination_country,
          service: r.service,
          lastMileCarrier: lastMile.get(r.id) ?? null,
        },
      );
      const delivery: DeliveredShipment = { ...input, deliveredAt: iso(r.delivered_at!) };
      out.push({ shipmentId: r.id, delivery });
    }
  }
  return out;
}

export function startLaneLearning(opts: LaneLearningOptions): LaneLearning {
  const { db, logger } = opts;
  const delay = opts.delayMs ?? LEARN_DELAY_MS;
  const cache = createLaneStatsCache({
    db,
    logger,
    now: opts.now,
    ...(opts.realNow ? { realNow: opts.realNow } : {}),
    ...(opts.cacheMs !== undefined ? { cacheMs: opts.cacheMs } : {}),
  });
  const queued = new Set<string>();
  const attempts = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const schedule = () => {
    if (timer || stopped || queued.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delay);
    timer.unref();
  };

  async function learnQueued(): Promise<LearnOutcome> {
    const total: LearnOutcome = { learned: 0, known: 0, unusable: 0 };
    while (queued.size > 0) {
      const ids = [...queued].slice(0, BATCH);
      for (const id of ids) queued.delete(id);
      try {
        const outcome = await learnDeliveries(db, await deliveriesOf(db, ids), opts.now());
        total.learned += outcome.learned;
        total.known += outcome.known;
        total.unusable += outcome.unusable;
        for (const id of ids) attempts.delete(id);
      } catch (err) {
        logger.warn({ err, shipments: ids.length }, 'lane statistics: learning failed');
        for (const id of ids) {
          const n = (attempts.get(id) ?? 0) + 1;
          if (n < MAX_ATTEMPTS) {
            attempts.set(id, n);
            queued.add(id);
          } else attempts.delete(id);
        }
        break;
      }
    }
    if (total.learned > 0) logger.debug({ ...total }, 'lane statistics learned');
    schedule();
    return total;
  }

  function flush(): Promise<LearnOutcome> {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    const run = chain.then(learnQueued);
    chain = run.catch(() => undefined);
    return run;
  }

  const unsubscribe =
    opts.learn === false
      ? () => {}
      : opts.bus.on('delivered', (event) => {
          if (stopped) return;
          queued.add(event.shipmentId);
          if (queued.size >= BATCH) void flush();
          else schedule();
        });

  return {
    flush,
    get pending() {
      return queued.size;
    },
    statsFor: (lane) => cache.statsFor(lane),
    clearCache: () => cache.clear(),
    async stop() {
      if (stopped) return;
      unsubscribe();
      await flush();
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * Forgets the learned statistics and learns again from every delivered shipment in the
 * database, BATCH at a time. Deliveries learned by running workers meanwhile are counted
 * once (whichever comes first).
 */
export async function relearnDeliveries(
  db: Db,
  now: () => number,
  onBatch?: (done: number) => void,
): Promise<LearnOutcome> {
  await clearLaneStats(db);
  const total: LearnOutcome = { learned: 0, known: 0, unusable: 0 };
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('shipments')
      .select('id')
      .where('status', '=', 'delivered')
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const outcome = await learnDeliveries(
      db,
      await deliveriesOf(
        db,
        rows.map((r) => r.id),
      ),
      now(),
    );
    total.learned += outcome.learned;
    total.known += outcome.known;
    total.unusable += outcome.unusable;
    onBatch?.(total.learned + total.known + total.unusable);
  }
  return total;
}
