/**
 * @module cli/commands/serve
 * `trackline serve` — the web pages, the API and (later) the scheduler in one process.
 */
import { loadConfig } from '../../config.js';
import { createLogger } from '../../log.js';
import { buildApp } from '../../web/app.js';
import { withConfigOptions } from '../config-options.js';
import type { CommandRegistrar } from '../context.js';

export const registerServe: CommandRegistrar = (program, ctx) => {
  withConfigOptions(
    program.command('serve').description('run the web site and API on one machine'),
  ).action(async (flags: Record<string, string>) => {
    const config = loadConfig(process.env, flags);
    const logger = createLogger(config.logLevel);
    const app = await buildApp({ config, logger });
    const address = await app.listen({ port: config.port, host: config.host });
    ctx.io.stdout(`Trackline is running at ${address.replace('127.0.0.1', 'localhost')}\n`);
    const stop = async () => {
      await app.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await new Promise(() => {});
  });
};
