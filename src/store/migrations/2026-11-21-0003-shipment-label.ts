/**
 * @module store/migrations/2026-11-21-0003-shipment-label
 * A buyer's own name for a parcel ("headphones", "gift for Ana"), from `trackline import`:
 * one nullable text column on shipments. Runs unchanged on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('shipments').addColumn('label', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('shipments').dropColumn('label').execute();
}
