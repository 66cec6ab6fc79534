/**
 * @module store/schedule
 * The poll schedule: one row per leg being polled. The scheduler upserts a due time, workers
 * lease due rows (`leaseDue`: atomic, each due poll to one worker; the query is
 * dialect-specific and lives in dialects/), then `completePoll` with the next due time or
 * `failPoll` with a retry time. A lease that runs out (a crashed worker) makes the row due
 * again. Removing the row (or completing with null) stops polling the leg.
 */
import type { Kysely } from 'kysely';
import { chunks } from './chunks.js';
import { queriesFor } from './dialects/index.js';
import type { Database, PollRow } from './schema.js';

export interface SchedulePoll {
  legId: string;
  sourceId: string;
  dueAt: number;
  /** Higher first among due polls; default 0 (kept as is on update when omitted). */
  priority?: number;
  /** Only move the due time earlier, never later ("refresh now" must not delay a poll). */
  keepEarlier?: boolean;
}

/** Inserts or updates a leg's poll; an active lease is left alone. */
export async function schedulePoll(db: Kysely<Database>, poll: SchedulePoll): Promise<void> {
  await db
    .insertInto('poll_schedule')
    .values({
      leg_id: poll.legId,
      source_id: poll.sourceId,
      due_at: poll.dueAt,
      priority: poll.priority ?? 0,
      lease_owner: null,
      lease_until: null,
      last_result: null,
    })
    .onConflict((oc) =>
      oc.column('leg_id').doUpdateSet((eb) => ({
        source_id: eb.ref('excluded.source_id'),
        due_at: poll.keepEarlier
          ? eb
              .case()
              .when('poll_schedule.due_at', '<', eb.ref('excluded.due_at'))
              .then(eb.ref('poll_schedule.due_at'))
              .else(eb.ref('excluded.due_at'))
              .end()
          : eb.ref('excluded.due_at'),
        ...(poll.priority !== undefined ? { priority: eb.ref('excluded.priority') } : {}),
      })),
    )
    .execute();
}

export interface LeaseDueArgs {
  limit: number;
  owner: string;
  leaseMs: number;
  now: number;
}

/** Leases up to `limit` due polls to `owner` (priority desc, then oldest due first). */
export async function leaseDue(db: Kysely<Database>, args: LeaseDueArgs): Promise<PollRow[]> {
  return queriesFor(db).leaseDue(db, args);
}

export interface FinishOptions {
  /** When set, only finish if this owner still holds the lease (else returns false). */
  owner?: string;
  /** Short outcome text kept on the row ('ok', 'not_found', 'rate_limited: …'). */
  result?: string;
}

/**
 * Finishes a successful poll: schedules the next one at `nextDueAt` (null = stop polling,
 * the row is deleted), clears the lease and the failure count.
 */
export async function completePoll(
  db: Kysely<Database>,
  legId: string,
  nextDueAt: number | null,
  options: FinishOptions = {},
): Promise<boolean> {
  if (nextDueAt === null) {
    let del = db.deleteFrom('poll_schedule').where('leg_id', '=', legId);
    if (options.owner !== undefined) del = del.where('lease_owner', '=', options.owner);
    return (await del.executeTakeFirst()).numDeletedRows > 0n;
  }
  let q = db
    .updateTable('poll_schedule')
    .set({
      due_at: nextDueAt,
      lease_owner: null,
      lease_until: null,
      attempts: 0,
      last_result: options.result ?? 'ok',
    })
    .where('leg_id', '=', legId);
  if (options.owner !== undefined) q = q.where('lease_owner', '=', options.owner);
  return (await q.executeTakeFirst()).numUpdatedRows > 0n;
}

/** Finishes a failed poll: due again at `retryAt`, lease cleared, failure count kept. */
export async function failPoll(
  db: Kysely<Database>,
  legId: string,
  retryAt: number,
  options: FinishOptions = {},
): Promise<boolean> {
  let q = db
    .updateTable('poll_schedule')
    .set({
      due_at: retryAt,
      lease_owner: null,
      lease_until: null,
      last_result: options.result ?? 'error',
    })
    .where('leg_id', '=', legId);
  if (options.owner !== undefined) q = q.where('lease_owner', '=', options.owner);
  return (await q.executeTakeFirst()).numUpdatedRows > 0n;
}

/** Extends a live lease held by `owner` (a heartbeat for a long poll). */
export async function extendLease(
  db: Kysely<Database>,
  legId: string,
  owner: string,
  leaseUntil: number,
): Promise<boolean> {
  const result = await db
    .updateTable('poll_schedule')
    .set({ lease_until: leaseUntil })
    .where('leg_id', '=', legId)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function getPoll(db: Kysely<Database>, legId: string): Promise<PollRow | undefined> {
  return db.selectFrom('poll_schedule').selectAll().where('leg_id', '=', legId).executeTakeFirst();
}

/** Stops polling a leg. */
export async function removePoll(db: Kysely<Database>, legId: string): Promise<void> {
  await db.deleteFrom('poll_schedule').where('leg_id', '=', legId).execute();
}

/**
 * Stops polling these legs through `sourceId`, for good: the source said it ended their
 * tracking (a 17TRACK TRACKING_STOPPED push). Their rows go, whatever lease they hold, so no
 * worker polls them again; a poll already running finds no row to complete. Rows polled
 * through another source stay. Registering the number again schedules it anew. Returns the
 * legs whose row was removed.
 */
export async function stopPolls(
  db: Kysely<Database>,
  legIds: readonly string[],
  sourceId: string,
): Promise<string[]> {
  const stopped: string[] = [];
  for (const part of chunks([...new Set(legIds)])) {
    const rows = await db
      .deleteFrom('poll_schedule')
      .where('leg_id', 'in', part)
      .where('source_id', '=', sourceId)
      .returning('leg_id')
      .execute();
    stopped.push(...rows.map((row) => row.leg_id));
  }
  return stopped;
}

/** Counts for a status page: rows, due now (not leased), leased with a live lease. */
export async function countPolls(
  db: Kysely<Database>,
  now: number,
): Promise<{ total: number; due: number; leased: number }> {
  const row = await db
    .selectFrom('poll_schedule')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('total'),
      eb.fn
        .sum<number | string | null>(
          eb
            .case()
            .when(
              eb.and([
                eb('due_at', '<=', now),
                eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]),
              ]),
            )
            .then(eb.lit(1))
            .else(eb.lit(0))
            .end(),
        )
        .as('due'),
      eb.fn
        .sum<number | string | null>(
          eb.case().when('lease_until', '>', now).then(eb.lit(1)).else(eb.lit(0)).end(),
        )
        .as('leased'),
    ])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), due: Number(row.due ?? 0), leased: Number(row.leased ?? 0) };
}

/** First polls of new legs, many per statement (an existing row is left alone). */
export async function scheduleFirstPolls(
  db: Kysely<Database>,
  polls: readonly { legId: string; sourceId: string; dueAt: number }[],
): Promise<void> {
  for (const part of chunks(polls)) {
    await db
      .insertInto('poll_schedule')
      .values(
        part.map((p) => ({
          leg_id: p.legId,
          source_id: p.sourceId,
          due_at: p.dueAt,
          priority: 0,
          lease_owner: null,
          lease_until: null,
          last_result: null,
        })),
      )
      .onConflict((oc) => oc.column('leg_id').doNothing())
      .execute();
  }
}
