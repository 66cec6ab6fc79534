/**
 * @module engine/run/schedule-bulk
 * Set-at-a-time versions of the store's completePoll/failPoll for the polls one request
 * served: one statement for a whole batch instead of one per poll (portable SQL: CASE and
 * IN lists). With `owner`, only rows still leased to it are touched (a poll whose lease ran
 * out and was retaken belongs to the new holder).
 */
import { sql } from 'kysely';
import type { Db } from '../../store/db.js';

export interface Finished {
  legId: string;
  /** Next due time; null stops polling the leg (the row is deleted). */
  dueAt: number | null;
  result: string;
}

/** Completes polls: next due time, lease cleared, failure count and priority reset. */
export async function completeMany(
  db: Db,
  polls: readonly Finished[],
  owner: string | undefined,
): Promise<number> {
  let touched = 0;
  const stops = polls.filter((p) => p.dueAt === null).map((p) => p.legId);
  if (stops.length > 0) {
    let del = db.deleteFrom('poll_schedule').where('leg_id', 'in', stops);
    if (owner !== undefined) del = del.where('lease_owner', '=', owner);
    touched += Number((await del.executeTakeFirst()).numDeletedRows);
  }
  const next = polls.filter((p): p is Finished & { dueAt: number } => p.dueAt !== null);
  if (next.length === 0) return touched;
  const ids = next.map((p) => p.legId);
  const due = sql<number>`case ${sql.join(
    next.map((p) => sql`when leg_id = ${p.legId} then cast(${p.dueAt} as bigint)`),
    sql` `,
  )} end`;
  const result = sql<string>`case ${sql.join(
    next.map((p) => sql`when leg_id = ${p.legId} then cast(${p.result.slice(0, 200)} as text)`),
    sql` `,
  )} end`;
  let q = db
    .updateTable('poll_schedule')
    .set({
      due_at: due,
      last_result: result,
      lease_owner: null,
      lease_until: null,
      attempts: 0,
      // A first poll or a "refresh now" ran: back to routine priority.
      priority: 0,
    })
    .where('leg_id', 'in', ids);
  if (owner !== undefined) q = q.where('lease_owner', '=', owner);
  touched += Number((await q.executeTakeFirst()).numUpdatedRows);
  return touched;
}

/** Puts polls back at one retry time (lease cleared, failure count kept). */
export async function failMany(
  db: Db,
  legIds: readonly string[],
  retryAt: number,
  result: string,
  owner: string | undefined,
): Promise<number> {
  if (legIds.length === 0) return 0;
  let q = db
    .updateTable('poll_schedule')
    .set({
      due_at: retryAt,
      lease_owner: null,
      lease_until: null,
      last_result: result.slice(0, 200),
    })
    .where('leg_id', 'in', [...legIds]);
  if (owner !== undefined) q = q.where('lease_owner', '=', owner);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}
