/**
 * @module cli/context
 * What a command needs from the outside world, injected so commands run in tests without
 * spawning a process: output streams, standard input, and the exit code to return.
 */
import type { Command } from 'commander';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input as text (used when an argument is `-`). */
  readStdin(): Promise<string>;
  /** True when stdout is a terminal (colour, progress bars). */
  isTTY: boolean;
}

export interface CliContext {
  io: CliIO;
  /** Set by a command; main() returns it. 0 ok, 1 some inputs failed, 2 usage error. */
  exitCode: number;
}

/** Each file in cli/commands/ exports one of these; main.ts lists them explicitly. */
export type CommandRegistrar = (program: Command, ctx: CliContext) => void;

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTTY: process.stdout.isTTY === true,
  };
}

/** An in-memory CliIO for tests: feed stdin, read what was written. */
export function memoryIO(stdin = ''): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readStdin: async () => stdin,
    isTTY: false,
  };
}
