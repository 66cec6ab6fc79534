/**
 * @module web/hooks
 * The webhook receiver (DESIGN §7): `POST /hooks/:source` reads the raw body (any content
 * type, at most 1 MB), checks the signature with the source's secret, appends the body and
 * its non-secret headers to the inbox and answers 202 at once; the scheduler loop processes
 * the inbox (engine/run/inbox-worker.ts). An unknown source, one that is not configured, and
 * one that takes no pushes (or has no secret set) are 404; a bad signature is 401 and stores
 * nothing. Errors here are always JSON, since the caller is a machine.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { storableHeaders, WEBHOOK_RECEIVERS } from '../carriers/webhooks.js';
import type { Engine } from '../engine/run/context.js';
import { isTracklineError, TracklineError } from '../errors.js';
import { appendInbox } from '../store/inbox.js';

export interface HooksOptions {
  engine?: Engine | undefined;
  /** Largest body accepted, bytes (default 1 MB). */
  bodyLimit?: number;
}

const DEFAULT_BODY_LIMIT = 1_048_576;

function sendJsonError(reply: FastifyReply, error: TracklineError, status = error.status) {
  return reply.status(status).send({ error: { code: error.code, message: error.message } });
}

export function registerHooks(app: FastifyInstance, opts: HooksOptions): void {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => {
      done(null, body);
    });
    scope.setErrorHandler((error, request, reply) => {
      if (isTracklineError(error)) return sendJsonError(reply, error);
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== undefined && status >= 400 && status < 500) {
        const bad = new TracklineError('TRK_ERR_BAD_REQUEST', (error as Error).message);
        return sendJsonError(reply, bad, status);
      }
      request.log.error({ err: error }, 'webhook failed');
      return sendJsonError(reply, new TracklineError('TRK_ERR_INTERNAL'));
    });

    scope.post<{ Params: { source: string } }>(
      '/hooks/:source',
      { bodyLimit },
      async (request, reply) => {
        const id = request.params.source.slice(0, 40);
        const engine = opts.engine;
        if (!engine) throw new TracklineError('TRK_ERR_SOURCE_UNAVAILABLE', 'tracking engine');
        const enabled = engine.configured.enabled.get(id);
        const receiver = WEBHOOK_RECEIVERS.get(id);
        const secret = enabled && receiver?.secretOf(enabled.config);
        if (!enabled || !receiver || !secret) {
          throw new TracklineError('TRK_ERR_NOT_FOUND', `/hooks/${id}`);
        }
        const body: unknown = request.body;
        const raw = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        if (!receiver.verify(request.headers, raw, secret)) {
          engine.logger.warn({ sourceId: id, bytes: raw.length }, 'webhook signature mismatch');
          throw new TracklineError('TRK_ERR_WEBHOOK_SIGNATURE', id);
        }
        const item = await appendInbox(engine.db, {
          source: id,
          headers: storableHeaders(request.headers),
          body: raw.toString('utf8'),
          receivedAt: engine.realNow(),
        });
        return reply.status(202).send({ accepted: true, id: item.id });
      },
    );
  });
}
