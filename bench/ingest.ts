/**
 * @module bench/ingest
 * Ingestion throughput: events/s through the whole pipeline (classify → merge with the
 * stored timeline → derive → one transaction per batch of 40 results with ON CONFLICT
 * dedupe, leg linking and poll scheduling) into SQLite, beside a plain batched INSERT of the
 * same rows into the same database in the same run. Also the re-ingest of the same results
 * (everything deduplicated) and a steady-state update (each parcel polled again with one new
 * scan). PostgreSQL figures too when TRACKLINE_TEST_PG is set. On SQLite the figures are per
 * CPU-second of this process (better-sqlite3 runs in-thread; the machine may be shared),
 * with wall-clock figures in the detail; on PostgreSQL they are wall-clock.
 * Target: 50,000 events/s on SQLite.
 */
import type { SourceResult } from '../src/carriers/types.js';
import { ingestResults } from '../src/engine/ingest/ingest.js';
import {
  type JourneyNumbers,
  lastMileResult,
  originResult,
  transitResult,
} from '../src/engine/ingest/test-helpers/journey-fixture.js';
import { newId } from '../src/store/ids.js';
import { type DatabaseHandle, migrateToLatest, withTransaction } from '../src/store/index.js';
import type { EventRow } from '../src/store/schema.js';
import {
  postgresTarget,
  sqliteTarget,
  type TestTarget,
} from '../src/store/test-helpers/targets.js';
import type { Bench, BenchResult } from './types.js';

const PARCELS = 2_000;
const BATCH = Number(process.env['BATCH'] ?? 40);
const T0 = Date.parse('2026-03-10T00:00:00Z');

function numbers(i: number): JourneyNumbers {
  const d = String(i).padStart(8, '0');
  return { lp: `LP00${d}000011`, s10: `RR${d}5CN`, lastMile: `6A${d}123` };
}

/** Every parcel's three legs, origin first, as batches of BATCH results. */
function workload(): { batches: SourceResult[][]; events: number } {
  const results: SourceResult[] = [];
  for (let i = 0; i < PARCELS; i++) {
    const n = numbers(i);
    results.push(originResult(n), transitResult(n), lastMileResult(n, { delivered: false }));
  }
  const batches: SourceResult[][] = [];
  for (let i = 0; i < results.length; i += BATCH) batches.push(results.slice(i, i + BATCH));
  return { batches, events: results.reduce((sum, r) => sum + r.events.length, 0) };
}

async function seed(h: DatabaseHandle): Promise<void> {
  await withTransaction(h.db, async (trx) => {
    for (let i = 0; i < PARCELS; i += 500) {
      const shipments = [];
      const legs = [];
      for (let j = i; j < Math.min(PARCELS, i + 500); j++) {
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

async function run(target: TestTarget): Promise<BenchResult[]> {
  const h = await target.open();
  try {
    await migrateToLatest(h.db);
    await seed(h);
    const { batches, events } = workload();
    const ingestAll = async () => {
      for (const results of batches) {
        await ingestResults(h.db, { sourceId: 'sim', fetchedAt: T0, now: T0, results });
      }
    };
    const pipeline = await timed(ingestAll);
    const stored = await h.db.selectFrom('events').selectAll().execute();
    const again = await timed(ingestAll);
    const plain = await timed(() => plainInsert(h, stored));
    // Steady state: every parcel's last mile polled again with one new scan (delivered).
    const updates: SourceResult[] = [];
    for (let i = 0; i < PARCELS; i++) updates.push(lastMileResult(numbers(i)));
    const update = await timed(async () => {
      for (let i = 0; i < updates.length; i += BATCH) {
        const results = updates.slice(i, i + BATCH);
        await ingestResults(h.db, { sourceId: 'sim', fetchedAt: T0, now: T0, results });
      }
    });
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    // SQLite runs in this thread: CPU time is the fair figure on a shared machine. The
    // PostgreSQL server works in other processes: there only wall time means anything.
    const cpu = target.name === 'sqlite';
    const per = (t: Timing, n: number) => n / (cpu ? t.cpu : t.wall);
    const unit = cpu ? 'events/CPU-s' : 'events/s';
    return [
      {
        name: `ingest ${target.name}`,
        value: per(pipeline, events),
        unit,
        target: cpu ? 50_000 : 0,
        kind: 'min',
        detail:
          `plain batched INSERT of the same rows ${fmt(per(plain, stored.length))} ${unit}; ` +
          `re-ingest, all deduped ${fmt(per(again, events))}; ` +
          `update (1 new scan on ${fmt(events / PARCELS)} stored) ${fmt(per(update, PARCELS))} polls${cpu ? '/CPU-s' : '/s'}; ` +
          `wall: pipeline ${fmt(events / pipeline.wall)}/s, plain ${fmt(stored.length / plain.wall)}/s; ` +
          `${fmt(events)} events, ${PARCELS} parcels x 3 legs, ${BATCH} results per call` +
          (cpu ? '' : '; no target for PostgreSQL'),
      },
    ];
  } finally {
    await h.close();
    await target.cleanup();
  }
}

/** The same rows (new ids and keys) in one transaction, 500 per INSERT, no dedupe. */
async function plainInsert(h: DatabaseHandle, rows: EventRow[]): Promise<void> {
  const copies = rows.map((r) => ({
    ...r,
    id: newId('event', T0),
    dedupe_key: `plain:${r.dedupe_key}`,
  }));
  await withTransaction(h.db, async (trx) => {
    for (let i = 0; i < copies.length; i += 500) {
      await trx
        .insertInto('events')
        .values(copies.slice(i, i + 500))
        .execute();
    }
  });
}

export const ingestBench: Bench = async () => {
  const out = await run(sqliteTarget());
  const pg = process.env['TRACKLINE_TEST_PG'];
  if (pg) out.push(...(await run(postgresTarget(pg))));
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
