/**
 * @module store/shipments
 * The shipments repository: create, read, patch the derived state, find by tracking number,
 * and merge two shipments when a hand-off reveals they are one parcel; for ingestion, lock
 * and read many at once and write many derived states in one statement.
 */
import type { Kysely } from 'kysely';
import { chunks } from './chunks.js';
import { newId } from './ids.js';
import type { Database, ShipmentRow, ShipmentsTable } from './schema.js';
import { dropViews } from './views.js';

/** Everything but id and timestamps is optional when creating. */
export type NewShipment = Partial<Omit<ShipmentsTable, 'id' | 'created_at' | 'updated_at'>> & {
  id?: string;
};
export type ShipmentPatch = Partial<Omit<ShipmentsTable, 'id' | 'created_at' | 'updated_at'>>;

export async function createShipment(
  db: Kysely<Database>,
  input: NewShipment,
  now: number,
): Promise<ShipmentRow> {
  const row: ShipmentsTable = {
    status: 'pending',
    milestone: null,
    reason: null,
    status_since: now,
    last_event_at: null,
    last_checked_at: null,
    next_check_at: null,
    delivered_at: null,
    origin_country: null,
    destination_country: null,
    service: null,
    retailer: null,
    eta_earliest: null,
    eta_likely: null,
    eta_latest: null,
    eta_basis: null,
    ...input,
    id: input.id ?? newId('shipment', now),
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('shipments').values(row).execute();
  return row;
}

export async function getShipment(
  db: Kysely<Database>,
  id: string,
): Promise<ShipmentRow | undefined> {
  return db.selectFrom('shipments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getShipments(db: Kysely<Database>, ids: string[]): Promise<ShipmentRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('shipments').selectAll().where('id', 'in', ids).execute();
}

/** Patches a shipment and bumps updated_at; returns the new row (undefined when missing). */
export async function updateShipment(
  db: Kysely<Database>,
  id: string,
  patch: ShipmentPatch,
  now: number,
): Promise<ShipmentRow | undefined> {
  return db
    .updateTable('shipments')
    .set({ ...patch, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Shipments that have a leg with this (normalized) number, the newest generation of each
 * carrier's leg first. Several when different carriers use the same number.
 */
export async function findShipmentsByNumber(
  db: Kysely<Database>,
  number: string,
): Promise<ShipmentRow[]> {
  const rows = await db
    .selectFrom('legs')
    .innerJoin('shipments', 'shipments.id', 'legs.shipment_id')
    .selectAll('shipments')
    .where('legs.number', '=', number)
    .orderBy('legs.generation', 'desc')
    .orderBy('legs.first_seen_at', 'desc')
    .execute();
  const unique = new Map<string, ShipmentRow>();
  for (const row of rows) if (!unique.has(row.id)) unique.set(row.id, row);
  return [...unique.values()];
}

/**
 * Moves every leg, event and order link of `from` onto `into` and deletes `from`.
 * Run it inside withTransaction together with re-deriving `into`'s state.
 */
export async function mergeShipments(
  db: Kysely<Database>,
  from: string,
  into: string,
  now: number,
): Promise<void> {
  if (from === into) return;
  await dropViews(db, [from, into]);
  await db.updateTable('legs').set({ shipment_id: into }).where('shipment_id', '=', from).execute();
  await db
    .updateTable('events')
    .set({ shipment_id: into })
    .where('shipment_id', '=', from)
    .execute();
  const links = await db
    .selectFrom('order_shipments')
    .select('order_id')
    .where('shipment_id', '=', from)
    .execute();
  if (links.length > 0) {
    await db
      .insertInto('order_shipments')
      .values(links.map((l) => ({ order_id: l.order_id, shipment_id: into })))
      .onConflict((oc) => oc.columns(['order_id', 'shipment_id']).doNothing())
      .execute();
  }
  await db.deleteFrom('shipments').where('id', '=', from).execute();
  await db.updateTable('shipments').set({ updated_at: now }).where('id', '=', into).execute();
}

/**
 * Touches the shipments (a no-op UPDATE) and returns them. On PostgreSQL this takes their
 * row locks, in primary-key order for one statement, so concurrent ingests of the same
 * parcel serialize; on SQLite the transaction already holds the write lock.
 */
export async function lockShipments(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<ShipmentRow[]> {
  const out: ShipmentRow[] = [];
  for (const part of chunks([...ids].sort())) {
    const rows = await db
      .updateTable('shipments')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('id', 'in', part)
      .returningAll()
      .execute();
    out.push(...rows);
  }
  return out;
}

/**
 * Writes whole shipment rows over existing ones (their derived columns, countries, shipping
 * method, check time and updated_at) in one statement per chunk: INSERT … ON CONFLICT (id) DO UPDATE.
 * Only for rows locked and read in the same transaction.
 */
export async function writeShipments(
  db: Kysely<Database>,
  rows: readonly ShipmentsTable[],
): Promise<void> {
  for (const part of chunks(rows, 200)) {
    await db
      .insertInto('shipments')
      .values(part)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          milestone: eb.ref('excluded.milestone'),
          reason: eb.ref('excluded.reason'),
          status_since: eb.ref('excluded.status_since'),
          last_event_at: eb.ref('excluded.last_event_at'),
          last_checked_at: eb.ref('excluded.last_checked_at'),
          delivered_at: eb.ref('excluded.delivered_at'),
          origin_country: eb.ref('excluded.origin_country'),
          destination_country: eb.ref('excluded.destination_country'),
          service: eb.ref('excluded.service'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}
