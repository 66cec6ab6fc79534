/**
 * @module cli/commands/sim
 * `trackline sim` — runs the simulator carrier on its own (a fake carrier API on loopback
 * for demos, end-to-end and load tests) and prints its URL and a few demo numbers.
 * `startSimServer` is re-exported for `trackline serve`, which starts it in-process in demo mode.
 */
import { InvalidArgumentError } from 'commander';
import {
  type SimServer,
  type SimServerOptions,
  startSimServer,
} from '../../carriers/sim/server.js';
import type { CliIO, CommandRegistrar } from '../context.js';

export {
  type SimServer,
  type SimServerOptions,
  startSimServer,
} from '../../carriers/sim/server.js';

function numberIn(name: string, min: number, max: number, integer = false) {
  return (value: string): number => {
    const n = Number(value);
    if (
      value.trim() === '' ||
      !Number.isFinite(n) ||
      n < min ||
      n > max ||
      (integer && !Number.isInteger(n))
    ) {
      throw new InvalidArgumentError(
        `${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
      );
    }
    return n;
  };
}

function instant(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new InvalidArgumentError('--epoch must be an ISO 8601 date or instant');
  return ms;
}

export interface SimFlags {
  port: number;
  host: string;
  timeScale: number;
  faultRate: number;
  latency?: number;
  rateLimit?: number;
  seed: string;
  key?: string;
  epoch?: number;
}

export function simOptions(flags: SimFlags): SimServerOptions {
  const opts: SimServerOptions = {
    port: flags.port,
    host: flags.host,
    timeScale: flags.timeScale,
    seed: flags.seed,
    faults: { faultRate: flags.faultRate, seed: flags.seed, latencyMs: flags.latency ?? 0 },
  };
  if (flags.key !== undefined) opts.key = flags.key;
  if (flags.rateLimit !== undefined) opts.rateLimit = { perSecond: flags.rateLimit };
  if (flags.epoch !== undefined) opts.epochMs = flags.epoch;
  return opts;
}

/** Prints where the simulator listens and a few demo numbers. */
export function announce(sim: SimServer, io: CliIO, count = 8): void {
  io.stdout(`Trackline simulator (demo data, every parcel is made up) at ${sim.url}\n`);
  io.stdout(`Clock: ${new Date(sim.clock.now()).toISOString()}, ×${sim.clock.timeScale}\n`);
  io.stdout('Demo numbers:\n');
  for (const d of sim.demo().slice(0, count)) {
    io.stdout(`  ${d.number.padEnd(26)} ${d.case.padEnd(16)} ${d.service} → ${d.destination}\n`);
  }
  io.stdout(`All of them: GET ${sim.url}/api/demo\n`);
}

export const registerSim: CommandRegistrar = (program, ctx) => {
  program
    .command('sim')
    .description('run the simulator carrier (fake carrier API for demos and tests)')
    .option(
      '--port <n>',
      'port to listen on (0 = any free port)',
      numberIn('--port', 0, 65535, true),
      4010,
    )
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option(
      '--time-scale <x>',
      'simulated seconds per real second (86400 = a day a second)',
      numberIn('--time-scale', 0, 1e7),
      1,
    )
    .option(
      '--fault-rate <r>',
      'share of track requests given a random fault, 0 to 1',
      numberIn('--fault-rate', 0, 1),
      0,
    )
    .option(
      '--latency <ms>',
      'latency added to every answer',
      numberIn('--latency', 0, 600_000, true),
    )
    .option(
      '--rate-limit <n>',
      'track requests allowed per second (429 with Retry-After beyond)',
      numberIn('--rate-limit', 0.01, 1e6),
    )
    .option('--seed <s>', 'seed of the journeys and faults', 'trackline')
    .option('--key <key>', 'require this X-Sim-Key header')
    .option(
      '--epoch <iso>',
      "the journeys' epoch and the clock's start (default: today 00:00 UTC, clock at now)",
      instant,
    )
    .action(async (flags: SimFlags) => {
      const sim = await startSimServer(simOptions(flags));
      announce(sim, ctx.io);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await sim.close();
    });
};
