/**
 * @module cli/commands/serve
 * `trackline serve` — web pages, API and scheduler in one process (embedded mode). With no
 * carrier source configured it runs in demo mode: the simulator carrier starts in-process
 * on loopback and every page says its data is simulated.
 */
import { SOURCES } from '../../carriers/index.js';
import { loadSources, requireValidSources } from '../../carriers/settings.js';
import { startSimServer } from '../../carriers/sim/index.js';
import { loadConfig } from '../../config.js';
import { startEmbedded } from '../../engine/run/index.js';
import { createLogger } from '../../log.js';
import { buildApp } from '../../web/app.js';
import { withConfigOptions } from '../config-options.js';
import type { CommandRegistrar } from '../context.js';

export const registerServe: CommandRegistrar = (program, ctx) => {
  withConfigOptions(
    program.command('serve').description('run the web site, API and scheduler on one machine'),
  ).action(async (flags: Record<string, string>) => {
    const config = loadConfig(process.env, flags);
    const logger = createLogger(config.logLevel);
    const configured = requireValidSources(loadSources(process.env, SOURCES));
    const demo = configured.enabled.size === 0;
    const sim = demo
      ? await startSimServer({ port: 0, timeScale: config.demoTimeScale })
      : undefined;
    const embedded = await startEmbedded({
      config,
      logger,
      configured,
      ...(sim ? { simulator: { url: sim.url, clock: sim.clock } } : {}),
    });
    const app = await buildApp({
      config,
      logger,
      tracking: {
        engine: embedded.engine,
        ...(sim ? { demoNumbers: () => sim.demo() } : {}),
      },
    });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('127.0.0.1', 'localhost');
    ctx.io.stdout(`Trackline is running at ${url}\n`);
    if (sim) {
      ctx.io.stdout(
        'Demo mode: no carrier source is configured, so the built-in simulator carrier serves every number.\n' +
          `Try ${sim
            .demo()
            .slice(0, 4)
            .map((d) => `${url}/track/${d.number}`)
            .join('\n    ')}\n`,
      );
    }
    const stop = async () => {
      await app.close();
      await embedded.stop();
      await sim?.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await new Promise(() => {});
  });
};
