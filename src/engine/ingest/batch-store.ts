/**
 * @module engine/ingest/batch-store
 * Set-at-a-time store access for ingestion, written on Kysely because the store's
 * repositories work one row at a time (candidates to fold into src/store/): lock and read
 * many shipments, read their legs and events, insert many legs, schedule many first polls,
 * and write many shipments' derived state in one statement. Every function takes the
 * transaction first, like the store's own.
 */
import type { Db } from '../../store/db.js';
import type { EventRow, LegRow, ShipmentRow, ShipmentsTable } from '../../store/schema.js';

/** Rows per statement: ≤ 23 columns × 500 stays under both databases' parameter limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Touches the shipments (a no-op UPDATE) and returns them. On PostgreSQL this takes their
 * row locks, in primary-key order for one statement, so concurrent ingests of the same
 * parcel serialize; on SQLite the transaction already holds the write lock.
 */
export async function lockShipments(trx: Db, ids: readonly string[]): Promise<ShipmentRow[]> {
  const out: ShipmentRow[] = [];
  for (const part of chunks([...ids].sort())) {
    const rows = await trx
      .updateTable('shipments')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('id', 'in', part)
      .returningAll()
      .execute();
    out.push(...rows);
  }
  return out;
}

/** Legs with these numbers, newest generation first. */
export async function legsByNumbers(trx: Db, numbers: readonly string[]): Promise<LegRow[]> {
  const out: LegRow[] = [];
  for (const part of chunks([...new Set(numbers)])) {
    const rows = await trx
      .selectFrom('legs')
      .selectAll()
      .where('number', 'in', part)
      .orderBy('generation', 'desc')
      .orderBy('first_seen_at', 'desc')
      .execute();
    out.push(...rows);
  }
  return out;
}

/** Legs of these shipments, in the order they were learned. */
export async function legsOfShipments(trx: Db, ids: readonly string[]): Promise<LegRow[]> {
  const out: LegRow[] = [];
  for (const part of chunks(ids)) {
    const rows = await trx
      .selectFrom('legs')
      .selectAll()
      .where('shipment_id', 'in', part)
      .orderBy('first_seen_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    out.push(...rows);
  }
  return out;
}

/** Events of these shipments, oldest first. */
export async function eventsOfShipments(trx: Db, ids: readonly string[]): Promise<EventRow[]> {
  const out: EventRow[] = [];
  for (const part of chunks(ids)) {
    const rows = await trx
      .selectFrom('events')
      .selectAll()
      .where('shipment_id', 'in', part)
      .orderBy('occurred_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    out.push(...rows);
  }
  return out;
}

export async function insertLegs(trx: Db, legs: readonly LegRow[]): Promise<void> {
  for (const part of chunks(legs)) await trx.insertInto('legs').values(part).execute();
}

/** First polls of new legs (an existing row is left alone). */
export async function scheduleFirstPolls(
  trx: Db,
  polls: readonly { legId: string; sourceId: string; dueAt: number }[],
): Promise<void> {
  for (const part of chunks(polls)) {
    await trx
      .insertInto('poll_schedule')
      .values(
        part.map((p) => ({
          leg_id: p.legId,
          source_id: p.sourceId,
          due_at: p.dueAt,
          priority: 0,
          lease_owner: null,
          lease_until: null,
          last_result: null,
        })),
      )
      .onConflict((oc) => oc.column('leg_id').doNothing())
      .execute();
  }
}

/**
 * Writes whole shipment rows over existing ones (their derived columns, countries, check
 * time and updated_at) in one statement per chunk: INSERT … ON CONFLICT (id) DO UPDATE.
 * Only for rows locked and read in the same transaction.
 */
export async function writeShipments(trx: Db, rows: readonly ShipmentsTable[]): Promise<void> {
  for (const part of chunks(rows, 200)) {
    await trx
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
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}
