/**
 * @module store/lane-stats
 * Lane statistics learned from delivered parcels (core/eta/lanes.ts), shared by every
 * worker. One row per lane key, anchor ('total' or the milestone timed from) and 10-day
 * period of delivery holds a serialised duration sketch; reading merges the periods of the
 * window asked for.
 *
 * Concurrency: sketches merge by adding bin counts, so a writer folds its deltas into the
 * stored rows by read-modify-write in one transaction: placeholder rows are inserted first
 * (ON CONFLICT DO NOTHING), then read under their row locks (PostgreSQL: FOR UPDATE, taken
 * in key order; SQLite: the transaction is BEGIN IMMEDIATE, a single writer) and written
 * back merged. Two workers adding at once therefore both count. `learnDeliveries` also
 * records each shipment it learns from in the same transaction, so a parcel whose delivery
 * is announced twice, or by two workers, is counted once.
 */
import type { Kysely } from 'kysely';
import {
  type DeliveredShipment,
  type DeliveryTimes,
  deliveryTimes,
  emptyLaneStats,
  emptySketch,
  isAnchor,
  type LaneStats,
  laneKeys,
  lanePeriodStart,
  mergeSketches,
  recordTimes,
  type Sketch,
  sketchFromJSON,
  sketchToJSON,
} from '../core/eta/index.js';
import { chunks } from './chunks.js';
import { withTransaction } from './db.js';
import { dialectOf } from './dialects/index.js';
import type { Database } from './schema.js';

/** The anchor column's value for door-to-door transit (first scan → delivery). */
export const TOTAL_ANCHOR = 'total';

/** Lane statistics of deliveries in the period starting at `periodStart` (epoch ms). */
export interface LaneStatsPart {
  periodStart: number;
  stats: LaneStats;
}

export interface LearnedDelivery {
  shipmentId: string;
  delivery: DeliveredShipment;
}

export interface LearnOutcome {
  /** Shipments newly counted. */
  learned: number;
  /** Already counted before (by this or another worker). */
  known: number;
  /** Nothing to learn: no destination, no delivery instant, or no start before it. */
  unusable: number;
}

interface Cell {
  lane: string;
  anchor: string;
  period_start: number;
  sketch: Sketch;
}

const EMPTY_SKETCH = JSON.stringify(sketchToJSON(emptySketch()));

function cellKey(lane: string, anchor: string, period: number): string {
  return `${lane}\u0000${anchor}\u0000${period}`;
}

function byKey(a: Cell, b: Cell): number {
  if (a.lane !== b.lane) return a.lane < b.lane ? -1 : 1;
  if (a.anchor !== b.anchor) return a.anchor < b.anchor ? -1 : 1;
  return a.period_start - b.period_start;
}

/** The non-empty sketches of `parts` as cells, those of the same key merged. */
function cellsOf(parts: readonly LaneStatsPart[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const add = (lane: string, anchor: string, period: number, sketch: Sketch | undefined) => {
    if (!sketch || sketch.n === 0) return;
    const key = cellKey(lane, anchor, period);
    const had = cells.get(key);
    cells.set(key, {
      lane,
      anchor,
      period_start: period,
      sketch: had ? mergeSketches(had.sketch, sketch) : sketch,
    });
  };
  for (const { periodStart, stats } of parts) {
    for (const [lane, entry] of Object.entries(stats.lanes)) {
      add(lane, TOTAL_ANCHOR, periodStart, entry.total);
      for (const [anchor, sketch] of Object.entries(entry.from)) {
        add(lane, anchor, periodStart, sketch);
      }
    }
  }
  return cells;
}

/**
 * Adds `parts` to the stored statistics (merging, never overwriting); returns how many rows
 * were written. Runs in one transaction (joins the caller's when there is one).
 */
export async function addLaneStats(
  db: Kysely<Database>,
  parts: readonly LaneStatsPart[],
  now: number,
): Promise<number> {
  const cells = [...cellsOf(parts).values()].sort(byKey);
  if (cells.length === 0) return 0;
  const locking = dialectOf(db) === 'postgres';
  return withTransaction(db, async (trx) => {
    for (const part of chunks(cells)) {
      // Rows must exist before they can be locked; a concurrent creator makes us wait.
      await trx
        .insertInto('lane_stats')
        .values(
          part.map((c) => ({
            lane: c.lane,
            anchor: c.anchor,
            period_start: c.period_start,
            n: 0,
            sketch: EMPTY_SKETCH,
            updated_at: now,
          })),
        )
        .onConflict((oc) => oc.columns(['lane', 'anchor', 'period_start']).doNothing())
        .execute();
      const read = trx
        .selectFrom('lane_stats')
        .select(['lane', 'anchor', 'period_start', 'sketch'])
        .where('lane', 'in', [...new Set(part.map((c) => c.lane))])
        .where('anchor', 'in', [...new Set(part.map((c) => c.anchor))])
        .where('period_start', 'in', [...new Set(part.map((c) => c.period_start))])
        .orderBy('lane')
        .orderBy('anchor')
        .orderBy('period_start');
      const rows = await (locking ? read.forUpdate() : read).execute();
      const stored = new Map(
        rows.map((r) => [cellKey(r.lane, r.anchor, Number(r.period_start)), r.sketch]),
      );
      const merged = part.map((c) => {
        const text = stored.get(cellKey(c.lane, c.anchor, c.period_start));
        if (text === undefined) throw new Error(`lane_stats row ${c.lane} ${c.anchor} vanished`);
        const sketch = mergeSketches(sketchFromJSON(JSON.parse(text)), c.sketch);
        return {
          lane: c.lane,
          anchor: c.anchor,
          period_start: c.period_start,
          n: sketch.n,
          sketch: JSON.stringify(sketchToJSON(sketch)),
          updated_at: now,
        };
      });
      await trx
        .insertInto('lane_stats')
        .values(merged)
        .onConflict((oc) =>
          oc.columns(['lane', 'anchor', 'period_start']).doUpdateSet((eb) => ({
            n: eb.ref('excluded.n'),
            sketch: eb.ref('excluded.sketch'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    return cells.length;
  });
}

/**
 * Learns from delivered shipments: each one not learned from before is filed under its
 * lane keys, in the period of its delivery, and remembered as learned. One transaction.
 */
export async function learnDeliveries(
  db: Kysely<Database>,
  deliveries: readonly LearnedDelivery[],
  now: number,
): Promise<LearnOutcome> {
  const usable = new Map<string, DeliveryTimes>();
  for (const d of deliveries) {
    const times = deliveryTimes(d.delivery);
    if (times) usable.set(d.shipmentId, times);
  }
  const unusable = new Set(deliveries.map((d) => d.shipmentId)).size - usable.size;
  if (usable.size === 0) return { learned: 0, known: 0, unusable };
  return withTransaction(db, async (trx) => {
    const fresh: string[] = [];
    for (const ids of chunks([...usable.keys()].sort())) {
      const rows = await trx
        .insertInto('lane_stats_learned')
        .values(
          ids.map((id) => {
            const t = usable.get(id)!;
            return {
              shipment_id: id,
              lane: laneKeys(t.lane)[0]?.text ?? '',
              period_start: lanePeriodStart(t.deliveredMs),
              learned_at: now,
            };
          }),
        )
        .onConflict((oc) => oc.column('shipment_id').doNothing())
        .returning('shipment_id')
        .execute();
      for (const r of rows) fresh.push(r.shipment_id);
    }
    const byPeriod = new Map<number, LaneStats>();
    for (const id of fresh) {
      const t = usable.get(id)!;
      const period = lanePeriodStart(t.deliveredMs);
      let stats = byPeriod.get(period);
      if (!stats) {
        stats = emptyLaneStats();
        byPeriod.set(period, stats);
      }
      recordTimes(stats, t);
    }
    await addLaneStats(
      trx,
      [...byPeriod].map(([periodStart, stats]) => ({ periodStart, stats })),
      now,
    );
    return { learned: fresh.length, known: usable.size - fresh.length, unusable };
  });
}

/**
 * The stored statistics of the given lane keys over the periods starting at or after
 * `sincePeriodStart`, merged; `windowDays` is kept for the estimate's wording. Rows of an
 * anchor this version does not know are skipped.
 */
export async function readLaneStats(
  db: Kysely<Database>,
  lanes: readonly string[],
  sincePeriodStart: number,
  windowDays?: number,
): Promise<LaneStats> {
  const out = emptyLaneStats(windowDays);
  for (const part of chunks([...new Set(lanes)])) {
    const rows = await db
      .selectFrom('lane_stats')
      .select(['lane', 'anchor', 'sketch'])
      .where('lane', 'in', part)
      .where('period_start', '>=', sincePeriodStart)
      .where('n', '>', 0)
      .execute();
    for (const row of rows) {
      if (row.anchor !== TOTAL_ANCHOR && !isAnchor(row.anchor)) continue;
      const sketch = sketchFromJSON(JSON.parse(row.sketch));
      let entry = out.lanes[row.lane];
      if (!entry) {
        entry = { total: emptySketch(), from: {} };
        out.lanes[row.lane] = entry;
      }
      if (row.anchor === TOTAL_ANCHOR) entry.total = mergeSketches(entry.total, sketch);
      else if (isAnchor(row.anchor)) {
        entry.from[row.anchor] = mergeSketches(entry.from[row.anchor] ?? emptySketch(), sketch);
      }
    }
  }
  return out;
}

/** How many shipments the statistics have learned from. */
export async function countLearnedDeliveries(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('lane_stats_learned')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Forgets every learned statistic (before relearning from all delivered parcels). */
export async function clearLaneStats(db: Kysely<Database>): Promise<void> {
  await withTransaction(db, async (trx) => {
    await trx.deleteFrom('lane_stats').execute();
    await trx.deleteFrom('lane_stats_learned').execute();
  });
}
