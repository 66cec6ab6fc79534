/**
 * Drops `events_leg_idx`. Nothing reads events by leg alone (timelines are read by shipment,
 * dedupe by `dedupe_key`, which starts with the leg id and so already orders a leg's events
 * together), and the index cost one more random B-tree page per stored event: about a third of
 * SQLite's insert time at the engine's batch size.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_leg_idx').ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('events_leg_idx').on('events').column('leg_id').execute();
}
