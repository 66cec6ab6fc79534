/**
 * `trackline worker` with the simulator on loopback (TRACKLINE_SIM_URL) and SQLite through a
 * file: URL: refuses to start without a database URL, `--once` polls everything due and
 * exits, and runWorker stops cleanly when its signal aborts (what SIGINT/SIGTERM do).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type SimServer, startSimServer } from '../../carriers/sim/server.js';
import { registerNumber } from '../../engine/run/register.js';
import { lpNumbers, testEngine } from '../../engine/run/test-helpers/engine.js';
import { openDatabase } from '../../store/db.js';
import { countPolls } from '../../store/schedule.js';
import { type CliContext, memoryIO } from '../context.js';
import { registerWorker, runWorker } from './worker.js';

let sim: SimServer;
const dir = mkdtempSync(join(tmpdir(), 'trackline-worker-'));
const dbUrl = `file:${join(dir, 'w.db')}`;

beforeAll(async () => {
  sim = await startSimServer({ seed: 'cli-worker' });
  vi.stubEnv('TRACKLINE_SIM_URL', sim.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const io = memoryIO();
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command().exitOverride();
  registerWorker(program, ctx);
  await program.parseAsync(['node', 'trackline', 'worker', '--log-level', 'silent', ...args]);
  return { out: io.out.join(''), err: io.err.join(''), code: ctx.exitCode };
}

describe('trackline worker', () => {
  it('needs a database URL', async () => {
    vi.stubEnv('TRACKLINE_DATABASE_URL', '');
    const r = await run(['--once']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('TRACKLINE_DATABASE_URL');
  });

  it('--once polls every due parcel and exits', async () => {
    const handle = await openDatabase(dbUrl);
    const engine = await testEngine(handle, sim);
    for (const n of sim.demo().map((d) => d.number)) await registerNumber(engine, n);
    await engine.close();
    await handle.close();

    const r = await run(['--once', '--database-url', dbUrl]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/polling sqlite .*sources: sim/);
    const m =
      /stopped after (\d+) cycles: (\d+) polls, (\d+) requests \((\d+) failed\), (\d+) new events/.exec(
        r.out,
      );
    expect(m).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThan(5);
    expect(Number(m![5])).toBeGreaterThan(10);

    const again = await run(['--once', '--database-url', dbUrl]);
    expect(again.out).toContain('stopped after 1 cycles: 0 polls');
  });

  it('runs the loop until its signal aborts, then finishes the cycle', async () => {
    const handle = await openDatabase(dbUrl);
    const engine = await testEngine(handle, sim);
    for (const n of lpNumbers(50, 77)) await registerNumber(engine, n);
    const controller = new AbortController();
    const running = runWorker(engine, { signal: controller.signal, intervalMs: 5, batch: 20 });
    const deadline = Date.now() + 15_000;
    for (;;) {
      const counts = await countPolls(engine.db, engine.now());
      if ((counts.due === 0 && counts.leased === 0) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    controller.abort();
    const totals = await running;
    expect(totals.leased).toBeGreaterThanOrEqual(50);
    const leased = await engine.db
      .selectFrom('poll_schedule')
      .select('leg_id')
      .where('lease_owner', 'is not', null)
      .execute();
    expect(leased).toEqual([]);
    await engine.close();
    await handle.close();
  });
});
