/**
 * @module bench/page
 * The tracking page and its JSON under load. A SQLite database (temp dir) holds PARCELS
 * parcels (default 100,000): an origin leg with a Cainiao LP number and, for most, a
 * last-mile leg, with 3–7 events each; a third are delivered, the others have their poll
 * row, and each has its stored view, as ingestion leaves them in a running instance. Loading is bulk (prepared statements in large
 * transactions) and is not the figure.
 *
 * The real web app (`buildApp` with an engine, as `trackline serve` builds it, Cainiao
 * switched on, no scheduler loop) and a bare Fastify handler (a fixed short string) listen
 * on 127.0.0.1 in a child process of their own; autocannon runs here, so load generator and
 * server do not share an event loop. Each target gets a short warm-up, then DURATION seconds
 * (default 10) with CONNECTIONS connections (default 50), every request for a random number
 * among the stored ones:
 * - `GET /track/:number`: req/s as a share of the bare handler's (target >= 20 %), p99
 *   latency (target <= 50 ms);
 * - `GET /api/v1/track/:number`: req/s as a share of bare (target >= 35 %), p99 latency.
 * The detail gives the server's CPU time per request (user + system, from the child's
 * process.cpuUsage), steadier than req/s on a shared machine.
 * PAGE_BENCH_PROFILE=<folder> writes a CPU profile of the server process there.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import Fastify from 'fastify';
import { buildStoredView } from '../src/engine/ingest/stored-view.js';
import type { EventRow, LegRow } from '../src/store/schema.js';
import type { Bench, BenchResult } from './types.js';

const PARCELS = Number(process.env['PARCELS'] ?? 100_000);
const DURATION = Number(process.env['DURATION'] ?? 10);
const CONNECTIONS = Number(process.env['CONNECTIONS'] ?? 50);
const WARMUP = 2;
/** A folder for a CPU profile of the server process (optional). */
const PROFILE = process.env['PAGE_BENCH_PROFILE'];
/** Set in the child process: the database path to serve. */
const CHILD_ENV = 'TRACKLINE_PAGE_BENCH_DB';
const T0 = Date.parse('2026-03-01T02:00:00Z');
const HOUR = 3_600_000;

/** A Cainiao LP number (LP + 14 digits) for parcel i. */
export function parcelNumber(i: number): string {
  return `LP00${String(i).padStart(8, '0')}0011`;
}

interface Scan {
  hours: number;
  local: string;
  zone: string;
  description: string;
  city: string;
  country: string;
  status: string;
  milestone: string;
  lastMile: boolean;
}

/** One journey, hour offsets from the first scan; a parcel takes the first 3–7 scans. */
const SCANS: readonly Scan[] = [
  scan(
    0,
    'Asia/Shanghai',
    'Parcel accepted by the shipper',
    'Shenzhen',
    'CN',
    'in_transit',
    'picked_up',
  ),
  scan(
    30,
    'Asia/Shanghai',
    'Arrived at the sorting centre',
    'Shenzhen',
    'CN',
    'in_transit',
    'origin_facility',
  ),
  scan(
    70,
    'Asia/Shanghai',
    'Export customs cleared',
    'Shenzhen',
    'CN',
    'in_transit',
    'export_customs',
  ),
  scan(96, 'Asia/Shanghai', 'Flight departed', 'Shenzhen', 'CN', 'in_transit', 'departed_origin'),
  scan(
    150,
    'Europe/Paris',
    'Arrived in the destination country',
    'Paris',
    'FR',
    'in_transit',
    'arrived_destination',
    true,
  ),
  scan(
    200,
    'Europe/Paris',
    'Out for delivery',
    'Lyon',
    'FR',
    'out_for_delivery',
    'out_for_delivery',
    true,
  ),
  scan(
    210,
    'Europe/Paris',
    'Delivered to the recipient',
    'Lyon',
    'FR',
    'delivered',
    'delivered',
    true,
  ),
];

function scan(
  hours: number,
  zone: string,
  description: string,
  city: string,
  country: string,
  status: string,
  milestone: string,
  lastMile = false,
): Scan {
  const offset = zone === 'Asia/Shanghai' ? 8 : 1;
  const local = new Date(T0 + (hours + offset) * HOUR).toISOString().slice(0, 19).replace('T', ' ');
  return { hours, local, zone, description, city, country, status, milestone, lastMile };
}

function legRow(
  id: string,
  shipmentId: string,
  number: string,
  carrierId: string,
  role: LegRow['role'],
  firstSeen: number,
): LegRow {
  const learned = role === 'origin' ? 'user' : 'carrier';
  return {
    id,
    shipment_id: shipmentId,
    number,
    carrier_id: carrierId,
    generation: 0,
    role,
    learned_from: learned,
    first_seen_at: firstSeen,
  };
}

function eventRow(
  id: string,
  shipmentId: string,
  legId: string,
  at: number,
  s: Scan,
  dedupeKey: string,
  fetchedAt: number,
): EventRow {
  return {
    id,
    shipment_id: shipmentId,
    leg_id: legId,
    source: 'cainiao',
    occurred_at: at,
    local_time: s.local,
    zone: s.zone,
    zone_confidence: 1,
    location_raw: `${s.city}, ${s.country}`,
    city: s.city,
    region: null,
    country: s.country,
    code: null,
    description: s.description,
    language: 'en',
    status: s.status as EventRow['status'],
    milestone: s.milestone as EventRow['milestone'],
    reason: null,
    confidence: 0.9,
    rule: 'bench',
    dedupe_key: dedupeKey,
    fetched_at: fetchedAt,
  };
}

/** Bulk load: one prepared statement per table, 20,000 parcels per transaction. */
export function loadParcels(path: string, parcels: number): void {
  const raw = new BetterSqlite3(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const shipment = raw.prepare(
    'insert into shipments (id, status, milestone, status_since, last_event_at, last_checked_at, ' +
      'next_check_at, delivered_at, origin_country, destination_country, created_at, updated_at) ' +
      "values (?, ?, ?, ?, ?, ?, ?, ?, 'CN', 'FR', ?, ?)",
  );
  const leg = raw.prepare(
    'insert into legs (id, shipment_id, number, carrier_id, role, learned_from, first_seen_at) ' +
      'values (?, ?, ?, ?, ?, ?, ?)',
  );
  const event = raw.prepare(
    'insert into events (id, shipment_id, leg_id, source, occurred_at, local_time, zone, ' +
      'zone_confidence, location_raw, city, country, description, language, status, milestone, ' +
      "confidence, rule, dedupe_key, fetched_at) values (?, ?, ?, 'cainiao', ?, ?, ?, 1, ?, ?, ?, " +
      "?, 'en', ?, ?, 0.9, 'bench', ?, ?)",
  );
  const view = raw.prepare(
    'insert into shipment_views (shipment_id, body, built_at) values (?, ?, ?)',
  );
  const poll = raw.prepare(
    'insert into poll_schedule (leg_id, source_id, due_at, priority, attempts) ' +
      "values (?, 'cainiao', ?, 0, 0)",
  );
  const batch = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const d = String(i).padStart(8, '0');
      const count = 3 + (i % 5);
      const start = T0 + (i % 1000) * 60_000;
      const last = SCANS[count - 1]!;
      const lastAt = start + last.hours * HOUR;
      const delivered = last.status === 'delivered';
      const sid = `shp_${d}`;
      shipment.run(
        sid,
        last.status,
        last.milestone,
        lastAt,
        lastAt,
        lastAt + HOUR,
        delivered ? null : lastAt + 7 * HOUR,
        delivered ? lastAt : null,
        start,
        lastAt + HOUR,
      );
      const origin = `leg_${d}_o`;
      const lastMile = `leg_${d}_l`;
      const legs: LegRow[] = [legRow(origin, sid, parcelNumber(i), 'cainiao', 'origin', start)];
      if (count >= 5) {
        legs.push(legRow(lastMile, sid, `6A${d}123`, 'la-poste', 'last_mile', start + 150 * HOUR));
      }
      for (const l of legs) {
        leg.run(l.id, sid, l.number, l.carrier_id, l.role, l.learned_from, l.first_seen_at);
      }
      const rows: EventRow[] = [];
      for (let k = 0; k < count; k++) {
        const s = SCANS[k]!;
        const legId = s.lastMile ? lastMile : origin;
        const at = start + s.hours * HOUR;
        const row = eventRow(`evt_${d}_${k}`, sid, legId, at, s, `${legId}:${k}`, lastAt + HOUR);
        rows.push(row);
        event.run(
          row.id,
          sid,
          legId,
          at,
          row.local_time,
          row.zone,
          row.location_raw,
          row.city,
          row.country,
          row.description,
          row.status,
          row.milestone,
          row.dedupe_key,
          row.fetched_at,
        );
      }
      // Ingestion stores each changed shipment's view beside it: so does the load.
      const stored = buildStoredView(legs, rows, { origin: 'CN', destination: 'FR' });
      view.run(sid, JSON.stringify(stored), lastAt + HOUR);
      // A live parcel has a poll row per leg, as ingestion leaves it.
      if (!delivered) {
        poll.run(origin, lastAt + 7 * HOUR);
        if (count >= 5) poll.run(lastMile, lastAt + 7 * HOUR);
      }
    }
  });
  for (let i = 0; i < parcels; i += 20_000) batch(i, Math.min(parcels, i + 20_000));
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.exec('analyze');
  raw.close();
}

// ---------------------------------------------------------------------------------------
// Child process: the app and the bare handler.

interface Ports {
  app: number;
  bare: number;
}

async function serve(path: string): Promise<void> {
  const { buildApp } = await import('../src/web/app.js');
  const { createEngine } = await import('../src/engine/run/context.js');
  const { createLogger } = await import('../src/log.js');
  const { loadConfig } = await import('../src/config.js');
  const env = { TRACKLINE_DATABASE_URL: `file:${path}`, TRACKLINE_LOG_LEVEL: 'silent' };
  const config = loadConfig(env);
  const logger = createLogger('silent');
  const engine = await createEngine({
    config,
    env: { TRACKLINE_CAINIAO_ENABLED: '1' },
    logger,
  });
  const app = await buildApp({ config, logger, tracking: { engine } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify();
  bare.get('/', async () => 'ok');
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const port = (f: { server: Server }) => {
    const a = f.server.address();
    if (a === null || typeof a === 'string') throw new Error('no port');
    return a.port;
  };
  const stop = async () => {
    await app.close();
    await bare.close();
    await engine.close();
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  // The parent asks for this process's CPU time around each measured run.
  process.on('message', (m) => {
    if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
  process.send?.({ app: port(app), bare: port(bare) } satisfies Ports);
}

if (process.env[CHILD_ENV] && process.send) {
  serve(process.env[CHILD_ENV]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

// ---------------------------------------------------------------------------------------
// Parent: load, then measure.

/** The part of autocannon's result this benchmark reads. */
interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface CannonRequest {
  method?: string;
  path?: string;
  setupRequest?: (req: { path: string }) => { path: string };
}
type Cannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests?: CannonRequest[];
}) => Promise<CannonResult>;

async function loadCannon(): Promise<Cannon> {
  // autocannon ships no types; the specifier is a variable so TypeScript does not look for
  // them, and the shape used here is `Cannon` above.
  const name = 'autocannon';
  const mod = (await import(name)) as { default: Cannon };
  return mod.default;
}

function startChild(path: string): Promise<{ child: ChildProcess; ports: Ports }> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--import', 'tsx', ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [])],
    env: { ...process.env, [CHILD_ENV]: path },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (ports) => resolve({ child, ports: ports as Ports }));
    child.once('exit', (code) => reject(new Error(`page bench server exited (${code})`)));
  });
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
  /** Server CPU time (user + system) per answered request, µs. */
  cpuPerRequest: number;
}

/** The server process's CPU time so far, µs. */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: unknown) => {
      const cpu = (m as { cpu?: NodeJS.CpuUsage }).cpu;
      if (!cpu) return;
      child.off('message', on);
      resolve(cpu.user + cpu.system);
    };
    child.on('message', on);
    child.send('cpu');
  });
}

async function measure(
  cannon: Cannon,
  child: ChildProcess,
  port: number,
  path: (() => string) | undefined,
): Promise<Figures> {
  const url = `http://127.0.0.1:${port}`;
  const requests: CannonRequest[] | undefined = path
    ? [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }]
    : undefined;
  const base = { url, connections: CONNECTIONS, ...(requests ? { requests } : {}) };
  await cannon({ ...base, duration: WARMUP });
  const cpu0 = await serverCpu(child);
  const r = await cannon({ ...base, duration: DURATION });
  const cpu = (await serverCpu(child)) - cpu0;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bad: r.non2xx + r.errors + r.timeouts,
    cpuPerRequest: cpu / Math.max(1, r.requests.average * DURATION),
  };
}

function results(bare: Figures, page: Figures, api: Figures, loadS: number): BenchResult[] {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const setup = `${fmt(PARCELS)} parcels, ${CONNECTIONS} connections, ${DURATION} s; bare Fastify ${fmt(bare.rps)} req/s`;
  const about = (f: Figures, label: string) =>
    `${fmt(f.rps)} req/s; server CPU ${fmt(f.cpuPerRequest)} µs/req (bare ${bare.cpuPerRequest.toFixed(1)}); ` +
    `${f.bad} failed; ${label}; ${setup}`;
  return [
    {
      name: 'page req/s',
      value: (100 * page.rps) / bare.rps,
      unit: '% of bare',
      target: 20,
      kind: 'min',
      detail: about(page, `GET /track/:number; load ${loadS.toFixed(1)} s not counted`),
    },
    {
      name: 'page p99',
      value: page.p99,
      unit: 'ms',
      target: 50,
      kind: 'max',
      detail: `GET /track/:number, p50 ${page.p50} ms`,
    },
    {
      name: 'api req/s',
      value: (100 * api.rps) / bare.rps,
      unit: '% of bare',
      target: 35,
      kind: 'min',
      detail: about(api, 'GET /api/v1/track/:number'),
    },
    {
      name: 'api p99',
      value: api.p99,
      unit: 'ms',
      target: 50,
      kind: 'max',
      detail: `GET /api/v1/track/:number, p50 ${api.p50} ms (target as for the page)`,
    },
  ];
}

export const pageBench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trackline-bench-page-'));
  const path = join(dir, 'trackline.db');
  let child: ChildProcess | undefined;
  try {
    const { migrateToLatest, openDatabase } = await import('../src/store/index.js');
    const setup = await openDatabase({ url: `file:${path}` });
    await migrateToLatest(setup.db);
    await setup.close();
    const start = Date.now();
    loadParcels(path, PARCELS);
    const loadS = (Date.now() - start) / 1000;
    const started = await startChild(path);
    child = started.child;
    const cannon = await loadCannon();
    const random = () => parcelNumber(Math.floor(Math.random() * PARCELS));
    const run = (port: number, path?: () => string) => measure(cannon, started.child, port, path);
    const bare = await run(started.ports.bare);
    const page = await run(started.ports.app, () => `/track/${random()}`);
    const api = await run(started.ports.app, () => `/api/v1/track/${random()}`);
    return results(bare, page, api, loadS);
  } finally {
    if (child?.connected) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.disconnect();
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
};
