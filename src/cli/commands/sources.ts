/**
 * @module cli/commands/sources
 * `trackline sources [--json]` — every registered carrier source: whether it is configured
 * (never its settings' values), and its health from the store's source_state table (healthy,
 * last success, quota left, next allowed call, circuit). Health reads the configured
 * database after migrating it; when there is no database yet, or it cannot be reached,
 * health is "unknown". Exit 1 when a source's settings are invalid.
 */
import { existsSync } from 'node:fs';
import { SOURCES } from '../../carriers/index.js';
import {
  type ConfiguredSources,
  envPrefix,
  loadSources,
  type SourceProblem,
  settingsOf,
} from '../../carriers/settings.js';
import type { SourceDescriptor, SourceKind } from '../../carriers/types.js';
import { loadConfig } from '../../config.js';
import { databaseTarget, isPostgresUrl, openDatabase, sqlitePathFromUrl } from '../../store/db.js';
import { migrateToLatest } from '../../store/migrate.js';
import { listSourceStates, type SourceState } from '../../store/source-state.js';
import { withConfigOptions } from '../config-options.js';
import type { CommandRegistrar } from '../context.js';

/** What the command reads from outside; tests pass their own. */
export interface SourcesDeps {
  env?: Readonly<Record<string, string | undefined>>;
  sources?: readonly SourceDescriptor[];
  now?: () => number;
  /** Most ms to wait for the database (default 5 s). */
  dbTimeoutMs?: number;
}

export interface SourceHealthJson {
  healthy: boolean;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  quotaLeft: number | null;
  quotaResetsAt: string | null;
  nextAllowedAt: string | null;
  circuit: SourceState['circuit'];
  circuitUntil: string | null;
}

/** One element of `sources` in the `--json` output. */
export interface SourceJson {
  id: string;
  label: string;
  kind: SourceKind;
  configured: boolean;
  /** The variables it takes and whether each is set (never their values). */
  settings: { env: string; required: boolean; set: boolean }[];
  /** null: health unknown (no database); `recorded: false`: no call recorded yet. */
  health: (SourceHealthJson & { recorded: true }) | { recorded: false } | null;
}

export interface SourcesJson {
  sources: SourceJson[];
  database: { reachable: boolean; note: string };
  problems: SourceProblem[];
}

interface HealthRead {
  states: Map<string, SourceState> | null;
  note: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Credentials never leave: `user:password@` is cut from anything that looks like a URL. */
function safeText(text: string): string {
  return text.replace(/\/\/[^/\s@]*@/g, '//');
}

async function readHealth(
  env: Readonly<Record<string, string | undefined>>,
  flags: Record<string, string>,
  timeoutMs: number,
): Promise<HealthRead> {
  const config = loadConfig(env as NodeJS.ProcessEnv, flags);
  const target = databaseTarget(config);
  if (!isPostgresUrl(target.url)) {
    const path = target.sqlitePath ?? sqlitePathFromUrl(target.url);
    if (path !== ':memory:' && !existsSync(path)) {
      return { states: null, note: `no database yet at ${path} (run trackline migrate)` };
    }
  }
  let handle: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    const open = openDatabase(target);
    handle = await withTimeout(open, timeoutMs);
    const db = handle.db;
    await withTimeout(migrateToLatest(db), timeoutMs);
    const rows = await withTimeout(listSourceStates(db), timeoutMs);
    return {
      states: new Map(rows.map((r) => [r.sourceId, r])),
      note: `${handle.dialect} ${handle.location}`,
    };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { states: null, note: `database not reachable: ${safeText(why)}` };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function healthJson(state: SourceState | undefined): SourceJson['health'] {
  if (!state) return { recorded: false };
  return {
    recorded: true,
    healthy: state.healthy,
    lastSuccessAt: iso(state.lastSuccessAt),
    lastErrorAt: iso(state.lastErrorAt),
    lastError: state.lastError === null ? null : safeText(state.lastError),
    quotaLeft: state.quotaLeft,
    quotaResetsAt: iso(state.quotaResetsAt),
    nextAllowedAt: iso(state.nextAllowedAt),
    circuit: state.circuit,
    circuitUntil: iso(state.circuitUntil),
  };
}

/** Builds the report; every string in it is free of configured values. */
export function sourcesReport(
  sources: readonly SourceDescriptor[],
  configured: ConfiguredSources,
  env: Readonly<Record<string, string | undefined>>,
  health: HealthRead,
): SourcesJson {
  return {
    sources: sources.map((source) => ({
      id: source.id,
      label: source.label,
      kind: source.kind,
      configured: configured.enabled.has(source.id),
      settings: [
        ...settingsOf(source),
        { field: 'enabled', env: `${envPrefix(source.id)}ENABLED`, required: false },
      ].map((s) => ({ env: s.env, required: s.required, set: (env[s.env] ?? '') !== '' })),
      health: health.states ? healthJson(health.states.get(source.id)) : null,
    })),
    database: { reachable: health.states !== null, note: health.note },
    problems: [...configured.problems],
  };
}

function stamp(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

/** A next-allowed time: 'now' once it has passed. */
function next(iso: string | null, now: number): string {
  return iso === null || Date.parse(iso) <= now ? 'now' : stamp(iso);
}

function row(s: SourceJson, now: number): string[] {
  const base = [s.id, s.label, s.kind, s.configured ? 'yes' : 'no'];
  const h = s.health;
  if (h === null) return [...base, 'unknown', 'unknown', 'unknown', 'unknown', 'unknown'];
  if (!h.recorded) return [...base, 'not yet', '—', '—', '—', '—'];
  const last = h.lastSuccessAt === null ? 'never' : stamp(h.lastSuccessAt);
  const quota = h.quotaLeft === null ? '—' : String(h.quotaLeft);
  return [...base, h.healthy ? 'yes' : 'no', last, quota, next(h.nextAllowedAt, now), h.circuit];
}

/** The plain-text table and the notes under it. */
export function renderSources(report: SourcesJson, now: number): string {
  const header = ['SOURCE', 'LABEL', 'KIND', 'CONFIGURED', 'HEALTHY', 'LAST SUCCESS'];
  header.push('QUOTA LEFT', 'NEXT CALL', 'CIRCUIT');
  const rows = [header, ...report.sources.map((s) => row(s, now))];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  lines.push('', `health: ${report.database.note}`);
  for (const p of report.problems) lines.push(`${p.level}: ${p.message}`);
  const off = report.sources.filter((s) => !s.configured);
  if (off.length > 0) lines.push('', 'to switch a source on (see docs/sources.md):');
  for (const s of off) {
    const needed = s.settings.filter((x) => x.required).map((x) => `${x.env}=…`);
    lines.push(
      `  ${s.id}: ${needed.length > 0 ? needed.join(' ') : `${s.settings.at(-1)?.env}=1`}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The registrar, with its outside world given (tests) or taken from the process. */
export function createRegisterSources(deps: SourcesDeps = {}): CommandRegistrar {
  return (program, ctx) => {
    withConfigOptions(
      program
        .command('sources')
        .description('list carrier sources: configured, healthy, quota, next allowed call')
        .option('--json', 'print JSON'),
      ['dataDir', 'databaseUrl'],
    ).action(async (flags: Record<string, string> & { json?: boolean }) => {
      const env = deps.env ?? process.env;
      const sources = deps.sources ?? SOURCES;
      const now = (deps.now ?? Date.now)();
      const configured = loadSources(env, sources);
      const { json, ...configFlags } = flags;
      const health = await readHealth(env, configFlags, deps.dbTimeoutMs ?? 5_000);
      const report = sourcesReport(sources, configured, env, health);
      ctx.io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : renderSources(report, now));
      if (configured.problems.some((p) => p.level === 'error')) ctx.exitCode = 1;
    });
  };
}

export const registerSources: CommandRegistrar = createRegisterSources();
