/**
 * @module cli/main
 * The `trackline` command. Commands are listed here explicitly, one registrar each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { isTracklineError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { registerClassify } from './commands/classify.js';
import { registerDetect } from './commands/detect.js';
import { registerImport } from './commands/import.js';
import { registerLanes } from './commands/lanes.js';
import { registerMigrate } from './commands/migrate.js';
import { registerParse } from './commands/parse.js';
import { registerServe } from './commands/serve.js';
import { registerSim } from './commands/sim.js';
import { registerSources } from './commands/sources.js';
import { registerTrack } from './commands/track.js';
import { registerWorker } from './commands/worker.js';
import { type CliContext, type CliIO, type CommandRegistrar, processIO } from './context.js';

const COMMANDS: readonly CommandRegistrar[] = [
  registerServe,
  registerWorker,
  registerTrack,
  registerImport,
  registerDetect,
  registerClassify,
  registerParse,
  registerMigrate,
  registerLanes,
  registerSim,
  registerSources,
];

function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('trackline')
    .description('Track parcels across carriers: one timeline, plain words, honest dates.')
    .version(version())
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text),
    });
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Runs the CLI; resolves to the process exit code (0 ok, 1 some inputs failed, 2 usage). */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  if (argv.length === 0) {
    program.outputHelp();
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isTracklineError(error)) {
      io.stderr(`trackline: ${error.message}\n`);
      return error.code === 'TRK_ERR_CONFIG_INVALID' ? 2 : 1;
    }
    io.stderr(`trackline: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
