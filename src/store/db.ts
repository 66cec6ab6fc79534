/**
 * @module store/db
 * Opening the store: `openDatabase(url | options)` picks the dialect from the URL
 * (`postgres://` or `postgresql://` → PostgreSQL, anything else → SQLite) and returns the
 * Kysely handle. `withTransaction` runs a function in one transaction (nested calls join
 * the outer one). Nothing here knows SQL dialect details; those live in dialects/.
 */
import { join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { openPostgres } from './dialects/postgres.js';
import { DEFAULT_SQLITE_PATH, openSqlite } from './dialects/sqlite.js';
import type { DialectName } from './dialects/types.js';
import type { Database } from './schema.js';

export type { DialectName } from './dialects/types.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where it is: the SQLite file path, or the PostgreSQL URL without its password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `postgres://…`, `postgresql://…`, `file:…`, a path, or empty for the default file. */
  url?: string;
  /** SQLite file path (ignored when url is a PostgreSQL URL). `:memory:` works. */
  sqlitePath?: string;
  /** PostgreSQL schema to work in (created when missing); also `?schema=` on the URL. */
  schema?: string;
  /** PostgreSQL pool size (default 10). */
  poolMax?: number;
  /** PostgreSQL: told when an idle pooled connection fails (the pool replaces it). */
  onIdleError?: (error: Error) => void;
}

/** The store's database handle, a Kysely instance or a transaction of one. */
export type Db = Kysely<Database>;

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url.trim());
}

/** Turns `file:…` (or `sqlite:…`), a path or '' into a SQLite file path. */
export function sqlitePathFromUrl(url: string | undefined): string {
  const value = (url ?? '').trim();
  if (value === '') return DEFAULT_SQLITE_PATH;
  const scheme = /^(file|sqlite):(\/\/)?/i.exec(value);
  if (scheme) return decodeURIComponent(value.slice(scheme[0].length)) || DEFAULT_SQLITE_PATH;
  return value;
}

/**
 * What to open for a `--data DIR` / `--database-url URL` pair: the URL when given (any
 * kind), else the SQLite file `DIR/trackline.db` (DIR defaults to ./data).
 */
export function databaseTarget(options: { dataDir?: string; databaseUrl?: string }): OpenOptions {
  const url = options.databaseUrl?.trim();
  if (url) return { url };
  return { sqlitePath: join(options.dataDir ?? './data', 'trackline.db') };
}

export async function openDatabase(target?: string | OpenOptions): Promise<DatabaseHandle> {
  const options: OpenOptions = typeof target === 'string' ? { url: target } : (target ?? {});
  if (isPostgresUrl(options.url)) {
    return openPostgres({
      url: options.url,
      schema: options.schema,
      poolMax: options.poolMax,
      onIdleError: options.onIdleError,
    });
  }
  const path = options.sqlitePath ?? sqlitePathFromUrl(options.url);
  return openSqlite({ path });
}

/**
 * Runs `fn` in one transaction and returns its result; rolls back when it throws.
 * On SQLite the transaction is `BEGIN IMMEDIATE` (takes the write lock up front).
 * Called with a transaction already open, it runs `fn` inside it.
 */
export async function withTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  return db.transaction().execute(fn);
}
