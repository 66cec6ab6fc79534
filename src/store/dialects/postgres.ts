/**
 * @module store/dialects/postgres
 * PostgreSQL through a pg Pool. `int8` values (our epoch-ms columns, counts) are parsed to
 * JS numbers (safe up to year 287396). An optional schema (option or `?schema=` on the URL)
 * is created when missing and set as the connection's search_path. Leasing uses
 * `FOR UPDATE SKIP LOCKED` in a CTE feeding UPDATE…RETURNING, so concurrent workers on any
 * number of machines each take different rows and never wait on each other.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database, EventRow, InboxRow, PollRow } from '../schema.js';
import type { DialectQueries, InboxClaimArgs, LeaseArgs } from './types.js';

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export interface PostgresOpenOptions {
  url: string;
  schema?: string;
  poolMax?: number;
  /** Told when an idle pooled connection fails (the pool replaces it). */
  onIdleError?: (error: Error) => void;
}

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} is not a safe integer`);
  return n;
}

const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Splits `?schema=` off the URL and hides the password for display. */
export function parsePostgresUrl(url: string): {
  connectionString: string;
  schema?: string;
  display: string;
} {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  const connectionString = parsed.toString();
  if (parsed.password !== '') parsed.password = '***';
  return { connectionString, schema, display: parsed.toString() };
}

export async function openPostgres(options: PostgresOpenOptions) {
  const { connectionString, schema: urlSchema, display } = parsePostgresUrl(options.url);
  const schema = options.schema ?? urlSchema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name ${JSON.stringify(schema)}`);
  }
  if (schema !== undefined) {
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    try {
      await setup.query(`create schema if not exists "${schema}"`);
    } catch (error) {
      // Two processes creating it at once: the loser gets a unique violation; it exists.
      if ((error as { code?: string }).code !== '23505') throw error;
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.poolMax ?? 10,
    types: typeParsers,
    ...(schema !== undefined ? { options: `-c search_path="${schema}"` } : {}),
  });
  // An idle client can lose its connection (server restart, network): pg then emits
  // 'error' on the pool, which would crash the process if unhandled. The pool drops that
  // client and the next query connects afresh, so report and carry on.
  pool.on('error', (error) => options.onIdleError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres' as const,
    location: schema !== undefined ? `${display} (schema ${schema})` : display,
    close: () => db.destroy(),
  };
}

async function leaseDue(db: Kysely<Database>, args: LeaseArgs): Promise<PollRow[]> {
  const { limit, owner, leaseMs, now } = args;
  if (limit <= 0) return [];
  const rows = await db
    .with('due', (qb) =>
      qb
        .selectFrom('poll_schedule')
        .select('leg_id')
        .where('due_at', '<=', now)
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', now)]))
        .orderBy('priority', 'desc')
        .orderBy('due_at', 'asc')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .updateTable('poll_schedule')
    .from('due')
    .set((eb) => ({
      lease_owner: owner,
      lease_until: now + leaseMs,
      attempts: eb('poll_schedule.attempts', '+', 1),
    }))
    .whereRef('poll_schedule.leg_id', '=', 'due.leg_id')
    .returningAll('poll_schedule')
    .execute();
  return rows.sort((a, b) => b.priority - a.priority || a.due_at - b.due_at);
}

async function claimInbox(db: Kysely<Database>, args: InboxClaimArgs): Promise<InboxRow[]> {
  const { limit, owner, leaseMs, now, source } = args;
  if (limit <= 0) return [];
  const rows = await db
    .with('todo', (qb) => {
      let q = qb
        .selectFrom('webhook_inbox')
        .select('id')
        .where('status', '=', 'pending')
        .where((w) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<=', now)]));
      if (source !== undefined) q = q.where('source', '=', source);
      return q
        .orderBy('received_at', 'asc')
        .orderBy('id', 'asc')
        .limit(limit)
        .forUpdate()
        .skipLocked();
    })
    .updateTable('webhook_inbox')
    .from('todo')
    .set((eb) => ({
      claimed_by: owner,
      claimed_until: now + leaseMs,
      attempts: eb('webhook_inbox.attempts', '+', 1),
    }))
    .whereRef('webhook_inbox.id', '=', 'todo.id')
    .returningAll('webhook_inbox')
    .execute();
  return rows.sort((a, b) => a.received_at - b.received_at || (a.id < b.id ? -1 : 1));
}

/** The events columns and their PostgreSQL array types, in table order. */
const EVENT_COLUMNS = [
  ['id', 'text'],
  ['shipment_id', 'text'],
  ['leg_id', 'text'],
  ['source', 'text'],
  ['occurred_at', 'int8'],
  ['local_time', 'text'],
  ['zone', 'text'],
  ['zone_confidence', 'float8'],
  ['location_raw', 'text'],
  ['city', 'text'],
  ['region', 'text'],
  ['country', 'text'],
  ['code', 'text'],
  ['description', 'text'],
  ['language', 'text'],
  ['status', 'text'],
  ['milestone', 'text'],
  ['reason', 'text'],
  ['confidence', 'float8'],
  ['rule', 'text'],
  ['dedupe_key', 'text'],
  ['fetched_at', 'int8'],
] as const satisfies readonly (readonly [keyof EventRow, string])[];

/**
 * One statement for any number of rows: INSERT … SELECT FROM UNNEST of one array parameter
 * per column (22 parameters, no per-row SQL to build or parse).
 */
async function insertEvents(
  db: Kysely<Database>,
  rows: readonly EventRow[],
  options: { dedupe: boolean },
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const columns = sql.join(EVENT_COLUMNS.map(([name]) => sql.ref(name)));
  const arrays = sql.join(
    EVENT_COLUMNS.map(
      ([name, type]) => sql`${sql.val(rows.map((r) => r[name]))}::${sql.raw(type)}[]`,
    ),
  );
  const conflict = options.dedupe ? sql` on conflict ("dedupe_key") do nothing` : sql``;
  const result = await sql<{ id: string }>`insert into "events" (${columns})
    select * from unnest(${arrays})${conflict} returning "id"`.execute(db);
  return new Set(result.rows.map((r) => r.id));
}

export const postgresQueries: DialectQueries = {
  name: 'postgres',
  leaseDue,
  claimInbox,
  insertEvents,
  currentSchema: async (db) => {
    const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    return result.rows[0]?.schema;
  },
  queueTable: (builder) => builder.modifyEnd(sql`with (fillfactor = 70)`),
};
