/**
 * @module store/legs
 * The legs repository: the tracking numbers of a shipment, unique per carrier within a
 * reuse window (`generation`, see schema.ts LegsTable). One leg at a time, or set at a time
 * for ingestion (legs of many numbers or shipments, many new legs in few statements).
 */
import type { Kysely } from 'kysely';
import { chunks } from './chunks.js';
import { newId } from './ids.js';
import type { Database, LegRole, LegRow, LegSource } from './schema.js';
import { dropViews, type ViewUpkeep } from './views.js';

export interface NewLeg {
  id?: string;
  shipmentId: string;
  number: string;
  carrierId: string;
  role: LegRole;
  learnedFrom: LegSource;
  /** Default 0; use nextGeneration() when the number was seen before. */
  generation?: number;
}

/** Default reuse window: a number seen again this long after it went quiet is a new parcel. */
export const DEFAULT_REUSE_WINDOW_MS = 180 * 24 * 3600 * 1000;

/**
 * Which generation a sighting of (carrier, number) belongs to. `latest` is the newest leg
 * with that number and `lastActivityAt` its shipment's last event (or first seen) time.
 * Same generation while inside the window, the next one after it.
 */
export function nextGeneration(
  latest: Pick<LegRow, 'generation'> | undefined,
  lastActivityAt: number,
  now: number,
  reuseWindowMs: number = DEFAULT_REUSE_WINDOW_MS,
): { generation: number; isNew: boolean } {
  if (latest === undefined) return { generation: 0, isNew: true };
  if (now - lastActivityAt > reuseWindowMs) {
    return { generation: latest.generation + 1, isNew: true };
  }
  return { generation: latest.generation, isNew: false };
}

export async function createLeg(db: Kysely<Database>, input: NewLeg, now: number): Promise<LegRow> {
  const row: LegRow = {
    id: input.id ?? newId('leg', now),
    shipment_id: input.shipmentId,
    number: input.number,
    carrier_id: input.carrierId,
    generation: input.generation ?? 0,
    role: input.role,
    learned_from: input.learnedFrom,
    first_seen_at: now,
  };
  await db.insertInto('legs').values(row).execute();
  await dropViews(db, [row.shipment_id]);
  return row;
}

export async function getLeg(db: Kysely<Database>, id: string): Promise<LegRow | undefined> {
  return db.selectFrom('legs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest generation of (carrier, number), or undefined. */
export async function findLeg(
  db: Kysely<Database>,
  carrierId: string,
  number: string,
): Promise<LegRow | undefined> {
  return db
    .selectFrom('legs')
    .selectAll()
    .where('carrier_id', '=', carrierId)
    .where('number', '=', number)
    .orderBy('generation', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Every leg with this number on any carrier, newest generation first. */
export async function findLegsByNumber(db: Kysely<Database>, number: string): Promise<LegRow[]> {
  return db
    .selectFrom('legs')
    .selectAll()
    .where('number', '=', number)
    .orderBy('generation', 'desc')
    .orderBy('first_seen_at', 'desc')
    .execute();
}

/** A shipment's legs in the order they were learned. */
export async function listLegs(db: Kysely<Database>, shipmentId: string): Promise<LegRow[]> {
  return db
    .selectFrom('legs')
    .selectAll()
    .where('shipment_id', '=', shipmentId)
    .orderBy('first_seen_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** Legs with these numbers, newest generation first. */
export async function legsByNumbers(
  db: Kysely<Database>,
  numbers: readonly string[],
): Promise<LegRow[]> {
  const out: LegRow[] = [];
  for (const part of chunks([...new Set(numbers)])) {
    const rows = await db
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
export async function legsOfShipments(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<LegRow[]> {
  const out: LegRow[] = [];
  for (const part of chunks(ids)) {
    const rows = await db
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

/** Inserts whole leg rows, many per statement. */
export async function insertLegs(
  db: Kysely<Database>,
  legs: readonly LegRow[],
  opts: ViewUpkeep = {},
): Promise<void> {
  for (const part of chunks(legs)) await db.insertInto('legs').values(part).execute();
  if (legs.length > 0 && !opts.rewritesViews) {
    await dropViews(
      db,
      legs.map((l) => l.shipment_id),
    );
  }
}
