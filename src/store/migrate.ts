/**
 * @module store/migrate
 * `migrateToLatest(db)`: runs every migration not yet applied, in name order, with Kysely's
 * Migrator and an explicit provider (MIGRATIONS). Safe to call at every start and from
 * several processes at once (Kysely takes a lock). Returns what ran.
 */
import { type Kysely, type MigrationProvider, type MigrationResult, Migrator } from 'kysely';
import { queriesFor } from './dialects/index.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

export const MIGRATION_NAME = /^\d{4}-\d{2}-\d{2}-\d{4}-[a-z0-9][a-z0-9-]*$/;

const provider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};

export interface MigrateOutcome {
  /** Names applied by this call, in order (empty when already up to date). */
  applied: string[];
  /** Every known migration name, in order. */
  known: string[];
}

async function migrator(db: Kysely<Database>): Promise<Migrator> {
  const schema = await queriesFor(db).currentSchema(db as Kysely<unknown>);
  return new Migrator({
    db,
    provider,
    ...(schema !== undefined ? { migrationTableSchema: schema } : {}),
  });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrateOutcome> {
  const { error, results } = await (await migrator(db)).migrateToLatest();
  const failed = results?.find((r: MigrationResult) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const name = failed ? ` (${failed.migrationName})` : '';
    const cause = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`migration failed${name}: ${cause}`, { cause: error });
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    known: Object.keys(MIGRATIONS).sort(),
  };
}

/** Names of migrations already applied to this database, in order. */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const list = await (await migrator(db)).getMigrations();
  return list.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}
