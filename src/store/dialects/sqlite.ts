/**
 * @module store/dialects/sqlite
 * SQLite through better-sqlite3: one file (default `./data/trackline.db`, folder created on
 * first start), WAL journal, foreign keys on, a busy timeout so a second process waits
 * instead of failing. Every transaction is `BEGIN IMMEDIATE`: it takes the single write lock
 * up front, so a read-then-write transaction can never deadlock on lock upgrade. One writer
 * at a time is also what makes leasing atomic here (see leaseDue below).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';
import type { Database, InboxRow, PollRow } from '../schema.js';
import type { DialectQueries, InboxClaimArgs, LeaseArgs } from './types.js';

export const DEFAULT_SQLITE_PATH = './data/trackline.db';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite does run DDL inside transactions; saying so makes Kysely's Migrator run each
 * migration batch in one (immediate) transaction, which both rolls a failed migration back
 * and serializes processes that migrate the same file at the same time.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export interface SqliteOpenOptions {
  /** File path or ':memory:'. */
  path: string;
  /** Milliseconds a writer waits for the lock (default 5000). */
  busyTimeoutMs?: number;
}

export function openSqlite(options: SqliteOpenOptions) {
  const memory = options.path === ':memory:';
  const path = memory ? options.path : resolve(options.path);
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.floor(options.busyTimeoutMs ?? 5000)}`);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite' as const,
    location: path,
    close: () => db.destroy(),
  };
}

/*
 * Leasing on SQLite is ONE statement, UPDATE … WHERE leg_id IN (SELECT … LIMIT n) RETURNING.
 * SQLite runs a lone write statement as its own transaction and takes the write lock when
 * the statement starts (before it reads), so it is an immediate transaction: the single
 * writer picks and marks the rows with nobody in between, and other processes on the file
 * wait (busy_timeout). Unlike `db.transaction()`, the lock is never held across an `await`,
 * so two connections in one thread cannot block each other. Inside an outer transaction it
 * simply joins it.
 */
async function leaseDue(db: Kysely<Database>, args: LeaseArgs): Promise<PollRow[]> {
  const { limit, owner, leaseMs, now } = args;
  if (limit <= 0) return [];
  const rows = await db
    .updateTable('poll_schedule')
    .set((eb) => ({
      lease_owner: owner,
      lease_until: now + leaseMs,
      attempts: eb('attempts', '+', 1),
    }))
    .where('leg_id', 'in', (eb) =>
      eb
        .selectFrom('poll_schedule')
        .select('leg_id')
        .where('due_at', '<=', now)
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', now)]))
        .orderBy('priority', 'desc')
        .orderBy('due_at', 'asc')
        .limit(limit),
    )
    .returningAll()
    .execute();
  return rows.sort((a, b) => b.priority - a.priority || a.due_at - b.due_at);
}

async function claimInbox(db: Kysely<Database>, args: InboxClaimArgs): Promise<InboxRow[]> {
  const { limit, owner, leaseMs, now, source } = args;
  if (limit <= 0) return [];
  const rows = await db
    .updateTable('webhook_inbox')
    .set((eb) => ({
      claimed_by: owner,
      claimed_until: now + leaseMs,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', (eb) => {
      let q = eb
        .selectFrom('webhook_inbox')
        .select('id')
        .where('status', '=', 'pending')
        .where((w) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<=', now)]));
      if (source !== undefined) q = q.where('source', '=', source);
      return q.orderBy('received_at', 'asc').orderBy('id', 'asc').limit(limit);
    })
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.received_at - b.received_at || (a.id < b.id ? -1 : 1));
}

export const sqliteQueries: DialectQueries = {
  name: 'sqlite',
  leaseDue,
  claimInbox,
  currentSchema: async () => undefined,
  queueTable: (builder) => builder.modifyEnd(sql`without rowid`),
};
