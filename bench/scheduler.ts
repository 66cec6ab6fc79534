/**
 * @module bench/scheduler
 * The scheduler at scale: 1,000,000 registered parcels (one shipment, one origin leg and one
 * poll_schedule row each) in SQLite (a temp file), and in PostgreSQL (a fresh schema,
 * dropped after) when TRACKLINE_TEST_PG is set. Loading is bulk (prepared statements in
 * large transactions on SQLite, INSERT … SELECT FROM generate_series on PostgreSQL) and is
 * not the figure. Measured:
 * - process memory after loading and the lease rounds (RSS; heap used in the detail; the
 *   SQLite page cache lives in this process), target <= 512 MB;
 * - leasing 10,000 due polls with the store's `leaseDue` (10% of the rows are due), median
 *   and best of ROUNDS rounds (default 7) after a warm-up; the leases are released between
 *   rounds (not timed), so each round picks from the same 100,000 due rows. Target 100 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import {
  type DatabaseHandle,
  leaseDue,
  migrateToLatest,
  openDatabase,
} from '../src/store/index.js';
import { postgresTarget } from '../src/store/test-helpers/targets.js';
import type { Bench, BenchResult } from './types.js';

const PARCELS = Number(process.env['PARCELS'] ?? 1_000_000);
const LEASE = Number(process.env['LEASE'] ?? 10_000);
const ROUNDS = Math.max(1, Number(process.env['ROUNDS'] ?? 7));
/** One row in DUE_EVERY is due at NOW; the rest are due later. */
const DUE_EVERY = 10;
const T0 = Date.parse('2026-03-10T00:00:00Z');
const NOW = T0 + 86_400_000;
const MB = 1024 * 1024;

function dueAt(i: number): number {
  // Due rows spread over the last day; the others over the next week.
  return i % DUE_EVERY === 0 ? T0 + (i % 86_400_000) : NOW + 1 + ((i * 7919) % (7 * 86_400_000));
}

function pad(i: number): string {
  return String(i).padStart(8, '0');
}

/** Bulk load with one prepared statement per table, 50,000 rows per transaction. */
function loadSqlite(path: string, parcels: number): void {
  const raw = new BetterSqlite3(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const shipment = raw.prepare(
    "insert into shipments (id, status, created_at, updated_at) values (?, 'pending', ?, ?)",
  );
  const leg = raw.prepare(
    'insert into legs (id, shipment_id, number, carrier_id, role, learned_from, first_seen_at) ' +
      "values (?, ?, ?, 'sim', 'origin', 'user', ?)",
  );
  const poll = raw.prepare(
    'insert into poll_schedule (leg_id, source_id, due_at, priority, attempts) ' +
      "values (?, 'sim', ?, 0, 0)",
  );
  const batch = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const d = pad(i);
      shipment.run(`shp_${d}`, T0, T0);
      leg.run(`leg_${d}`, `shp_${d}`, `LP00${d}000011`, T0);
      poll.run(`leg_${d}`, dueAt(i));
    }
  });
  for (let i = 0; i < parcels; i += 50_000) batch(i, Math.min(parcels, i + 50_000));
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.exec('analyze');
  raw.close();
}

async function loadPostgres(h: DatabaseHandle, parcels: number): Promise<void> {
  const day = 86_400_000;
  await sql`insert into shipments (id, status, created_at, updated_at)
    select 'shp_' || lpad(i::text, 8, '0'), 'pending', ${T0}::bigint, ${T0}::bigint
    from generate_series(0, ${parcels - 1}) as i`.execute(h.db);
  await sql`insert into legs (id, shipment_id, number, carrier_id, role, learned_from, first_seen_at)
    select 'leg_' || lpad(i::text, 8, '0'), 'shp_' || lpad(i::text, 8, '0'),
      'LP00' || lpad(i::text, 8, '0') || '000011', 'sim', 'origin', 'user', ${T0}::bigint
    from generate_series(0, ${parcels - 1}) as i`.execute(h.db);
  await sql`insert into poll_schedule (leg_id, source_id, due_at, priority, attempts)
    select 'leg_' || lpad(i::text, 8, '0'), 'sim',
      case when i % ${DUE_EVERY} = 0 then ${T0}::bigint + (i % ${day})
        else ${NOW}::bigint + 1 + ((i::bigint * 7919) % ${7 * day}::bigint) end, 0, 0
    from generate_series(0, ${parcels - 1}) as i`.execute(h.db);
  await sql`analyze`.execute(h.db);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Warm-up, then ROUNDS timed leases of LEASE rows; leases released between rounds. */
async function leaseRounds(h: DatabaseHandle): Promise<{ times: number[]; leased: number }> {
  const times: number[] = [];
  let leased = 0;
  for (let r = -1; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    const rows = await leaseDue(h.db, {
      limit: LEASE,
      owner: `bench-${r}`,
      leaseMs: 60_000,
      now: NOW,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r >= 0) times.push(ms);
    leased = rows.length;
    await h.db
      .updateTable('poll_schedule')
      .set({ lease_owner: null, lease_until: null, attempts: 0 })
      .where('lease_owner', 'is not', null)
      .execute();
  }
  return { times, leased };
}

function memory(): { rss: number; heap: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss / MB, heap: m.heapUsed / MB };
}

function results(
  name: string,
  mem: { rss: number; heap: number },
  lease: { times: number[]; leased: number },
  loadS: number,
): BenchResult[] {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  return [
    {
      name: `sched mem ${name}`,
      value: mem.rss,
      unit: 'MB RSS',
      target: 512,
      kind: 'max',
      detail: `heap used ${mem.heap.toFixed(1)} MB; measured after loading ${fmt(PARCELS)} parcels (shipment + leg + poll row each, ${loadS.toFixed(1)} s, not the figure) and the lease rounds`,
    },
    {
      name: `sched lease ${name}`,
      value: median(lease.times),
      unit: 'ms',
      target: 100,
      kind: 'max',
      detail:
        `leaseDue ${fmt(lease.leased)} of ${fmt(PARCELS)} rows (${fmt(PARCELS / DUE_EVERY)} due); ` +
        `best ${Math.min(...lease.times).toFixed(1)} ms, median of ${ROUNDS} rounds after a warm-up`,
    },
  ];
}

async function runSqlite(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'trackline-bench-sched-'));
  const path = join(dir, 'trackline.db');
  try {
    const setup = await openDatabase({ url: `file:${path}` });
    await migrateToLatest(setup.db);
    await setup.close();
    const start = Date.now();
    loadSqlite(path, PARCELS);
    const h = await openDatabase({ url: `file:${path}` });
    try {
      const loadS = (Date.now() - start) / 1000;
      const lease = await leaseRounds(h);
      const mem = memory();
      return results('sqlite', mem, lease, loadS);
    } finally {
      await h.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runPostgres(url: string): Promise<BenchResult[]> {
  const target = postgresTarget(url);
  const h = await target.open();
  try {
    await migrateToLatest(h.db);
    const start = Date.now();
    await loadPostgres(h, PARCELS);
    const loadS = (Date.now() - start) / 1000;
    const lease = await leaseRounds(h);
    const mem = memory();
    return results('postgres', mem, lease, loadS);
  } finally {
    await h.close();
    await target.cleanup();
  }
}

export const schedulerBench: Bench = async () => {
  const out = await runSqlite();
  const pg = process.env['TRACKLINE_TEST_PG'];
  if (pg) out.push(...(await runPostgres(pg)));
  return out;
};
