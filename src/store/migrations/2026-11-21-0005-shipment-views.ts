/**
 * @module store/migrations/2026-11-21-0005-shipment-views
 * One stored read model per shipment: its legs, its events newest first and its anomalies as
 * the tracking page and API show them, written by ingestion in the transaction that changed
 * them. A page then reads one row instead of every event row (about ten times the work on a
 * database larger than the page cache). Runs unchanged on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shipment_views')
    .addColumn('shipment_id', 'text', (c) =>
      c.primaryKey().references('shipments.id').onDelete('cascade'),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('built_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('shipment_views').execute();
}
