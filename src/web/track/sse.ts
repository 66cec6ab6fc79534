/**
 * @module web/track/sse
 * The tracking routes: `GET /track/:number` (one parcel), `GET /track?n=…&n=…` (several;
 * `?q=` takes a paste), `POST /track/:number/refresh` (check now; 303 back, or a 429 page
 * with the wait) and `GET /track/:number/events` (Server-Sent Events: an `update` event on
 * each bus notification for the shipment, heartbeats, clean close). The engine comes in as
 * `deps`, so the routes are tested with a fake.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Advice } from '../../core/advice/types.js';
import type { Estimate } from '../../core/eta/types.js';
import type { Locale } from '../../core/i18n/locales.js';
import { analyze, analyzeText } from '../../core/numbers/index.js';
import type { TrackView } from '../../engine/run/track-view.js';
import { MAX_NUMBERS } from '../api/detect.js';
import { html } from '../html.js';
import { href, pageContext, requestLocale } from '../locale.js';
import { layout } from '../pages/layout.js';
import { formatWait } from './format.js';
import { liveUpdate, sseMessage } from './live.js';
import { type OrderDeps, orderPanelFor } from './order-route.js';
import { buildMultiPage, buildTrackPage, type MultiItem, notFoundBody } from './page.js';

type MaybePromise<T> = T | Promise<T>;

export interface TrackDeps {
  getView(number: string, opts: { fetchNew: boolean }): Promise<TrackView>;
  refresh(number: string): Promise<{ ok: boolean; waitMs?: number }>;
  /** Calls `listener` on each domain event of the shipment; returns the unsubscribe. */
  subscribe(shipmentId: string, listener: () => void): () => void;
  now(): Date | number;
  etaFor?(view: TrackView): MaybePromise<Estimate | null | undefined>;
  adviceFor?(view: TrackView, locale: Locale): MaybePromise<Advice | null | undefined>;
  /** The parcel's order (the page's order panel); without it the panel is not shown. */
  orders?: OrderDeps;
  /** Comment lines keeping the stream open through proxies (default 15 s). */
  heartbeatMs?: number;
}

const HTML = 'text/html; charset=utf-8';
const asDate = (v: Date | number): Date => (v instanceof Date ? v : new Date(v));

/** A number the engine refuses (an order number, a phone…): the page that says what it is. */
function refusedPage(request: FastifyRequest, reply: FastifyReply, number: string): string {
  const ctx = pageContext(request, reply);
  const analysis = analyze(number);
  reply.status(404).type(HTML);
  return layout({
    ctx,
    title: ctx.ui.track.notFound.title,
    body: html`<h1>${ctx.ui.track.title(number)}</h1>${notFoundBody(number, ctx.locale, analysis, false)}`,
  });
}

async function viewOrRefusal(
  deps: TrackDeps,
  number: string,
  fetchNew: boolean,
): Promise<TrackView | undefined> {
  try {
    return await deps.getView(number, { fetchNew });
  } catch (error) {
    if (error instanceof Error && error.name === 'NotATrackingNumberError') return undefined;
    if (analyze(number).kind !== 'tracking') return undefined;
    throw error;
  }
}

function numbersOf(query: { n?: string | string[]; q?: string }): string[] {
  const list = query.n === undefined ? [] : Array.isArray(query.n) ? query.n : [query.n];
  const fromText =
    typeof query.q === 'string'
      ? analyzeText(query.q.slice(0, 4000)).map((d) => d.normalized || d.input)
      : [];
  const all = [...list.flatMap((n) => n.split(/[\s,;]+/)), ...fromText]
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(all)].slice(0, MAX_NUMBERS);
}

function streamEvents(
  app: FastifyInstance,
  deps: TrackDeps,
  heartbeatMs: number,
  open: Set<() => void>,
) {
  return async (request: FastifyRequest<{ Params: { number: string } }>, reply: FastifyReply) => {
    const { locale } = requestLocale(request);
    const view = await viewOrRefusal(deps, request.params.number, false);
    if (!view)
      return reply
        .status(404)
        .send({ error: { code: 'TRK_ERR_NOT_FOUND', message: 'not a tracking number' } });
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 5000\n: connected\n\n');
    let closed = false;
    let pending = false;
    const push = async (): Promise<void> => {
      if (closed || pending) return;
      pending = true;
      try {
        const fresh = await deps.getView(view.number, { fetchNew: false });
        if (!closed) res.write(sseMessage('update', liveUpdate(fresh, locale)));
      } catch (err) {
        app.log.warn({ err }, 'live update failed');
      } finally {
        pending = false;
      }
    };
    const unsubscribe = deps.subscribe(view.shipment.id, () => void push());
    const beat = setInterval(() => {
      if (!closed) res.write(': ping\n\n');
    }, heartbeatMs);
    beat.unref();
    const close = (): void => {
      if (closed) return;
      closed = true;
      clearInterval(beat);
      open.delete(close);
      unsubscribe();
      res.end();
    };
    open.add(close);
    request.raw.on('close', close);
    res.on('close', close);
  };
}

/** Registers the tracking routes; call once, with the engine wired into `deps`. */
export function registerTrackRoutes(app: FastifyInstance, deps: TrackDeps): void {
  const heartbeatMs = deps.heartbeatMs ?? 15_000;

  app.get<{ Params: { number: string }; Querystring: { refreshed?: string } }>(
    '/track/:number',
    async (request, reply) => {
      const number = request.params.number.slice(0, 100);
      const view = await viewOrRefusal(deps, number, true);
      if (!view) return refusedPage(request, reply, number);
      const ctx = pageContext(request, reply);
      const [eta, advice, order] = await Promise.all([
        deps.etaFor?.(view),
        deps.adviceFor?.(view, ctx.locale),
        deps.orders && orderPanelFor(deps.orders, view),
      ]);
      const analysis = view.shipment.events.length === 0 ? analyze(number) : undefined;
      const body = buildTrackPage(view, {
        locale: ctx.locale,
        now: asDate(deps.now()),
        ...(eta ? { eta } : {}),
        ...(advice ? { advice } : {}),
        ...(analysis ? { analysis } : {}),
        ...(order ? { order } : {}),
        ...(request.query.refreshed === '1' ? { notice: 'refreshed' as const } : {}),
      });
      reply.type(HTML).header('Cache-Control', 'no-store');
      return layout({
        ctx,
        title: ctx.ui.track.title(view.number),
        description: ctx.ui.track.description,
        body,
      });
    },
  );

  app.get<{ Querystring: { n?: string | string[]; q?: string } }>(
    '/track',
    async (request, reply) => {
      const ctx = pageContext(request, reply);
      const numbers = numbersOf(request.query);
      const items = await Promise.all(
        numbers.map(async (number): Promise<MultiItem> => {
          try {
            const view = await viewOrRefusal(deps, number, false);
            if (view) return { number, view };
          } catch {
            // one failing number does not take the list down
          }
          const look = analyze(number).lookalike;
          return look ? { number, error: ctx.ui.home.lookalike[look] } : { number };
        }),
      );
      reply.type(HTML).header('Cache-Control', 'no-store');
      return layout({ ctx, title: ctx.ui.track.multi.title, body: buildMultiPage(items, ctx) });
    },
  );

  app.register(async (scope) => {
    // The "check now" form posts an empty urlencoded body; accept it without a plugin.
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string' },
        (_r, _b, done) => done(null, {}),
      );
    }
    scope.post<{ Params: { number: string } }>('/track/:number/refresh', async (request, reply) => {
      const number = request.params.number.slice(0, 100);
      const { locale } = requestLocale(request);
      const result = await deps.refresh(number);
      const page = `/track/${encodeURIComponent(number)}`;
      if (result.ok) return reply.redirect(href(page, locale, { refreshed: '1' }), 303);
      const ctx = pageContext(request, reply);
      const t = ctx.ui.track;
      const wait = formatWait(result.waitMs ?? 60_000, ctx.locale);
      reply.status(429).type(HTML);
      if (result.waitMs !== undefined)
        reply.header('Retry-After', String(Math.ceil(result.waitMs / 1000)));
      return layout({
        ctx,
        title: t.tooSoonTitle,
        body: html`<h1>${t.tooSoonTitle}</h1><p role="alert">${t.tooSoon(wait)}</p><p><a href="${href(page, ctx.locale)}">${t.back}</a></p>`,
      });
    });
  });

  const open = new Set<() => void>();
  // Streams never end on their own: close them before the server waits for its connections.
  app.addHook('preClose', async () => {
    for (const close of [...open]) close();
  });
  app.get<{ Params: { number: string } }>(
    '/track/:number/events',
    streamEvents(app, deps, heartbeatMs, open),
  );
}
