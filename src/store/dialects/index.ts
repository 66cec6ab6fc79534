/**
 * @module store/dialects/index
 * Which dialect a Kysely instance (or transaction) runs on, and its dialect-specific
 * queries. The rest of the store asks here instead of checking the database itself.
 */
import { type Kysely, PostgresAdapter } from 'kysely';
import { postgresQueries } from './postgres.js';
import { sqliteQueries } from './sqlite.js';
import type { DialectName, DialectQueries } from './types.js';

export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export function queriesFor<DB>(db: Kysely<DB>): DialectQueries {
  return dialectOf(db) === 'postgres' ? postgresQueries : sqliteQueries;
}
