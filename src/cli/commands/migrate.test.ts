/**
 * @module cli/commands/migrate.test
 * `trackline migrate` on a fresh SQLite data folder: runs the migrations once, then reports
 * up to date; a bad URL is an error with exit code 1.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliContext, memoryIO } from '../context.js';
import { registerMigrate } from './migrate.js';

async function run(args: string[]) {
  const io = memoryIO();
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command().exitOverride();
  registerMigrate(program, ctx);
  await program.parseAsync(['node', 'trackline', ...args]);
  return { out: io.out.join(''), err: io.err.join(''), code: ctx.exitCode };
}

describe('trackline migrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trackline-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the database, applies migrations, then is up to date', async () => {
    const data = join(dir, 'data');
    const first = await run(['migrate', '--data', data]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('database: sqlite');
    expect(first.out).toMatch(/applied 2026-11-21-0001-init/);
    expect(existsSync(join(data, 'trackline.db'))).toBe(true);
    const second = await run(['migrate', '--data', data]);
    expect(second.out).toContain('already up to date');
    expect(second.out).not.toContain('applied ');
  });

  it('takes --database-url over --data', async () => {
    const file = join(dir, 'other', 'x.db');
    const result = await run([
      'migrate',
      '--data',
      join(dir, 'unused'),
      '--database-url',
      `file:${file}`,
    ]);
    expect(result.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(dir, 'unused'))).toBe(false);
  });

  it('reports a database it cannot reach and exits 1', async () => {
    const result = await run(['migrate', '--database-url', 'postgres://nobody@127.0.0.1:1/none']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('migrate failed');
  });
});
