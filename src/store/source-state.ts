/**
 * @module store/source-state
 * Per-source health, quota and circuit breaker state, shared by every worker so a page can
 * say "source healthy?" and all workers back off together. `upsertSourceState` writes only
 * the fields given; a new source starts healthy with a closed circuit.
 */
import type { Kysely } from 'kysely';
import type { CircuitState, Database, SourceStateRow } from './schema.js';

export interface SourceState {
  sourceId: string;
  healthy: boolean;
  lastSuccessAt: number | null;
  lastErrorAt: number | null;
  lastError: string | null;
  quotaLeft: number | null;
  quotaResetsAt: number | null;
  circuit: CircuitState;
  circuitUntil: number | null;
  nextAllowedAt: number | null;
  updatedAt: number;
}

export type SourceStatePatch = Partial<Omit<SourceState, 'sourceId' | 'updatedAt'>>;

type Columns = Omit<SourceStateRow, 'source_id' | 'updated_at'>;

function toColumns(patch: SourceStatePatch): Partial<Columns> {
  const out: Partial<Columns> = {};
  if (patch.healthy !== undefined) out.healthy = patch.healthy ? 1 : 0;
  if (patch.lastSuccessAt !== undefined) out.last_success_at = patch.lastSuccessAt;
  if (patch.lastErrorAt !== undefined) out.last_error_at = patch.lastErrorAt;
  if (patch.lastError !== undefined) out.last_error = patch.lastError;
  if (patch.quotaLeft !== undefined) out.quota_left = patch.quotaLeft;
  if (patch.quotaResetsAt !== undefined) out.quota_resets_at = patch.quotaResetsAt;
  if (patch.circuit !== undefined) out.circuit = patch.circuit;
  if (patch.circuitUntil !== undefined) out.circuit_until = patch.circuitUntil;
  if (patch.nextAllowedAt !== undefined) out.next_allowed_at = patch.nextAllowedAt;
  return out;
}

function toState(row: SourceStateRow): SourceState {
  return {
    sourceId: row.source_id,
    healthy: Number(row.healthy) !== 0,
    lastSuccessAt: row.last_success_at,
    lastErrorAt: row.last_error_at,
    lastError: row.last_error,
    quotaLeft: row.quota_left,
    quotaResetsAt: row.quota_resets_at,
    circuit: row.circuit,
    circuitUntil: row.circuit_until,
    nextAllowedAt: row.next_allowed_at,
    updatedAt: row.updated_at,
  };
}

/** Inserts or patches a source's state; returns the stored state. */
export async function upsertSourceState(
  db: Kysely<Database>,
  sourceId: string,
  patch: SourceStatePatch,
  now: number,
): Promise<SourceState> {
  const columns = toColumns(patch);
  const row = await db
    .insertInto('source_state')
    .values({
      source_id: sourceId,
      healthy: 1,
      last_success_at: null,
      last_error_at: null,
      last_error: null,
      quota_left: null,
      quota_resets_at: null,
      circuit: 'closed',
      circuit_until: null,
      next_allowed_at: null,
      ...columns,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('source_id').doUpdateSet({ ...columns, updated_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toState(row);
}

export async function getSourceState(
  db: Kysely<Database>,
  sourceId: string,
): Promise<SourceState | undefined> {
  const row = await db
    .selectFrom('source_state')
    .selectAll()
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return row && toState(row);
}

export async function listSourceStates(db: Kysely<Database>): Promise<SourceState[]> {
  const rows = await db.selectFrom('source_state').selectAll().orderBy('source_id').execute();
  return rows.map(toState);
}
