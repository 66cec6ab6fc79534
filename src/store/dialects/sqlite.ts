/**
 * @module store/dialects/sqlite
 * SQLite through better-sqlite3: one file (default `./data/trackline.db`, folder created on
 * first start), WAL journal, foreign keys on, a busy timeout so a second process waits
 * instead of failing, a larger page cache and less frequent checkpoints (see openSqlite).
 * Every transaction is `BEGIN IMMEDIATE`: it takes the single write lock up front, so a
 * read-then-write transaction can never deadlock on lock upgrade. One writer at a time is
 * also what makes leasing atomic here (see leaseDue below). Statements are prepared once
 * per connection (sqlite-driver.ts); the events bulk insert runs one prepared statement.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type DialectAdapter, type Driver, Kysely, SqliteDialect, sql } from 'kysely';
import type { Database, EventRow, InboxRow, PollRow } from '../schema.js';
import { insertEventsChunked } from './insert.js';
import { CachingSqliteDriver, rawStatements, TrackSqliteAdapter } from './sqlite-driver.js';
import type { DialectQueries, InboxClaimArgs, LeaseArgs } from './types.js';

export const DEFAULT_SQLITE_PATH = './data/trackline.db';

/** Kysely's SQLite dialect on our driver (immediate transactions, cached statements). */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #driver: CachingSqliteDriver;
  constructor(database: BetterSqlite3.Database) {
    super({ database });
    this.#driver = new CachingSqliteDriver(database);
  }
  override createDriver(): Driver {
    return this.#driver;
  }
  override createAdapter(): DialectAdapter {
    return new TrackSqliteAdapter(this.#driver);
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
  // Page cache up to 64 MiB (grown on demand; the default 2 MiB re-reads index pages from
  // the OS on every ingest) and a checkpoint every 10,000 WAL pages (40 MiB) instead of
  // 1,000: a page rewritten by many small transactions is copied back once, not each time.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('wal_autocheckpoint = 10000');
  sqlite.pragma(`busy_timeout = ${Math.floor(options.busyTimeoutMs ?? 5000)}`);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite) });
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

const EVENT_COLUMNS = [
  'id',
  'shipment_id',
  'leg_id',
  'source',
  'occurred_at',
  'local_time',
  'zone',
  'zone_confidence',
  'location_raw',
  'city',
  'region',
  'country',
  'code',
  'description',
  'language',
  'status',
  'milestone',
  'reason',
  'confidence',
  'rule',
  'dedupe_key',
  'fetched_at',
] as const satisfies readonly (keyof EventRow)[];

/** A row's values in EVENT_COLUMNS order, read field by field (no lookups by name). */
function eventParams(r: EventRow): unknown[] {
  return [
    r.id,
    r.shipment_id,
    r.leg_id,
    r.source,
    r.occurred_at,
    r.local_time,
    r.zone,
    r.zone_confidence,
    r.location_raw,
    r.city,
    r.region,
    r.country,
    r.code,
    r.description,
    r.language,
    r.status,
    r.milestone,
    r.reason,
    r.confidence,
    r.rule,
    r.dedupe_key,
    r.fetched_at,
  ];
}

const INSERT_EVENT = `insert into "events" (${EVENT_COLUMNS.map((c) => `"${c}"`).join(', ')}) values (${EVENT_COLUMNS.map(() => '?').join(', ')})`;

/**
 * One prepared INSERT run per row inside the caller's transaction (about 5x a multi-row
 * INSERT built by Kysely); outside a transaction, Kysely's chunked INSERT.
 */
async function insertEvents(
  db: Kysely<Database>,
  rows: readonly EventRow[],
  options: { dedupe: boolean },
): Promise<Set<string>> {
  const raw = rawStatements(db);
  if (!raw) return insertEventsChunked(db, rows, options);
  const stmt = raw.statement(
    options.dedupe ? `${INSERT_EVENT} on conflict ("dedupe_key") do nothing` : INSERT_EVENT,
  );
  const inserted = new Set<string>();
  for (const row of rows) {
    if (stmt.run(eventParams(row)).changes > 0) inserted.add(row.id);
  }
  return inserted;
}

export const sqliteQueries: DialectQueries = {
  name: 'sqlite',
  leaseDue,
  claimInbox,
  insertEvents,
  currentSchema: async () => undefined,
  queueTable: (builder) => builder.modifyEnd(sql`without rowid`),
};
