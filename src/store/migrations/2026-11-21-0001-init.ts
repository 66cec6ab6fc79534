/**
 * @module store/migrations/2026-11-21-0001-init
 * The first schema (DESIGN §5 + engine tables), written with Kysely's schema builder so it
 * runs unchanged on SQLite and PostgreSQL. Instants are `bigint` epoch ms (see schema.ts).
 */
import { type Kysely, sql } from 'kysely';
import { queriesFor } from '../dialects/index.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = queriesFor(db);
  await db.schema
    .createTable('shipments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('milestone', 'text')
    .addColumn('reason', 'text')
    .addColumn('status_since', 'bigint')
    .addColumn('last_event_at', 'bigint')
    .addColumn('last_checked_at', 'bigint')
    .addColumn('next_check_at', 'bigint')
    .addColumn('delivered_at', 'bigint')
    .addColumn('origin_country', 'text')
    .addColumn('destination_country', 'text')
    .addColumn('service', 'text')
    .addColumn('retailer', 'text')
    .addColumn('eta_earliest', 'bigint')
    .addColumn('eta_likely', 'bigint')
    .addColumn('eta_latest', 'bigint')
    .addColumn('eta_basis', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('legs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shipment_id', 'text', (c) =>
      c.notNull().references('shipments.id').onDelete('cascade'),
    )
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('carrier_id', 'text', (c) => c.notNull())
    .addColumn('generation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('learned_from', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('legs_carrier_number_generation_uq', [
      'carrier_id',
      'number',
      'generation',
    ])
    .execute();
  await db.schema.createIndex('legs_number_idx').on('legs').column('number').execute();
  await db.schema.createIndex('legs_shipment_idx').on('legs').column('shipment_id').execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shipment_id', 'text', (c) =>
      c.notNull().references('shipments.id').onDelete('cascade'),
    )
    .addColumn('leg_id', 'text', (c) => c.notNull().references('legs.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('local_time', 'text')
    .addColumn('zone', 'text')
    .addColumn('zone_confidence', 'double precision')
    .addColumn('location_raw', 'text')
    .addColumn('city', 'text')
    .addColumn('region', 'text')
    .addColumn('country', 'text')
    .addColumn('code', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('status', 'text')
    .addColumn('milestone', 'text')
    .addColumn('reason', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('fetched_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('events_shipment_time_idx')
    .on('events')
    .columns(['shipment_id', 'occurred_at'])
    .execute();
  await db.schema.createIndex('events_leg_idx').on('events').column('leg_id').execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retailer', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('store', 'text')
    .addColumn('status', 'text')
    .addColumn('items', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('amount', 'text')
    .addColumn('currency', 'text')
    .addColumn('order_date', 'bigint')
    .addColumn('protection_days', 'integer')
    .addColumn('destination_country', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('orders_retailer_number_uq', ['retailer', 'order_number'])
    .execute();

  await db.schema
    .createTable('order_shipments')
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('shipment_id', 'text', (c) =>
      c.notNull().references('shipments.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('order_shipments_pk', ['order_id', 'shipment_id'])
    .execute();
  await db.schema
    .createIndex('order_shipments_shipment_idx')
    .on('order_shipments')
    .column('shipment_id')
    .execute();

  await dialect
    .queueTable(db.schema.createTable('webhook_inbox'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'bigint')
    .addColumn('processed_at', 'bigint')
    .addColumn('error', 'text')
    .execute();
  // Partial index: only pending items are ever scanned for claims (both databases have it).
  await db.schema
    .createIndex('webhook_inbox_pending_idx')
    .on('webhook_inbox')
    .columns(['received_at', 'id'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();

  await db.schema
    .createTable('source_state')
    .addColumn('source_id', 'text', (c) => c.primaryKey())
    .addColumn('healthy', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_success_at', 'bigint')
    .addColumn('last_error_at', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('quota_left', 'integer')
    .addColumn('quota_resets_at', 'bigint')
    .addColumn('circuit', 'text', (c) => c.notNull().defaultTo('closed'))
    .addColumn('circuit_until', 'bigint')
    .addColumn('next_allowed_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await dialect
    .queueTable(db.schema.createTable('poll_schedule'))
    .addColumn('leg_id', 'text', (c) => c.primaryKey().references('legs.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'bigint')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_result', 'text')
    .execute();
  // Matches the lease order (priority desc, due_at asc): the scan stops after `limit` rows.
  await db.schema
    .createIndex('poll_schedule_due_idx')
    .on('poll_schedule')
    .columns(['priority desc', 'due_at'])
    .execute();
  await db.schema
    .createIndex('poll_schedule_source_idx')
    .on('poll_schedule')
    .columns(['source_id', 'due_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'poll_schedule',
    'source_state',
    'webhook_inbox',
    'order_shipments',
    'orders',
    'events',
    'legs',
    'shipments',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
