/**
 * @module web/operator/sources
 * `GET /operator/sources` (a page) and `GET /api/v1/sources` (JSON): every registered carrier
 * source — configured or not (never a setting's value), healthy, last success, quota left,
 * next allowed call, circuit — from the report `trackline sources` prints
 * (cli/commands/sources.ts). With an engine, the switched-on sources are the engine's (the
 * simulator included in demo mode) and health comes from its source_state table; without
 * one, sources come from the environment and health is unknown. Both routes are the
 * operator's (access.ts: the operator token, or this machine only when none is set). The
 * last error's text is still left out: a carrier's error text is not ours to publish.
 */
import type { FastifyInstance } from 'fastify';
import { SOURCES } from '../../carriers/index.js';
import { loadSources } from '../../carriers/settings.js';
import type { SourceDescriptor } from '../../carriers/types.js';
import { type SourceJson, type SourcesJson, sourcesReport } from '../../cli/commands/sources.js';
import type { Engine } from '../../engine/run/context.js';
import { listSourceStates } from '../../store/source-state.js';
import { pageContext } from '../locale.js';
import { operatorAccess } from './access.js';
import { sourcesPage } from './sources-page.js';

export interface OperatorOptions {
  engine?: Engine | undefined;
  /** Where settings are read when there is no engine, and which variables are set. */
  env?: Readonly<Record<string, string | undefined>>;
  sources?: readonly SourceDescriptor[];
  /** The operator token (config `operatorToken`); unset, only this machine gets in. */
  token?: string | undefined;
}

type Health = SourceJson['health'];
/** A source's health without the last error's text. */
export type PublicHealth =
  | (Omit<Extract<Health, { recorded: true }>, 'lastError'> & { recorded: true })
  | { recorded: false }
  | null;
export type PublicSource = Omit<SourceJson, 'health'> & { health: PublicHealth };
export interface PublicSources extends Omit<SourcesJson, 'sources'> {
  sources: PublicSource[];
}

type HealthRead = Parameters<typeof sourcesReport>[3];

async function readHealth(engine: Engine | undefined): Promise<HealthRead> {
  if (!engine) return { states: null, note: 'the tracking engine is not running here' };
  try {
    const rows = await listSourceStates(engine.db);
    return { states: new Map(rows.map((r) => [r.sourceId, r])), note: engine.handle.dialect };
  } catch (error) {
    engine.logger.warn({ err: error }, 'source health unreadable');
    return { states: null, note: 'source health could not be read' };
  }
}

function publicHealth(health: Health): PublicHealth {
  if (health === null || !health.recorded) return health;
  const { lastError: _hidden, ...rest } = health;
  return rest;
}

/** The sources report the page and the API answer with. */
export async function gatherSources(opts: OperatorOptions): Promise<PublicSources> {
  const env = opts.env ?? process.env;
  const sources = opts.sources ?? SOURCES;
  const configured = opts.engine?.configured ?? loadSources(env, sources);
  const report = sourcesReport(sources, configured, env, await readHealth(opts.engine));
  return {
    ...report,
    sources: report.sources.map((s) => ({ ...s, health: publicHealth(s.health) })),
  };
}

/**
 * The operator's routes, in a scope whose every route is behind operatorAccess: an operator
 * route added here later is guarded too.
 */
export function registerOperator(app: FastifyInstance, opts: OperatorOptions): void {
  const now = () => opts.engine?.realNow() ?? Date.now();
  app.register(async (scope) => {
    scope.addHook('onRequest', operatorAccess(opts.token));
    scope.get('/api/v1/sources', async (_request, reply) =>
      reply.header('Cache-Control', 'no-store').send(await gatherSources(opts)),
    );
    scope.get('/operator/sources', async (request, reply) => {
      const ctx = pageContext(request, reply);
      const report = await gatherSources(opts);
      return reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-store')
        .send(sourcesPage(ctx, report, now()));
    });
  });
}
