/**
 * @module store/views
 * The shipments' stored read models (`shipment_views`): one row per shipment holding, as
 * JSON, what the tracking page and API show of its legs and events. The repositories that
 * change legs or events drop the rows they touch (`dropViews`), and ingestion writes fresh
 * ones (`writeViews`) in the same transaction; a missing row is rebuilt by whoever reads it.
 * So a row, when present, is never older than the legs and events it describes.
 *
 * `readTrack` is the tracking page's one query: a number's newest leg with its shipment,
 * the stored view, whether the leg is polled and whether the shipment has orders.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import { chunks } from './chunks.js';
import { readNow } from './dialects/sqlite-driver.js';
import type { Database, ShipmentRow, ShipmentViewsTable } from './schema.js';

/** What `readTrack` finds for a number. */
export interface StoredTrack {
  shipment: ShipmentRow;
  legId: string;
  /** The stored view's JSON; null when it must be rebuilt. */
  body: string | null;
  /** The leg has a poll row. */
  polled: boolean;
  /** The shipment is linked to at least one order. */
  hasOrders: boolean;
}

/**
 * For writers of legs and events: `rewritesViews` says the caller writes the touched
 * shipments' views itself before its transaction ends (ingestion does), so dropping them
 * first would be wasted work. Anyone else leaves it unset.
 */
export interface ViewUpkeep {
  rewritesViews?: boolean;
}

/** Writes (or replaces) views. */
export async function writeViews(
  db: Kysely<Database>,
  rows: readonly ShipmentViewsTable[],
): Promise<void> {
  for (const part of chunks(rows, 300)) {
    await db
      .insertInto('shipment_views')
      .values(part)
      .onConflict((oc) =>
        oc.column('shipment_id').doUpdateSet((eb) => ({
          body: eb.ref('excluded.body'),
          built_at: eb.ref('excluded.built_at'),
        })),
      )
      .execute();
  }
}

/** Drops the views of these shipments (their legs or events are about to change). */
export async function dropViews(
  db: Kysely<Database>,
  shipmentIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(shipmentIds)];
  for (const part of chunks(ids)) {
    await db.deleteFrom('shipment_views').where('shipment_id', 'in', part).execute();
  }
}

/** A shipment's stored view JSON, if there is one. */
export async function getView(db: Kysely<Database>, shipmentId: string): Promise<string | null> {
  const row = await db
    .selectFrom('shipment_views')
    .select('body')
    .where('shipment_id', '=', shipmentId)
    .executeTakeFirst();
  return row?.body ?? null;
}

/** Stand for the number and the shipment id while the queries are compiled once. */
const NUMBER = '\u0000number';
const SHIPMENT = '\u0000shipment';

// Two small statements, not one join: SQLite reads a wide row through a join several times
// slower than through its primary key, and scalar subqueries cost less than joins here.
function legsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('legs as l')
    .leftJoin('poll_schedule as p', 'p.leg_id', 'l.id')
    .select(['l.id', 'l.shipment_id', 'l.generation', 'l.first_seen_at', 'p.leg_id as polled'])
    .where('l.number', '=', NUMBER);
}

function shipmentQuery(db: Kysely<Database>) {
  return db
    .selectFrom('shipments as s')
    .selectAll('s')
    .select((eb) => [
      eb
        .selectFrom('shipment_views as v')
        .select('v.body')
        .whereRef('v.shipment_id', '=', 's.id')
        .as('track_view'),
      eb
        .exists(
          eb
            .selectFrom('order_shipments as o')
            .select('o.order_id')
            .whereRef('o.shipment_id', '=', 's.id'),
        )
        .as('track_orders'),
    ])
    .where('s.id', '=', SHIPMENT);
}

interface LegHit {
  id: string;
  shipment_id: string;
  generation: number;
  first_seen_at: number;
  polled: string | null;
}

type TrackRow = ShipmentRow & { track_view: string | null; track_orders: unknown };

interface Compiled {
  legs: CompiledQuery<LegHit>;
  shipment: CompiledQuery<TrackRow>;
}

/** The compiled queries per database handle: building them costs more than running them. */
const compiled = new WeakMap<object, Compiled>();

function queriesOf(db: Kysely<Database>): Compiled {
  let q = compiled.get(db);
  if (!q) {
    q = {
      legs: legsQuery(db).compile() as CompiledQuery<LegHit>,
      shipment: shipmentQuery(db).compile() as CompiledQuery<TrackRow>,
    };
    compiled.set(db, q);
  }
  return q;
}

function withParameter<R>(query: CompiledQuery<R>, stand: string, value: string): CompiledQuery<R> {
  return { ...query, parameters: query.parameters.map((p) => (p === stand ? value : p)) };
}

/** The newest generation, then the newest leg (as `findLegsByNumber` orders them). */
function newest(legs: readonly LegHit[]): LegHit | undefined {
  let best: LegHit | undefined;
  for (const l of legs) {
    if (
      !best ||
      Number(l.generation) > Number(best.generation) ||
      (Number(l.generation) === Number(best.generation) &&
        Number(l.first_seen_at) > Number(best.first_seen_at))
    ) {
      best = l;
    }
  }
  return best;
}

/** A number's newest leg, its shipment, stored view and flags; undefined when unknown. */
export async function readTrack(
  db: Kysely<Database>,
  number: string,
): Promise<StoredTrack | undefined> {
  const q = queriesOf(db);
  const leg = newest(await rowsOf(db, withParameter(q.legs, NUMBER, number)));
  if (!leg) return undefined;
  const row = (await rowsOf(db, withParameter(q.shipment, SHIPMENT, leg.shipment_id)))[0];
  if (!row) return undefined;
  const { track_view, track_orders, ...shipment } = row;
  return {
    shipment,
    legId: leg.id,
    body: track_view,
    polled: leg.polled !== null,
    hasOrders: truthy(track_orders),
  };
}

async function rowsOf<R>(db: Kysely<Database>, query: CompiledQuery<R>): Promise<R[]> {
  return readNow(db, query) ?? (await db.executeQuery(query)).rows;
}

/** EXISTS is 0/1 on SQLite and a boolean on PostgreSQL. */
function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}
