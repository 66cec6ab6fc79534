/**
 * @module web/tracking
 * Mounts the tracking engine on the web app: `GET /api/v1/track/:number` (the parcel with
 * its `eta` and `advice`), the tracking pages and their live updates, "check now", and the
 * demo numbers. Without an engine (pages-only tests) the same routes answer 503, so the
 * API document always describes what is mounted.
 */
import type { FastifyInstance } from 'fastify';
import type { DemoEntry } from '../carriers/sim/demo.js';
import { negotiateLocale } from '../core/i18n/locales.js';
import type { Engine } from '../engine/run/context.js';
import { laneContextOf } from '../engine/run/lane-stats-cache.js';
import { refreshNow } from '../engine/run/poller.js';
import {
  getTrackView,
  knownWithoutOrders,
  shipmentRowOf,
  type TrackView,
} from '../engine/run/track-view.js';
import { TracklineError } from '../errors.js';
import { listShipmentOrders, setShipmentOrder } from '../store/orders.js';
import { adviceFromView, etaFromView } from './track/assist.js';
import { type OrderDeps, registerOrderRoutes } from './track/order-route.js';
import { adviceOrderOf, buyerOrder, orderJson } from './track/order-view.js';
import { registerTrackRoutes, type TrackDeps } from './track/sse.js';

export interface TrackingOptions {
  engine?: Engine;
  /** Stand-ins for the engine's calls (tests); built from `engine` when absent. */
  deps?: TrackDeps;
  /** The simulator's demo numbers, in demo mode. */
  demoNumbers?: () => DemoEntry[];
}

function requireEngine(engine: Engine | undefined): Engine {
  if (!engine) throw new TracklineError('TRK_ERR_SOURCE_UNAVAILABLE', 'tracking engine');
  return engine;
}

/** A refused input (order number, phone…) is a 400 on the API, a page of its own on the web. */
function badNumber(error: unknown): never {
  if (error instanceof Error && error.name === 'NotATrackingNumberError') {
    throw new TracklineError('TRK_ERR_BAD_REQUEST', error.message);
  }
  throw error;
}

/** The estimate of a view, with the engine's facts and lane statistics when there is one. */
async function etaOf(engine: Engine | undefined, view: TrackView, now: Date) {
  if (!engine) return etaFromView(view, now);
  const { stats, facts } = await laneContextOf(engine, view);
  return etaFromView(view, now, stats, facts);
}

function orderDeps(engine: Engine): OrderDeps {
  // A page asks for a parcel's orders twice at once (advice and the order panel): share the
  // read while it is in flight. Nothing is kept after it settles.
  const reading = new Map<string, ReturnType<typeof listShipmentOrders>>();
  return {
    ordersOf: (shipmentId, view) => {
      if (view && knownWithoutOrders(view)) return Promise.resolve([]);
      const pending = reading.get(shipmentId);
      if (pending) return pending;
      const read = listShipmentOrders(engine.db, shipmentId).finally(() => {
        reading.delete(shipmentId);
      });
      reading.set(shipmentId, read);
      return read;
    },
    saveOrder: (shipmentId, details) =>
      setShipmentOrder(engine.db, shipmentId, details, engine.now()),
  };
}

function trackDeps(engine: Engine | undefined): TrackDeps {
  const orders = engine ? orderDeps(engine) : undefined;
  return {
    ...(orders ? { orders } : {}),
    getView: (number, opts) => getTrackView(requireEngine(engine), number, opts),
    refresh: async (number) => {
      const e = requireEngine(engine);
      const view = await getTrackView(e, number);
      const decision = await refreshNow(e, view.shipment.id, { fetch: true });
      return decision.ok ? { ok: true } : { ok: false, waitMs: decision.waitMs };
    },
    subscribe: (shipmentId, listener) => {
      if (!engine) return () => {};
      return engine.bus.onAny((event) => {
        if (event.shipmentId === shipmentId) listener();
      });
    },
    now: () => (engine ? engine.now() : Date.now()),
    etaFor: (view) => etaOf(engine, view, new Date(engine ? engine.now() : Date.now())),
    adviceFor: async (view, locale) => {
      const order = orders && adviceOrderOf(await orders.ordersOf(view.shipment.id, view.shipment));
      return adviceFromView(view, locale, new Date(engine ? engine.now() : Date.now()), order);
    },
  };
}

export function registerTracking(app: FastifyInstance, opts: TrackingOptions): void {
  const deps = opts.deps ?? trackDeps(opts.engine);
  registerTrackRoutes(app, deps);
  registerOrderRoutes(app, deps);

  app.get<{ Params: { number: string }; Querystring: { lang?: string } }>(
    '/api/v1/track/:number',
    async (request) => {
      const number = request.params.number.slice(0, 100);
      const view: TrackView = await deps.getView(number, { fetchNew: true }).catch(badNumber);
      const locale = negotiateLocale(request.query.lang ?? request.headers['accept-language']);
      const now = new Date(deps.now());
      const orders = (await deps.orders?.ordersOf(view.shipment.id, view.shipment)) ?? [];
      return {
        ...view,
        order: orderJson(buyerOrder(orders)),
        shippingMethod: shipmentRowOf(view.shipment)?.service ?? null,
        eta: await etaOf(opts.engine, view, now),
        advice: adviceFromView(view, locale, now, adviceOrderOf(orders)),
      };
    },
  );

  app.get('/api/v1/demo', async () => {
    if (!opts.demoNumbers) {
      throw new TracklineError('TRK_ERR_NOT_FOUND', '/api/v1/demo (demo mode is off)');
    }
    return { demo: true, numbers: opts.demoNumbers() };
  });
}
