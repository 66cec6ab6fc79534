/**
 * @module cli/commands/track
 * `trackline track [--json] <numbers…>`: detects each number, registers it, fetches it now
 * from the configured sources (one immediate poll of those numbers, then of any legs they
 * hand over to), and prints each timeline — status in plain words, the scans' local times
 * with their zones, colour on a terminal — or the API's JSON with --json. A progress bar on
 * standard error when tracking many on a terminal. Exit 1 when an input is not a number.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { type Lookalike, lookalikeAdvice } from '../../core/numbers/index.js';
import { milestoneLabel, reasonLabel, statusLabel } from '../../core/status/describe.js';
import type { Status } from '../../core/status/taxonomy.js';
import { createEngine, type Engine } from '../../engine/run/context.js';
import { pollNow } from '../../engine/run/poller.js';
import { NotATrackingNumberError, registerNumber } from '../../engine/run/register.js';
import { getTrackView, type TrackView } from '../../engine/run/track-view.js';
import { createLogger } from '../../log.js';
import { withConfigOptions } from '../config-options.js';
import type { CliContext, CliIO, CommandRegistrar } from '../context.js';
import { progressBar } from './progress.js';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m' } as const;
const STATUS_COLOUR: Partial<Record<Status, string>> = {
  delivered: '\x1b[32m',
  out_for_delivery: '\x1b[36m',
  available_for_pickup: '\x1b[36m',
  failed_attempt: '\x1b[33m',
  exception: '\x1b[31m',
  expired: '\x1b[31m',
};

/** The engine of a CLI command: configuration from flags and environment, logs to stderr. */
export function cliEngine(ctx: CliContext, flags: Record<string, string>): Promise<Engine> {
  const config = loadConfig(process.env, flags);
  const logger = createLogger(config.logLevel, { write: (s: string) => ctx.io.stderr(s) });
  return createEngine({ config, logger });
}

/** Plain words for a shipment's state: "In transit — Departed the origin country". */
export function stateWords(s: Pick<TrackView['shipment'], 'status' | 'milestone' | 'reason'>) {
  const parts = [statusLabel(s.status, 'en')];
  if (s.milestone) parts.push(milestoneLabel(s.milestone, 'en'));
  if (s.reason) parts.push(reasonLabel(s.reason, 'en'));
  return parts.join(' — ');
}

/** One number's timeline as text; `colour` adds ANSI colours. */
export function formatTimeline(view: TrackView, colour: boolean): string {
  const c = (code: string, text: string) => (colour ? `${code}${text}${ANSI.reset}` : text);
  const s = view.shipment;
  const lines: string[] = [];
  const tag = view.demo ? ' (demo data from the simulator)' : '';
  const state = c(STATUS_COLOUR[s.status] ?? ANSI.bold, stateWords(s));
  lines.push(`${c(ANSI.bold, view.number)}  ${state}${tag}`);
  if (s.legs.length > 1) {
    lines.push(
      `  legs: ${s.legs.map((l) => `${l.number} (${l.carrierId}, ${l.role})`).join(' → ')}`,
    );
  }
  if (view.route.kind === 'none') lines.push(`  ${view.route.message}`);
  const checked = s.lastCheckedAt ? `last checked ${s.lastCheckedAt}` : 'not checked yet';
  const next = s.nextCheckAt ? `, next check ${s.nextCheckAt}` : '';
  lines.push(c(ANSI.dim, `  ${checked}${next}`));
  if (s.events.length === 0 && view.route.kind === 'source') lines.push('  no scans yet');
  for (const e of s.events) {
    const when = e.localTime ? `${e.localTime}${e.zone ? ` ${e.zone}` : ''}` : e.occurredAt;
    const words = e.status ? statusLabel(e.status, 'en') : 'unclassified';
    const where = e.location?.raw ? ` · ${e.location.raw}` : '';
    const leg = s.legs.length > 1 ? c(ANSI.dim, ` [${e.legNumber}]`) : '';
    lines.push(`  ${c(ANSI.dim, when)}  ${words}: ${e.description}${where}${leg}`);
  }
  for (const a of s.anomalies) lines.push(`  ${c('\x1b[33m', `note: ${a.message}`)}`);
  return `${lines.join('\n')}\n`;
}

interface TrackOutcome {
  views: TrackView[];
  rejected: { input: string; error: string; lookalike?: Lookalike }[];
}

/** A rejected input's message, and for a look-alike what to paste instead. */
export function rejectionText(r: TrackOutcome['rejected'][number]): string {
  if (r.lookalike === undefined) return `${r.error}\n`;
  const advice = lookalikeAdvice(r.lookalike);
  return `${r.error}\n  ${advice.what} ${advice.todo}\n`;
}

/** Registers and fetches `inputs` now (plus legs they hand over to), then reads their views. */
export async function trackNow(engine: Engine, inputs: readonly string[], io: CliIO) {
  const out: TrackOutcome = { views: [], rejected: [] };
  const progress = progressBar(io, inputs.length * 2, 'tracking');
  const numbers: string[] = [];
  const legIds: string[] = [];
  for (const input of inputs) {
    try {
      const reg = await registerNumber(engine, input);
      numbers.push(input);
      if (reg.route.kind === 'source') legIds.push(reg.leg.id);
    } catch (error) {
      if (!(error instanceof NotATrackingNumberError)) throw error;
      const look = error.detection.lookalike;
      out.rejected.push({ input, error: error.message, ...(look ? { lookalike: look } : {}) });
    }
    progress.tick();
  }
  const seen = new Set<string>();
  let round = legIds;
  for (let i = 0; i < 4 && round.length > 0; i++) {
    for (let j = 0; j < round.length; j += 40) {
      const part = round.slice(j, j + 40);
      await pollNow(engine, part);
      if (i === 0) progress.tick(part.length);
    }
    for (const id of round) seen.add(id);
    round = await handedOver(engine, round, seen);
  }
  progress.done();
  for (const input of numbers) out.views.push(await getTrackView(engine, input));
  return out;
}

/** Legs of the same shipments still due and not fetched yet (hand-offs just learned). */
async function handedOver(engine: Engine, legIds: readonly string[], seen: Set<string>) {
  if (legIds.length === 0) return [];
  const rows = await engine.db
    .selectFrom('legs as l')
    .innerJoin('legs as other', 'other.shipment_id', 'l.shipment_id')
    .innerJoin('poll_schedule as p', 'p.leg_id', 'other.id')
    .select('other.id')
    .where('l.id', 'in', legIds)
    .where('p.due_at', '<=', engine.now())
    .execute();
  return [...new Set(rows.map((r) => r.id))].filter((id) => !seen.has(id));
}

export const registerTrack: CommandRegistrar = (program: Command, ctx) => {
  withConfigOptions(
    program
      .command('track')
      .description('detect, fetch now and print the timeline of tracking numbers')
      .argument('<numbers...>', 'tracking numbers (spaces and dashes are fine)')
      .option('--json', 'print the JSON of GET /api/v1/track/:number, one array'),
    ['dataDir', 'databaseUrl', 'logLevel'],
  ).action(async (inputs: string[], flags: Record<string, string>) => {
    const engine = await cliEngine(ctx, flags);
    try {
      if (engine.runtimes.size === 0) {
        ctx.io.stderr(
          'No carrier source is configured: numbers are stored but cannot be fetched. ' +
            'Set TRACKLINE_SIM_URL for the simulator, or a source of docs/sources.md.\n',
        );
      }
      const { views, rejected } = await trackNow(engine, inputs, ctx.io);
      if (flags['json'] !== undefined) {
        ctx.io.stdout(`${JSON.stringify([...views, ...rejected], null, 2)}\n`);
      } else {
        ctx.io.stdout(views.map((v) => formatTimeline(v, ctx.io.isTTY)).join('\n'));
        for (const r of rejected) ctx.io.stderr(rejectionText(r));
      }
      if (rejected.length > 0) ctx.exitCode = 1;
    } finally {
      await engine.close();
    }
  });
};
