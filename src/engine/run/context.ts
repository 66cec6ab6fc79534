/**
 * @module engine/run/context
 * The running engine: one migrated database handle, the switched-on carrier sources with
 * their clients and their gates (rate, quota, backoff, circuit; restored from source_state),
 * a logger, the domain-event bus and the clock. In demo mode the clock is the simulator's,
 * so parcels move as simulated time passes. `createEngine` builds it from the configuration;
 * `close()` releases the database.
 */
import { hostname } from 'node:os';
import { SOURCES } from '../../carriers/index.js';
import { route } from '../../carriers/routing.js';
import {
  type ConfiguredSources,
  type EnabledSource,
  loadSources,
  requireValidSources,
} from '../../carriers/settings.js';
import type { SourceClient, SourceDescriptor } from '../../carriers/types.js';
import type { Config } from '../../config.js';
import type { Candidate } from '../../core/numbers/types.js';
import { createLogger, type Logger } from '../../log.js';
import { type DatabaseHandle, type Db, databaseTarget, openDatabase } from '../../store/db.js';
import { migrateToLatest } from '../../store/migrate.js';
import { getSourceState } from '../../store/source-state.js';
import { createEventBus, type EventBus } from '../bus.js';
import { createIngestQueue, type IngestQueue } from '../ingest/group-commit.js';
import { DEFAULT_POLLING, type PollingConfig } from '../policy/next-check.js';
import { RefreshLimiter } from '../policy/refresh-limit.js';
import { SourceGate } from '../policy/source-gate.js';
import { type LaneLearning, startLaneLearning } from './lane-learning.js';

/** One switched-on source, ready to call. */
export interface SourceRuntime {
  readonly source: SourceDescriptor;
  readonly client: SourceClient;
  readonly gate: SourceGate;
}

export interface Engine {
  readonly db: Db;
  readonly handle: DatabaseHandle;
  readonly configured: ConfiguredSources;
  readonly runtimes: ReadonlyMap<string, SourceRuntime>;
  readonly logger: Logger;
  readonly bus: EventBus;
  /** Ingestion with group commit: answers that arrive together share one transaction. */
  readonly ingest: IngestQueue;
  /** Lane statistics: learned from deliveries told on the bus, read for estimates. */
  readonly lanes: LaneLearning;
  /** The engine's clock (epoch ms): the simulator's in demo mode, else the real one. */
  now(): number;
  /**
   * The real clock, for politeness towards sources (gates, Retry-After, source_state),
   * which must not speed up with a simulated clock.
   */
  realNow(): number;
  /** Engine ms per real ms (the simulator's time scale in demo mode, else 1). */
  readonly timeScale: number;
  /** A real-time delay as engine time (for due times of polls). */
  engineDelay(realMs: number): number;
  random(): number;
  /** This process's lease owner name (host:pid:random). */
  readonly owner: string;
  readonly polling: PollingConfig;
  readonly refresh: RefreshLimiter;
  /** True when the simulator stands in for every carrier. */
  readonly demo: boolean;
  /** Which source polls a new leg of this carrier (for hand-offs). */
  sourceFor(carrierId: string): string | undefined;
  close(): Promise<void>;
}

/** The simulator when the engine runs in demo mode (started by `serve`, or by a test). */
export interface DemoSimulator {
  url: string;
  clock: { now(): number; readonly timeScale?: number };
}

export interface EngineOptions {
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'logLevel'>;
  env?: Readonly<Record<string, string | undefined>>;
  /** An open handle to use instead of opening one (closed by close() only when `ownHandle`). */
  handle?: DatabaseHandle;
  ownHandle?: boolean;
  /** Switched-on sources; default: from `env` (TRACKLINE_<SOURCE>_…). */
  configured?: ConfiguredSources;
  /** Demo mode: adds the `sim` source at this URL and uses the simulator's clock. */
  simulator?: DemoSimulator;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  /** The real clock (default Date.now). */
  realNow?: () => number;
  random?: () => number;
  /** Per-request timeout of source clients, ms (default 15 s). */
  timeoutMs?: number;
  logger?: Logger;
  bus?: EventBus;
  owner?: string;
  polling?: PollingConfig;
  /** Run migrations on open (default true). */
  migrate?: boolean;
  /** Learn lane statistics from deliveries (default true). */
  learnLanes?: boolean;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** The configured sources plus the simulator in demo mode (when not configured already). */
function withSimulator(configured: ConfiguredSources, sim: DemoSimulator | undefined) {
  if (!sim || configured.enabled.has('sim')) return configured;
  const simSource = SOURCES.find((s) => s.id === 'sim');
  if (!simSource) return configured;
  const enabled = new Map<string, EnabledSource>(configured.enabled);
  enabled.set('sim', { source: simSource, config: { baseUrl: sim.url } });
  return { enabled, problems: configured.problems };
}

async function buildRuntimes(
  db: Db,
  configured: ConfiguredSources,
  deps: { fetch: typeof globalThis.fetch; now: () => number; timeoutMs: number },
): Promise<Map<string, SourceRuntime>> {
  const out = new Map<string, SourceRuntime>();
  for (const [id, enabled] of configured.enabled) {
    const source = enabled.source;
    const client = source.create(enabled.config, deps);
    const saved = await getSourceState(db, id);
    // A source disabled for bad credentials is re-enabled by a restart (the operator's fix).
    const gate = new SourceGate(id, source.limits, deps.now(), {
      quotaLeft: saved?.quotaLeft ?? null,
      quotaResetsAt: saved?.quotaResetsAt ?? null,
      ...(saved ? { circuit: saved.circuit, circuitUntil: saved.circuitUntil } : {}),
      nextAllowedAt: saved?.nextAllowedAt ?? null,
    });
    out.set(id, { source, client, gate });
  }
  return out;
}

function candidateFor(carrierId: string): Candidate {
  return { carrierId, carrierName: carrierId, confidence: 1, checksum: 'none' };
}

export async function createEngine(opts: EngineOptions): Promise<Engine> {
  const env = opts.env ?? process.env;
  const logger = opts.logger ?? createLogger(opts.config.logLevel);
  const configured = withSimulator(
    opts.configured ?? requireValidSources(loadSources(env, SOURCES)),
    opts.simulator,
  );
  const now = opts.now ?? (opts.simulator ? () => opts.simulator!.clock.now() : Date.now);
  const realNow = opts.realNow ?? Date.now;
  // A frozen simulator (scale 0, as tests use) moves only when told: count delays 1:1.
  const scale = opts.simulator?.clock.timeScale;
  const timeScale = scale !== undefined && scale > 0 ? scale : 1;
  const handle = opts.handle ?? (await openDatabase(databaseTarget(opts.config)));
  const ownHandle = opts.handle === undefined || opts.ownHandle === true;
  try {
    if (opts.migrate !== false) await migrateToLatest(handle.db);
    const runtimes = await buildRuntimes(handle.db, configured, {
      fetch: opts.fetch ?? globalThis.fetch,
      now: realNow,
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    const bus =
      opts.bus ??
      createEventBus({
        onError: (error, event) => logger.warn({ err: error, event: event.type }, 'bus listener'),
      });
    const lanes = startLaneLearning({
      db: handle.db,
      bus,
      logger,
      now,
      realNow,
      learn: opts.learnLanes !== false,
    });
    const owner =
      opts.owner ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
    const demo = [...configured.enabled.values()].every((e) => e.source.kind === 'simulator');
    let closed = false;
    return {
      db: handle.db,
      handle,
      configured,
      runtimes,
      logger,
      bus,
      ingest: createIngestQueue(handle.db),
      lanes,
      now,
      realNow,
      timeScale,
      engineDelay: (realMs) => realMs * timeScale,
      random: opts.random ?? Math.random,
      owner,
      polling: opts.polling ?? DEFAULT_POLLING,
      refresh: new RefreshLimiter(now()),
      demo: demo && configured.enabled.size > 0,
      sourceFor(carrierId) {
        const r = route([candidateFor(carrierId)], configured);
        return r.kind === 'source' ? r.sourceId : undefined;
      },
      async close() {
        if (closed) return;
        closed = true;
        await lanes.stop();
        if (ownHandle) await handle.close();
      },
    };
  } catch (error) {
    if (ownHandle) await handle.close();
    throw error;
  }
}
