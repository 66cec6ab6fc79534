/**
 * @module store/migrations/2026-11-21-0002-lane-stats
 * Lane statistics learned from delivered parcels (see store/lane-stats.ts): one row per
 * lane key, anchor ('total' or a milestone) and period of delivery, holding a serialised
 * duration sketch and its count; and which shipments have been learned from, so a parcel
 * is counted once however often its delivery is announced.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lane_stats')
    .addColumn('lane', 'text', (c) => c.notNull())
    .addColumn('anchor', 'text', (c) => c.notNull())
    .addColumn('period_start', 'bigint', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('sketch', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('lane_stats_pk', ['lane', 'anchor', 'period_start'])
    .execute();

  await db.schema
    .createTable('lane_stats_learned')
    .addColumn('shipment_id', 'text', (c) => c.primaryKey())
    .addColumn('lane', 'text', (c) => c.notNull())
    .addColumn('period_start', 'bigint', (c) => c.notNull())
    .addColumn('learned_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('lane_stats_learned').ifExists().execute();
  await db.schema.dropTable('lane_stats').ifExists().execute();
}
