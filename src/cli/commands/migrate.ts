/**
 * @module cli/commands/migrate
 * `trackline migrate [--data DIR] [--database-url URL]`: brings the database schema up to
 * date and prints which migrations ran. PostgreSQL when a database URL is configured, else
 * the SQLite file DIR/trackline.db (settings from src/config.ts).
 */

import { loadConfig } from '../../config.js';
import { databaseTarget, openDatabase } from '../../store/db.js';
import { migrateToLatest } from '../../store/migrate.js';
import { withConfigOptions } from '../config-options.js';
import type { CommandRegistrar } from '../context.js';

export const registerMigrate: CommandRegistrar = (program, ctx) => {
  withConfigOptions(
    program
      .command('migrate')
      .description('create or update the database schema, then print what ran'),
    ['dataDir', 'databaseUrl'],
  ).action(async (flags: Record<string, string>) => {
    const config = loadConfig(process.env, flags);
    const target = databaseTarget(config);
    let handle: Awaited<ReturnType<typeof openDatabase>> | undefined;
    try {
      handle = await openDatabase(target);
      ctx.io.stdout(`database: ${handle.dialect} ${handle.location}\n`);
      const outcome = await migrateToLatest(handle.db);
      for (const name of outcome.applied) ctx.io.stdout(`applied ${name}\n`);
      const count = outcome.known.length;
      ctx.io.stdout(
        outcome.applied.length === 0
          ? `already up to date (${count} migration${count === 1 ? '' : 's'})\n`
          : `done: ${outcome.applied.length} applied, ${count} in total\n`,
      );
    } catch (error) {
      ctx.io.stderr(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
      ctx.exitCode = 1;
    } finally {
      await handle?.close();
    }
  });
};
