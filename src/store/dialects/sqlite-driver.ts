/**
 * @module store/dialects/sqlite-driver
 * Kysely's SQLite driver, with two changes: every transaction is `BEGIN IMMEDIATE`, and the
 * connection keeps its prepared statements by SQL text (Kysely's own prepares each query
 * anew, which costs more than running a small one). The cache is bounded; statements for
 * streamed queries are never shared. `rawSqlite(db)` hands the repositories' fast paths the
 * underlying database, only while the caller holds the single connection (a transaction).
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
} from 'kysely';

/** The part of a better-sqlite3 statement used here. */
export interface SqliteStatement {
  readonly reader: boolean;
  all(params: readonly unknown[]): unknown[];
  run(params: readonly unknown[]): { changes: number; lastInsertRowid: number | bigint };
  iterate(params: readonly unknown[]): IterableIterator<unknown>;
}

/** The part of a better-sqlite3 database used here. */
export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  close(): unknown;
}

/** Most statements kept per connection (IN lists of many lengths make many texts). */
const CACHE_SIZE = 256;

class CachingConnection implements DatabaseConnection {
  readonly #db: SqliteDatabase;
  readonly #cache = new Map<string, SqliteStatement>();
  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  /** The statement for this SQL, prepared once (least recently used ones are dropped). */
  statement(sql: string): SqliteStatement {
    const hit = this.#cache.get(sql);
    if (hit) {
      this.#cache.delete(sql);
      this.#cache.set(sql, hit);
      return hit;
    }
    const stmt = this.#db.prepare(sql);
    this.#cache.set(sql, stmt);
    if (this.#cache.size > CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    return stmt;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.statement(query.sql);
    if (stmt.reader) return { rows: stmt.all(query.parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(query.parameters);
    return {
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    };
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const stmt = this.#db.prepare(query.sql);
    if (!stmt.reader) throw new Error('Sqlite driver only supports streaming of select queries');
    for (const row of stmt.iterate(query.parameters)) yield { rows: [row as R] };
  }
}

/** SQLite has one connection: a caller waits here until the previous one released it. */
class Mutex {
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;
  /** True while someone holds the connection (a statement or a whole transaction). */
  get held(): boolean {
    return this.#held !== undefined;
  }
  async lock(): Promise<void> {
    while (this.#held) await this.#held;
    this.#held = new Promise((resolve) => {
      this.#release = resolve;
    });
  }
  unlock(): void {
    const release = this.#release;
    this.#held = undefined;
    this.#release = undefined;
    release?.();
  }
}

export class CachingSqliteDriver implements Driver {
  readonly #mutex = new Mutex();
  readonly #db: SqliteDatabase;
  readonly #connection: CachingConnection;
  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#connection = new CachingConnection(db);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }
  async destroy(): Promise<void> {
    this.#db.close();
  }
  /** The connection, for statements prepared once and run many times. */
  get connection(): CachingConnection {
    return this.#connection;
  }
  /** Nobody holds the connection: no transaction is open on it right now. */
  get idle(): boolean {
    return !this.#mutex.held;
  }
}

/**
 * SQLite does run DDL inside transactions; saying so makes Kysely's Migrator run each
 * migration batch in one (immediate) transaction, which both rolls a failed migration back
 * and serializes processes that migrate the same file at the same time. It also carries the
 * driver, so a repository's fast path can reach the connection from any Kysely instance.
 */
export class TrackSqliteAdapter extends SqliteAdapter {
  readonly driver: CachingSqliteDriver;
  constructor(driver: CachingSqliteDriver) {
    super();
    this.driver = driver;
  }
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * A cached statement runner on this database's connection, when `db` is a transaction on
 * it (so it holds the one connection and statements run inside that transaction), else
 * undefined.
 */
export function rawStatements<DB>(
  db: Kysely<DB>,
): { statement(sql: string): SqliteStatement } | undefined {
  if (!db.isTransaction) return undefined;
  const adapter = db.getExecutor().adapter;
  return adapter instanceof TrackSqliteAdapter ? adapter.driver.connection : undefined;
}

/**
 * The rows of a read-only query, run at once and synchronously when `db` is this driver's
 * database and nobody holds its connection (so no transaction is open and the read sees
 * only committed rows); undefined otherwise, and the caller takes the usual awaited path.
 * Skips the connection hand-over and result plumbing, which cost as much as a point read.
 */
export function readNow<DB, R>(db: Kysely<DB>, query: CompiledQuery<R>): R[] | undefined {
  if (db.isTransaction) return undefined;
  const adapter = db.getExecutor().adapter;
  if (!(adapter instanceof TrackSqliteAdapter) || !adapter.driver.idle) return undefined;
  const stmt = adapter.driver.connection.statement(query.sql);
  return stmt.reader ? (stmt.all(query.parameters) as R[]) : undefined;
}
