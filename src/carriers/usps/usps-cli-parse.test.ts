/**
 * @module carriers/usps/usps-cli-parse.test
 * `trackline parse --carrier usps FILE` on every USPS fixture: the command prints what
 * parseUsps makes of the file (same numbers, same event count, same message codes), and
 * exits 1 only when a message is an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createParseCommand, type ParseJson } from '../../cli/commands/parse.js';
import { type CliContext, memoryIO } from '../../cli/context.js';
import { sources } from '../index.js';
import type { ParseOutput } from '../types.js';
import { uspsSource } from './index.js';

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const NOW = Date.parse('2026-07-01T00:00:00Z');
const payloads = readdirSync(DIR).filter((f) => f.endsWith('.payload.json'));

async function parseFile(file: string) {
  const io = memoryIO('');
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command('trackline');
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  createParseCommand(
    () => sources,
    () => NOW,
  )(program, ctx);
  await program.parseAsync(['parse', '--carrier', 'usps', file], { from: 'user' });
  return { code: ctx.exitCode, out: JSON.parse(io.out.join('')) as ParseJson };
}

describe('trackline parse --carrier usps on the v3r2 fixtures', () => {
  it('has the seven fixture shapes', () => {
    expect(payloads.map((f) => f.replace('.payload.json', '')).sort()).toEqual([
      'auth-failure',
      'batch',
      'delivered',
      'in-transit',
      'not-found',
      'returned',
      'unknown-codes',
    ]);
  });

  for (const file of payloads) {
    it(file, async () => {
      const expected = JSON.parse(
        readFileSync(`${DIR}${file.replace('.payload.json', '.expected.json')}`, 'utf8'),
      ) as ParseOutput;
      expect(uspsSource.parse(JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')))).toEqual(expected);
      const { code, out } = await parseFile(`${DIR}${file}`);
      expect(out.results.map((r) => [r.trackingNumber, r.events.length])).toEqual(
        expected.results.map((r) => [r.trackingNumber, r.events.length]),
      );
      expect(out.messages.map((m) => m.code)).toEqual(expected.messages.map((m) => m.code));
      expect(code).toBe(expected.messages.some((m) => m.level === 'error') ? 1 : 0);
    });
  }
});
