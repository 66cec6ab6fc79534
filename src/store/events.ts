/**
 * @module store/events
 * The events repository. Ingestion is idempotent: `insertEvents` inserts with
 * ON CONFLICT (dedupe_key) DO NOTHING and returns only the rows that were new; the insert
 * itself is the dialect's bulk path (a prepared statement on SQLite, UNNEST arrays on
 * PostgreSQL). Reads are per shipment, per leg, or for many shipments at once.
 */
import type { Kysely } from 'kysely';
import { CHUNK } from './chunks.js';
import { queriesFor } from './dialects/index.js';
import { newId } from './ids.js';
import type { Database, EventRow, EventsTable } from './schema.js';
import { dropViews, type ViewUpkeep } from './views.js';

/** An event to store: id is made when absent, optional columns default to null. */
export type NewEvent = Pick<
  EventsTable,
  | 'shipment_id'
  | 'leg_id'
  | 'source'
  | 'occurred_at'
  | 'description'
  | 'confidence'
  | 'rule'
  | 'dedupe_key'
  | 'fetched_at'
> &
  Partial<Omit<EventsTable, 'shipment_id' | 'leg_id' | 'source' | 'occurred_at'>>;

function toRow(e: NewEvent): EventRow {
  return {
    // Ids follow insertion, not the scan's time: new rows append to the primary-key index.
    id: e.id ?? newId('event'),
    shipment_id: e.shipment_id,
    leg_id: e.leg_id,
    source: e.source,
    occurred_at: e.occurred_at,
    local_time: e.local_time ?? null,
    zone: e.zone ?? null,
    zone_confidence: e.zone_confidence ?? null,
    location_raw: e.location_raw ?? null,
    city: e.city ?? null,
    region: e.region ?? null,
    country: e.country ?? null,
    code: e.code ?? null,
    description: e.description,
    language: e.language ?? null,
    status: e.status ?? null,
    milestone: e.milestone ?? null,
    reason: e.reason ?? null,
    confidence: e.confidence,
    rule: e.rule,
    dedupe_key: e.dedupe_key,
    fetched_at: e.fetched_at,
  };
}

/**
 * Inserts events, skipping any whose dedupe_key is already stored (or repeated in the
 * input). Returns the rows actually inserted, in input order.
 */
export async function insertEvents(
  db: Kysely<Database>,
  events: NewEvent[],
  opts: ViewUpkeep = {},
): Promise<EventRow[]> {
  const seen = new Set<string>();
  const rows: EventRow[] = [];
  for (const event of events) {
    if (seen.has(event.dedupe_key)) continue;
    seen.add(event.dedupe_key);
    rows.push(toRow(event));
  }
  if (rows.length === 0) return [];
  const inserted = await queriesFor(db).insertEvents(db, rows, { dedupe: true });
  const stored = rows.filter((r) => inserted.has(r.id));
  // Their shipments' stored views no longer describe them (the caller may write new ones).
  if (stored.length > 0)
    await dropViews(
      db,
      stored.map((r) => r.shipment_id),
    );
  return stored;
}

/** A shipment's events, oldest first (ties by id). */
export async function listEvents(db: Kysely<Database>, shipmentId: string): Promise<EventRow[]> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('shipment_id', '=', shipmentId)
    .orderBy('occurred_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** Events of these shipments, oldest first (ties by id). */
export async function eventsOfShipments(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<EventRow[]> {
  const out: EventRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('shipment_id', 'in', ids.slice(i, i + CHUNK))
      .orderBy('occurred_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    out.push(...rows);
  }
  return out;
}

/** Which of these dedupe keys are already stored. */
export async function existingDedupeKeys(
  db: Kysely<Database>,
  keys: string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db
      .selectFrom('events')
      .select('dedupe_key')
      .where('dedupe_key', 'in', keys.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.add(r.dedupe_key);
  }
  return found;
}
