/**
 * @module bench/polls
 * Polls per second against the simulator carrier over loopback, through the whole engine:
 * `startSimServer` (port 0, faults off, clock frozen) and an engine on a temp SQLite
 * database with the simulator as its only source; PARCELS (default 5,000) demo-shaped LP
 * numbers registered (not timed), then `runPollCycle` (CYCLE polls leased per cycle,
 * default 1,000) until every parcel has been polled once. The figure is polls/s, wall clock,
 * median of ROUNDS rounds (default 3, each on a fresh database and simulator); best in the
 * detail, with polls per CPU-second of this process (the simulator, the engine and SQLite all
 * run in this one process, so on a shared machine that is the steadier figure). The sim
 * descriptor's own limits (requests/s, batch size, concurrency) are used: they do not throttle
 * here (100 requests/s x 40 numbers allows 4,000 polls/s; a round makes ~125 requests in a
 * few seconds), so they are not raised. Target 2,000/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnabledSource } from '../src/carriers/settings.js';
import { simSource, startSimServer } from '../src/carriers/sim/index.js';
import type { SourceLimits } from '../src/carriers/types.js';
import { createEngine, registerNumber, runPollCycle } from '../src/engine/run/index.js';
import { createLogger } from '../src/log.js';
import { openDatabase } from '../src/store/index.js';
import type { Bench, BenchResult } from './types.js';

const PARCELS = Number(process.env['PARCELS'] ?? 5_000);
const CYCLE = Number(process.env['CYCLE'] ?? 1_000);
const ROUNDS = Math.max(1, Number(process.env['ROUNDS'] ?? 3));
const EPOCH = Date.UTC(2026, 2, 1);

/** Demo-shaped Cainiao LP numbers (LP + 14 digits), the same every run. */
function lpNumbers(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`LP00${String(i * 7 + 1_000_003).padStart(12, '0')}`);
  return out;
}

interface Round {
  polls: number;
  seconds: number;
  cpu: number;
  cycles: number;
  events: number;
  requests: number;
  failed: number;
}

async function round(limits: SourceLimits, parcels: number): Promise<Round> {
  const dir = mkdtempSync(join(tmpdir(), 'trackline-bench-polls-'));
  const sim = await startSimServer({
    port: 0,
    epochMs: EPOCH,
    timeScale: 0,
    seed: 'bench-polls',
    faults: { faultRate: 0 },
    maxBatch: Math.max(40, limits.batchSize),
  });
  const handle = await openDatabase({ url: `file:${join(dir, 'trackline.db')}` });
  const source: EnabledSource = {
    source: { ...simSource, limits },
    config: { baseUrl: sim.url },
  };
  const engine = await createEngine({
    config: { dataDir: dir, databaseUrl: undefined, logLevel: 'silent' },
    handle,
    configured: { enabled: new Map([['sim', source]]), problems: [] },
    simulator: { url: sim.url, clock: sim.clock },
    logger: createLogger('silent'),
  });
  try {
    for (const n of lpNumbers(parcels)) await registerNumber(engine, n);
    let polls = 0;
    let cycles = 0;
    let requests = 0;
    let events = 0;
    let failed = 0;
    const cpu0 = process.cpuUsage();
    const start = process.hrtime.bigint();
    while (polls < parcels) {
      const report = await runPollCycle(engine, { limit: CYCLE });
      cycles++;
      polls += report.leased - report.deferred;
      requests += report.requests;
      events += report.newEvents;
      failed += report.failedRequests;
      if (report.leased === 0) {
        // Everything left is deferred by the source's budget: wait for it.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (cycles > 100_000) break;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu0);
    const cpu = (used.user + used.system) / 1e6;
    return { polls, seconds, cpu, cycles, events, requests, failed };
  } finally {
    await engine.close();
    await handle.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function run(name: string, limits: SourceLimits, note: string): Promise<BenchResult> {
  await round(limits, 200);
  const rounds: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round(limits, PARCELS));
  const rates = rounds.map((r) => r.polls / r.seconds);
  const first = rounds[0]!;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  return {
    name: `polls ${name}`,
    value: median(rates),
    unit: 'polls/s',
    target: 2_000,
    kind: 'min',
    detail:
      `${note}: batch ${limits.batchSize}, ${limits.perSecond} requests/s, concurrency ` +
      `${limits.concurrency}; ${fmt(first.polls)} parcels polled once in ${first.cycles} cycles ` +
      `of ${fmt(CYCLE)}, ${fmt(first.requests)} requests, ${first.failed} failed, ` +
      `${fmt(first.events)} new events ingested; ` +
      `best ${fmt(Math.max(...rates))}/s; ` +
      `per CPU-s ${fmt(median(rounds.map((r) => r.polls / r.cpu)))}; median of ${ROUNDS} rounds after a warm-up; SQLite`,
  };
}

export const pollsBench: Bench = async () => [
  await run('sim', simSource.limits, "the sim descriptor's own limits, not raised"),
];
