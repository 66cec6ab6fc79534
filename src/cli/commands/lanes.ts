/**
 * @module cli/commands/lanes
 * `trackline lanes [--rebuild] [--data DIR] [--database-url URL]`: says how many delivered
 * parcels the lane statistics have learned from; with --rebuild, forgets them and learns
 * again from every delivered parcel in the database (after a change to how lanes are
 * keyed, or to fill them from parcels delivered before learning existed).
 */
import { loadConfig } from '../../config.js';
import { relearnDeliveries } from '../../engine/run/lane-learning.js';
import { databaseTarget, openDatabase } from '../../store/db.js';
import { countLearnedDeliveries } from '../../store/lane-stats.js';
import { migrateToLatest } from '../../store/migrate.js';
import { withConfigOptions } from '../config-options.js';
import type { CommandRegistrar } from '../context.js';

export const registerLanes: CommandRegistrar = (program, ctx) => {
  withConfigOptions(
    program
      .command('lanes')
      .description('show how many delivered parcels lane statistics learned from')
      .option('--rebuild', 'forget them and learn again from every delivered parcel'),
    ['dataDir', 'databaseUrl'],
  ).action(async (flags: Record<string, string> & { rebuild?: boolean }) => {
    const { rebuild, ...settings } = flags;
    const config = loadConfig(process.env, settings);
    let handle: Awaited<ReturnType<typeof openDatabase>> | undefined;
    try {
      handle = await openDatabase(databaseTarget(config));
      await migrateToLatest(handle.db);
      if (rebuild === true) {
        const outcome = await relearnDeliveries(handle.db, Date.now);
        ctx.io.stdout(
          `rebuilt: learned from ${outcome.learned} delivered parcels` +
            (outcome.unusable > 0 ? ` (${outcome.unusable} without a lane or dates)` : '') +
            '\n',
        );
      } else {
        const n = await countLearnedDeliveries(handle.db);
        ctx.io.stdout(`lane statistics learned from ${n} delivered parcels\n`);
      }
    } catch (error) {
      ctx.io.stderr(`lanes failed: ${error instanceof Error ? error.message : String(error)}\n`);
      ctx.exitCode = 1;
    } finally {
      await handle?.close();
    }
  });
};
