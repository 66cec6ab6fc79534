/**
 * @module store/dialects/types
 * What each dialect provides to the dialect-neutral store: its name, the two atomic
 * "take due work" queries (poll leases and inbox claims, which need row locking on
 * PostgreSQL and an immediate transaction on SQLite), the bulk events insert and migration
 * extras.
 */
import type { Expression, Kysely } from 'kysely';
import type { Database, EventRow, InboxRow, PollRow } from '../schema.js';

/** The part of Kysely's CreateTableBuilder that queueTable uses. */
export interface QueueTableBuilder<B> {
  modifyEnd(modifier: Expression<unknown>): B;
}

export type DialectName = 'sqlite' | 'postgres';

export interface LeaseArgs {
  /** At most this many rows. */
  limit: number;
  /** Who takes them (worker id). */
  owner: string;
  /** How long the lease holds; after it, the row is due again. */
  leaseMs: number;
  /** Epoch ms. */
  now: number;
}

export interface InboxClaimArgs extends LeaseArgs {
  /** Only this source's items, when set. */
  source?: string;
}

export interface DialectQueries {
  name: DialectName;
  /**
   * Atomically leases up to `limit` due polls (due_at <= now and no live lease), highest
   * priority then oldest first; each row is returned to exactly one caller.
   */
  leaseDue(db: Kysely<Database>, args: LeaseArgs): Promise<PollRow[]>;
  /** Atomically claims pending inbox items whose claim is absent or expired. */
  claimInbox(db: Kysely<Database>, args: InboxClaimArgs): Promise<InboxRow[]>;
  /**
   * Inserts many events fast and returns the ids of the rows actually inserted. With
   * `dedupe`, a row whose dedupe_key is stored already is skipped (ON CONFLICT DO NOTHING);
   * without, it is a plain INSERT (a conflict throws). SQLite: one prepared statement run
   * per row inside the caller's transaction; PostgreSQL: one INSERT … SELECT FROM UNNEST of
   * column arrays per call. Rows must not repeat a dedupe_key.
   */
  insertEvents(
    db: Kysely<Database>,
    rows: readonly EventRow[],
    options: { dedupe: boolean },
  ): Promise<Set<string>>;
  /** The schema migrations run in (PostgreSQL current_schema), undefined on SQLite. */
  currentSchema(db: Kysely<unknown>): Promise<string | undefined>;
  /**
   * Adds the dialect's storage options to a queue-like table (rows updated in place all the
   * time, looked up by a text primary key): SQLite `WITHOUT ROWID` (one B-tree instead of
   * rowid table + key index: leasing 10,000 rows takes about half the time), PostgreSQL
   * `fillfactor = 70` (room on each page so updates stay HOT, less bloat).
   */
  queueTable<B extends QueueTableBuilder<B>>(builder: B): B;
}
