/**
 * @module store/dialects/insert
 * The portable bulk events insert, on Kysely: multi-row INSERTs of at most 500 rows (23
 * columns × 500 stays under both databases' parameter limits), ON CONFLICT (dedupe_key)
 * DO NOTHING when deduplicating. The dialects' fast paths fall back to it.
 */
import type { Kysely } from 'kysely';
import type { Database, EventRow } from '../schema.js';

const CHUNK = 500;

export async function insertEventsChunked(
  db: Kysely<Database>,
  rows: readonly EventRow[],
  options: { dedupe: boolean },
): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const insert = db.insertInto('events').values(rows.slice(i, i + CHUNK));
    const result = await (options.dedupe
      ? insert.onConflict((oc) => oc.column('dedupe_key').doNothing())
      : insert
    )
      .returning('id')
      .execute();
    for (const r of result) inserted.add(r.id);
  }
  return inserted;
}
