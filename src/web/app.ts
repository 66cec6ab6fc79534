/**
 * @module web/app
 * The Fastify application: pages, the JSON API, static assets, security headers, and one
 * error handler that renders catalogued errors as JSON (API) or as a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import type { Config } from '../config.js';
import { isTracklineError, TracklineError } from '../errors.js';
import type { Logger } from '../log.js';
import { publicDir } from '../paths.js';
import { registerDetectApi } from './api/detect.js';
import { registerDirectoryApi } from './api/directory.js';
import { type Directory, defaultDirectory } from './directory.js';
import { registerHooks } from './hooks.js';
import { pageContext } from './locale.js';
import { registerOperator } from './operator/sources.js';
import { registerApiDocs } from './pages/api-docs.js';
import { registerDirectoryPages } from './pages/directory-routes.js';
import { errorPage } from './pages/error.js';
import { registerHome } from './pages/home-route.js';
import { lazyChildLogger } from './request-logger.js';
import { recordRoutes } from './routes.js';
import { registerTracking, type TrackingOptions } from './tracking.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  // Our own pages may see where a request came from (a form post then carries its Origin);
  // other sites, such as a carrier's tracking page we link to, learn nothing: our URLs hold
  // tracking numbers.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
});

const ASSETS: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
};

export interface AppOptions {
  config: Config;
  logger?: Logger;
  /** Reference data for the directory pages; defaults to the shipped data files. */
  directory?: Partial<Directory>;
  /** The tracking engine and demo numbers; without them tracking routes answer 503. */
  tracking?: TrackingOptions;
}

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url === '/healthz';
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: TracklineError) {
  reply.status(error.status);
  if (wantsJson(request))
    return reply.send({ error: { code: error.code, message: error.message } });
  const ctx = pageContext(request, reply);
  // An error page never sets the language cookie: only pages that answered do.
  reply.removeHeader('Set-Cookie');
  const path = error.code === 'TRK_ERR_NOT_FOUND' ? ctx.path : undefined;
  return reply
    .type('text/html; charset=utf-8')
    .send(errorPage({ ctx, status: error.status, code: error.code, message: error.message, path }));
}

export async function buildApp({
  config,
  logger,
  directory,
  tracking,
}: AppOptions): Promise<FastifyInstance> {
  const loggerInstance: FastifyBaseLogger | undefined = logger;
  const app = Fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: true }),
    // Without a logger, Fastify makes no child logger at all.
    ...(logger ? { childLoggerFactory: lazyChildLogger } : {}),
    trustProxy: false,
  });
  recordRoutes(app);
  const data = defaultDirectory(directory);

  const assets = new Map(
    Object.entries(ASSETS).map(([name, type]) => [
      name,
      { type, body: readFileSync(join(publicDir, name), 'utf8') },
    ]),
  );

  // A plain (callback) hook: an async one costs every response a promise and a microtask.
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.headers(SECURITY_HEADERS);
    done(null, payload);
  });

  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) throw new TracklineError('TRK_ERR_NOT_FOUND', request.url);
    return reply.type(asset.type).header('Cache-Control', 'public, max-age=3600').send(asset.body);
  });

  app.get('/healthz', async () => ({ ok: true }));
  registerHome(app, tracking?.demoNumbers);
  registerTracking(app, tracking ?? {});
  registerHooks(app, { engine: tracking?.engine });
  registerOperator(app, { engine: tracking?.engine, token: config.operatorToken });
  registerDirectoryPages(app, data, tracking?.engine);
  registerDetectApi(app);
  registerDirectoryApi(app, data, tracking?.engine);
  registerApiDocs(app);

  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new TracklineError('TRK_ERR_NOT_FOUND', request.url.split('?')[0])),
  );
  app.setErrorHandler((error, request, reply) => {
    if (isTracklineError(error)) return sendError(request, reply, error);
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return sendError(
        request,
        reply,
        new TracklineError('TRK_ERR_BAD_REQUEST', (error as Error).message),
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, new TracklineError('TRK_ERR_INTERNAL'));
  });

  return app;
}
