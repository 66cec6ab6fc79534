/**
 * @module store/inbox
 * The webhook inbox (DESIGN principle 8): a raw webhook is appended before anything else
 * happens; workers claim pending items (a claim is a lease — a crashed worker's items come
 * back after `leaseMs`), then mark them done or failed. Marking is idempotent: only a
 * pending item changes, and the result says whether this call changed it.
 */
import type { Kysely } from 'kysely';
import { queriesFor } from './dialects/index.js';
import { newId } from './ids.js';
import type { Database, InboxRow } from './schema.js';

export type InboxHeaders = Record<string, string | string[]>;

export interface NewInboxItem {
  source: string;
  headers: InboxHeaders;
  body: string;
  receivedAt: number;
}

/** An inbox row with its headers parsed. */
export type InboxItem = Omit<InboxRow, 'headers'> & { headers: InboxHeaders };

function toItem(row: InboxRow): InboxItem {
  let headers: InboxHeaders = {};
  try {
    const value: unknown = JSON.parse(row.headers);
    if (value !== null && typeof value === 'object') headers = value as InboxHeaders;
  } catch {
    // Stored by appendInbox, so always JSON; an edited row reads as no headers.
  }
  return { ...row, headers };
}

export async function appendInbox(db: Kysely<Database>, item: NewInboxItem): Promise<InboxItem> {
  const row: InboxRow = {
    id: newId('inbox', item.receivedAt),
    source: item.source,
    received_at: item.receivedAt,
    headers: JSON.stringify(item.headers),
    body: item.body,
    status: 'pending',
    attempts: 0,
    claimed_by: null,
    claimed_until: null,
    processed_at: null,
    error: null,
  };
  await db.insertInto('webhook_inbox').values(row).execute();
  return toItem(row);
}

export interface ClaimArgs {
  limit: number;
  owner: string;
  leaseMs: number;
  now: number;
  source?: string;
}

/** Claims up to `limit` pending items, oldest first; each item goes to one claimer. */
export async function claimInbox(db: Kysely<Database>, args: ClaimArgs): Promise<InboxItem[]> {
  const rows = await queriesFor(db).claimInbox(db, args);
  return rows.map(toItem);
}

export async function getInboxItem(
  db: Kysely<Database>,
  id: string,
): Promise<InboxItem | undefined> {
  const row = await db
    .selectFrom('webhook_inbox')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toItem(row);
}

/** Marks a pending item done. False when it was not pending (already done or failed). */
export async function markInboxDone(
  db: Kysely<Database>,
  id: string,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('webhook_inbox')
    .set({ status: 'done', processed_at: now, claimed_by: null, claimed_until: null, error: null })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives up on a pending item for good (e.g. it can never be parsed). */
export async function markInboxFailed(
  db: Kysely<Database>,
  id: string,
  error: string,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('webhook_inbox')
    .set({ status: 'failed', processed_at: now, claimed_by: null, claimed_until: null, error })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Hands a pending item back after a transient error; it can be claimed again at retryAt. */
export async function releaseInbox(
  db: Kysely<Database>,
  id: string,
  error: string,
  retryAt: number,
): Promise<boolean> {
  const result = await db
    .updateTable('webhook_inbox')
    .set({ claimed_by: null, claimed_until: retryAt, error })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** How many items are in each status. */
export async function countInbox(
  db: Kysely<Database>,
): Promise<Record<InboxRow['status'], number>> {
  const rows = await db
    .selectFrom('webhook_inbox')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .execute();
  const counts = { pending: 0, done: 0, failed: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
