/**
 * @module cli/commands/worker
 * `trackline worker`: a polling process for distributed mode. It needs a database named by
 * --database-url / TRACKLINE_DATABASE_URL (PostgreSQL, so that any number of workers on any
 * machines share it; a `file:` SQLite URL works for one machine) and at least one carrier
 * source; it leases due polls, fetches, ingests and schedules until SIGINT or SIGTERM, then
 * finishes its in-flight cycle and exits. `--once` stops when nothing is due (cron, tests).
 */
import { loadConfig } from '../../config.js';
import type { Engine } from '../../engine/run/context.js';
import { startLoop } from '../../engine/run/loop.js';
import { type CycleReport, runPollCycle } from '../../engine/run/poller.js';
import { withConfigOptions } from '../config-options.js';
import type { CliContext, CommandRegistrar } from '../context.js';
import { cliEngine } from './track.js';

export interface WorkerTotals {
  cycles: number;
  leased: number;
  requests: number;
  failedRequests: number;
  newEvents: number;
}

function add(t: WorkerTotals, r: CycleReport): void {
  t.cycles += 1;
  t.leased += r.leased;
  t.requests += r.requests;
  t.failedRequests += r.failedRequests;
  t.newEvents += r.newEvents;
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number above 0`);
  return n;
}

/** Runs cycles until `signal` aborts (or, with `once`, until nothing is due). */
export async function runWorker(
  engine: Engine,
  opts: {
    signal: AbortSignal;
    once?: boolean;
    intervalMs?: number;
    batch?: number;
    leaseMs?: number;
  },
): Promise<WorkerTotals> {
  const totals: WorkerTotals = {
    cycles: 0,
    leased: 0,
    requests: 0,
    failedRequests: 0,
    newEvents: 0,
  };
  const limit = opts.batch ?? 500;
  const leaseMs = opts.leaseMs ?? 120_000;
  if (opts.once) {
    while (!opts.signal.aborted) {
      const report = await runPollCycle(engine, { limit, leaseMs });
      add(totals, report);
      if (report.leased === 0) break;
    }
    return totals;
  }
  const loop = startLoop(engine, {
    limit,
    leaseMs,
    intervalMs: opts.intervalMs ?? 1_000,
    onCycle: (r) => {
      add(totals, r);
      if (r.leased > 0) {
        engine.logger.info(
          {
            leased: r.leased,
            requests: r.requests,
            failed: r.failedRequests,
            newEvents: r.newEvents,
          },
          'poll cycle',
        );
      }
    },
  });
  if (opts.signal.aborted) await loop.stop();
  else opts.signal.addEventListener('abort', () => void loop.stop(), { once: true });
  await loop.done;
  return totals;
}

async function action(ctx: CliContext, flags: Record<string, string>): Promise<void> {
  const config = loadConfig(process.env, flags);
  if (!config.databaseUrl) {
    ctx.io.stderr(
      'trackline worker needs a shared database: set TRACKLINE_DATABASE_URL (or --database-url) ' +
        'to a postgres:// URL (or file:PATH for SQLite on this machine).\n',
    );
    ctx.exitCode = 2;
    return;
  }
  const batch = positive(flags['batch'], 'batch', 500);
  const intervalMs = positive(flags['interval'], 'interval', 1_000);
  const leaseMs = positive(flags['lease'], 'lease', 120_000);
  const engine = await cliEngine(ctx, flags);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    if (engine.runtimes.size === 0) {
      ctx.io.stderr('trackline worker: no carrier source is configured (see docs/sources.md).\n');
      ctx.exitCode = 2;
      return;
    }
    const sources = [...engine.runtimes.keys()].join(', ');
    ctx.io.stdout(
      `worker ${engine.owner} polling ${engine.handle.dialect} ${engine.handle.location} (sources: ${sources})\n`,
    );
    const once = flags['once'] !== undefined;
    const t = await runWorker(engine, {
      signal: controller.signal,
      once,
      intervalMs,
      batch,
      leaseMs,
    });
    ctx.io.stdout(
      `stopped after ${t.cycles} cycles: ${t.leased} polls, ${t.requests} requests ` +
        `(${t.failedRequests} failed), ${t.newEvents} new events\n`,
    );
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await engine.close();
  }
}

export const registerWorker: CommandRegistrar = (program, ctx) => {
  withConfigOptions(
    program
      .command('worker')
      .description('poll carrier sources for due parcels until stopped (distributed mode)')
      .option('--once', 'stop when no poll is due instead of waiting for more')
      .option('--batch <n>', 'most polls leased per cycle (default 500)')
      .option('--interval <ms>', 'pause between idle cycles in ms (default 1000)')
      .option('--lease <ms>', 'how long a leased poll is ours before others may retake it'),
    ['dataDir', 'databaseUrl', 'logLevel'],
  ).action((flags: Record<string, string>) => action(ctx, flags));
};
