/**
 * @module bench/ingest
 * Ingestion throughput: events/s (wall clock) through the whole pipeline (classify → merge
 * with the stored timeline → derive → ON CONFLICT dedupe, leg linking and poll scheduling)
 * into SQLite, as a worker runs it: source answers of 40 results, INFLIGHT (default 8, the
 * simulator's concurrency) at a time, through the engine's group-commit queue (answers that
 * arrive while a transaction runs share the next one). Printed beside a plain batched INSERT
 * of the same rows into the same database in the same run, measured the same way: as many
 * transactions as the pipeline used, one dialect bulk insert per transaction
 * (a prepared statement run per row on SQLite; one INSERT … SELECT FROM UNNEST per batch on
 * PostgreSQL), no dedupe, no reads. Also the re-ingest of the same results (everything
 * deduplicated), a steady-state update (each parcel polled again with one new scan), and the
 * pipeline with one transaction per answer (one answer in flight) on a database of its own.
 * PostgreSQL figures too when TRACKLINE_TEST_PG is set.
 *
 * Each database gets a warm-up round (JIT, statement caches) on a database of its own, then
 * ROUNDS measured rounds (default 3), each on a fresh database with the same workload; the
 * figure is the median round, the best one and CPU-seconds of this process in the detail
 * (better-sqlite3 runs in this thread, so on a shared machine events per CPU-s is the
 * steadier SQLite figure). Target: 50,000 events/s on SQLite.
 */
import type { SourceResult } from '../src/carriers/types.js';
import { createIngestQueue } from '../src/engine/ingest/group-commit.js';
import type { IngestArgs } from '../src/engine/ingest/ingest.js';
import {
  type JourneyNumbers,
  lastMileResult,
  originResult,
  transitResult,
} from '../src/engine/ingest/test-helpers/journey-fixture.js';
import { queriesFor } from '../src/store/dialects/index.js';
import { newId } from '../src/store/ids.js';
import { type DatabaseHandle, migrateToLatest, withTransaction } from '../src/store/index.js';
import type { EventRow } from '../src/store/schema.js';
import {
  postgresTarget,
  sqliteTarget,
  type TestTarget,
} from '../src/store/test-helpers/targets.js';
import type { Bench, BenchResult } from './types.js';

const PARCELS = Number(process.env['PARCELS'] ?? 2_000);
const BATCH = Number(process.env['BATCH'] ?? 40);
const INFLIGHT = Math.max(1, Number(process.env['INFLIGHT'] ?? 8));
const ROUNDS = Math.max(1, Number(process.env['ROUNDS'] ?? 3));
/** Parcels in the warm-up round. */
const WARM_PARCELS = 300;
const T0 = Date.parse('2026-03-10T00:00:00Z');

function numbers(i: number): JourneyNumbers {
  const d = String(i).padStart(8, '0');
  return { lp: `LP00${d}000011`, s10: `RR${d}5CN`, lastMile: `6A${d}123` };
}

/** Every parcel's three legs, origin first, as batches of BATCH results. */
function workload(parcels: number): { batches: SourceResult[][]; events: number } {
  const results: SourceResult[] = [];
  for (let i = 0; i < parcels; i++) {
    const n = numbers(i);
    results.push(originResult(n), transitResult(n), lastMileResult(n, { delivered: false }));
  }
  const batches: SourceResult[][] = [];
  for (let i = 0; i < results.length; i += BATCH) batches.push(results.slice(i, i + BATCH));
  return { batches, events: results.reduce((sum, r) => sum + r.events.length, 0) };
}

async function seed(h: DatabaseHandle, parcels: number): Promise<void> {
  await withTransaction(h.db, async (trx) => {
    for (let i = 0; i < parcels; i += 500) {
      const shipments = [];
      const legs = [];
      for (let j = i; j < Math.min(parcels, i + 500); j++) {
        const id = newId('shipment', T0);
        shipments.push({ id, status: 'pending' as const, created_at: T0, updated_at: T0 });
        legs.push({
          id: newId('leg', T0),
          shipment_id: id,
          number: numbers(j).lp,
          carrier_id: 'cainiao',
          role: 'origin' as const,
          learned_from: 'user' as const,
          first_seen_at: T0,
        });
      }
      await trx.insertInto('shipments').values(shipments).execute();
      await trx.insertInto('legs').values(legs).execute();
    }
  });
}

interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds of this process (user + system; better-sqlite3 runs in this thread). */
  cpu: number;
}

async function timed(fn: () => Promise<void>): Promise<Timing> {
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

interface Round {
  events: number;
  rows: number;
  /** Transactions the pipeline used. */
  transactions: number;
  pipeline: Timing;
  again: Timing;
  plain: Timing;
  update: Timing;
  /** The pipeline with one answer in flight: a transaction per answer. */
  single: Timing;
}

/** Ingests answers `inflight` at a time through a group-commit queue; returns transactions. */
async function ingestAll(
  h: DatabaseHandle,
  answers: readonly SourceResult[][],
  inflight: number,
): Promise<number> {
  const queue = createIngestQueue(h.db);
  let next = 0;
  const lane = async () => {
    while (next < answers.length) {
      const results = answers[next++]!;
      const args: IngestArgs = { sourceId: 'sim', fetchedAt: T0, now: T0, results };
      await queue.ingest(args);
    }
  };
  await Promise.all(Array.from({ length: inflight }, lane));
  return queue.stats().groups;
}

/** Seeds a fresh database and ingests the workload `inflight` answers at a time. */
async function fresh(target: TestTarget, parcels: number, inflight: number) {
  const h = await target.open();
  await migrateToLatest(h.db);
  await seed(h, parcels);
  const { batches, events } = workload(parcels);
  let transactions = 0;
  const pipeline = await timed(async () => {
    transactions = await ingestAll(h, batches, inflight);
  });
  return { h, batches, events, transactions, pipeline };
}

/** One round on fresh databases: seed, ingest, re-ingest, plain insert, update; single. */
async function round(target: () => TestTarget, parcels: number): Promise<Round> {
  const t = target();
  const { h, batches, events, transactions, pipeline } = await fresh(t, parcels, INFLIGHT);
  try {
    const stored = await h.db.selectFrom('events').selectAll().orderBy('id').execute();
    const again = await timed(async () => {
      await ingestAll(h, batches, INFLIGHT);
    });
    // The same rows as new ones, in as many transactions as the pipeline used.
    const per = Math.ceil(stored.length / transactions);
    const plainBatches: EventRow[][] = [];
    for (let i = 0; i < stored.length; i += per) {
      plainBatches.push(
        stored.slice(i, i + per).map((r) => ({
          ...r,
          id: newId('event', T0),
          dedupe_key: `plain:${r.dedupe_key}`,
        })),
      );
    }
    const plain = await timed(() => plainInsert(h, plainBatches));
    // Steady state: every parcel's last mile polled again with one new scan (delivered).
    const updates: SourceResult[][] = [];
    for (let i = 0; i < parcels; i += BATCH) {
      const answer: SourceResult[] = [];
      for (let j = i; j < Math.min(parcels, i + BATCH); j++)
        answer.push(lastMileResult(numbers(j)));
      updates.push(answer);
    }
    const update = await timed(async () => {
      await ingestAll(h, updates, INFLIGHT);
    });
    const rows = stored.length;
    await h.close();
    await t.cleanup();
    const s = target();
    const alone = await fresh(s, parcels, 1);
    await alone.h.close();
    await s.cleanup();
    return { events, rows, transactions, pipeline, again, plain, update, single: alone.pipeline };
  } catch (error) {
    await h.close();
    await t.cleanup();
    throw error;
  }
}

/** A plain batched INSERT: one transaction and one dialect bulk insert per batch. */
async function plainInsert(h: DatabaseHandle, batches: readonly EventRow[][]): Promise<void> {
  const { insertEvents } = queriesFor(h.db);
  for (const rows of batches) {
    await withTransaction(h.db, async (trx) => {
      await insertEvents(trx, rows, { dedupe: false });
    });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function run(name: 'sqlite' | 'postgres', target: () => TestTarget): Promise<BenchResult> {
  await round(target, WARM_PARCELS);
  const rounds: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round(target, PARCELS));
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const first = rounds[0]!;
  const { events } = first;
  const wall = (pick: (r: Round) => Timing, n: number) => rounds.map((r) => n / pick(r).wall);
  const cpu = (pick: (r: Round) => Timing, n: number) => rounds.map((r) => n / pick(r).cpu);
  const pipeline = wall((r) => r.pipeline, events);
  const plain = wall((r) => r.plain, first.rows);
  return {
    name: `ingest ${name}`,
    value: median(pipeline),
    unit: 'events/s',
    target: name === 'sqlite' ? 50_000 : 0,
    kind: 'min',
    detail:
      `plain batched INSERT of the same rows ${fmt(median(plain))} events/s ` +
      `(${name === 'sqlite' ? 'prepared statement, run per row' : 'one INSERT … UNNEST per batch'}, ` +
      `${fmt(median(rounds.map((r) => r.transactions)))} transactions as the pipeline); ` +
      `one transaction per answer (1 in flight): ${fmt(median(wall((r) => r.single, events)))}/s; ` +
      `best round: pipeline ${fmt(Math.max(...pipeline))}/s, plain ${fmt(Math.max(...plain))}/s; ` +
      `per CPU-s of this process: pipeline ${fmt(median(cpu((r) => r.pipeline, events)))}, ` +
      `plain ${fmt(median(cpu((r) => r.plain, first.rows)))}; ` +
      `re-ingest, all deduped ${fmt(median(wall((r) => r.again, events)))}/s; ` +
      `update (1 new scan on ${fmt(events / PARCELS)} stored) ` +
      `${fmt(median(wall((r) => r.update, PARCELS)))} polls/s; ` +
      `${fmt(events)} events, ${PARCELS} parcels x 3 legs, answers of ${BATCH} results, ` +
      `${INFLIGHT} in flight; median of ${ROUNDS} rounds after a warm-up` +
      (name === 'sqlite' ? '' : '; no target for PostgreSQL'),
  };
}

export const ingestBench: Bench = async () => {
  const out = [await run('sqlite', sqliteTarget)];
  const pg = process.env['TRACKLINE_TEST_PG'];
  if (pg) out.push(await run('postgres', () => postgresTarget(pg)));
  else console.log('ingest postgres: skipped (set TRACKLINE_TEST_PG=postgres://… to measure)');
  return out;
};

if (process.argv[1]?.endsWith('ingest.ts')) {
  for (const r of await ingestBench()) {
    console.log(
      `${r.name}: ${Math.round(r.value).toLocaleString('en-US')} ${r.unit} (${r.detail})`,
    );
  }
}
