/**
 * @module web/track/order-route
 * Entering a parcel's order: `POST /track/:number/order` (the page's form; 303 back to the
 * page, or the page again with what is wrong and nothing stored) and
 * `PUT /api/v1/track/:number/order` (JSON; 400 TRK_ERR_ORDER_INVALID; `GET` reads it back).
 * The form post is
 * refused (403, TRK_ERR_CROSS_SITE) unless it comes from one of our own pages; see
 * `isSameSite`. Storage goes through `OrderDeps`, so tests can use a fake.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findShippingMethod } from '../../core/eta/services.js';
import type { Locale } from '../../core/i18n/locales.js';
import { shipmentRowOf, type TrackView } from '../../engine/run/track-view.js';
import { TracklineError } from '../../errors.js';
import type { Order, OrderDetails } from '../../store/orders.js';
import { html } from '../html.js';
import { ORDER_UI } from '../i18n/order/index.js';
import { href, pageContext, requestLocale } from '../locale.js';
import { layout } from '../pages/layout.js';
import { emptyOrderPanel, type OrderPanel } from './order-form.js';
import {
  formValuesOf,
  ORDER_FIELDS,
  type OrderErrors,
  type OrderFormValues,
  parseOrderForm,
  parseOrderJson,
} from './order-input.js';
import { buyerOrder, orderJson } from './order-view.js';
import { buildTrackPage } from './page.js';
import type { TrackDeps } from './sse.js';

/** Where a parcel's orders are read and written (the store, or a fake in tests). */
export interface OrderDeps {
  /** The shipment's orders; `view`, when given, is the view just read (it may know: none). */
  ordersOf(shipmentId: string, view?: TrackView['shipment']): Promise<Order[]>;
  saveOrder(shipmentId: string, details: OrderDetails): Promise<Order>;
}

const HTML = 'text/html; charset=utf-8';
const FORM_LIMIT = 4096;

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * True when `url` (an Origin or Referer) names the host of the Host header. A Host without
 * a port matches the scheme's default port (80 or 443: a proxy may end TLS in front of us).
 */
export function sameHost(url: string, host: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(url);
    b = new URL(`http://${host}`);
  } catch {
    return false;
  }
  if (a.protocol !== 'http:' && a.protocol !== 'https:') return false;
  if (a.hostname !== b.hostname) return false;
  const portA = a.port || (a.protocol === 'https:' ? '443' : '80');
  const portB = /:(\d+)$/.exec(host)?.[1];
  return portB === undefined ? portA === '80' || portA === '443' : Number(portA) === Number(portB);
}

/**
 * True when a form post comes from one of our own pages.
 * - A browser that sends `Sec-Fetch-Site` says it itself (a page cannot set that header):
 *   only `same-origin` passes. It also holds behind a proxy that rewrites the Host header,
 *   and for a page saved under a stricter referrer policy, where browsers send `Origin: null`.
 *   Our pages use `Referrer-Policy: same-origin`, so browsers without it send our Origin.
 * - Otherwise the Origin header must name this host (Host header), else the Referer must.
 * Anything else — another site, `Origin: null` alone, no header at all — is refused.
 */
export function isSameSite(request: FastifyRequest): boolean {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  const host = header(request, 'host');
  if (!host) return false;
  const origin = header(request, 'origin');
  if (origin !== undefined && origin !== 'null') return sameHost(origin, host);
  const referer = header(request, 'referer');
  return referer !== undefined && sameHost(referer, host);
}

/** The id of the shipping method stored on a view's shipment row, when it names a known one. */
export function shippingMethodOf(view: TrackView): string | null {
  return findShippingMethod(shipmentRowOf(view.shipment)?.service ?? undefined)?.id ?? null;
}

/** The panel for a view: the saved order in the form, or the defaults. */
export async function orderPanelFor(orders: OrderDeps, view: TrackView): Promise<OrderPanel> {
  const saved = buyerOrder(await orders.ordersOf(view.shipment.id, view.shipment));
  const method = shippingMethodOf(view);
  if (!saved) return emptyOrderPanel(method);
  const json = orderJson(saved);
  return {
    saved: json,
    method,
    values: formValuesOf({
      retailer: saved.retailer,
      orderNumber: json?.orderNumber ?? undefined,
      orderDate: saved.order_date,
      protectionDays: saved.protection_days,
      destinationCountry: saved.destination_country,
      shippingMethod: method,
    }),
  };
}

function formValues(body: unknown): OrderFormValues {
  const out: OrderFormValues = {};
  if (typeof body !== 'object' || body === null) return out;
  const record = body as Record<string, unknown>;
  for (const field of ORDER_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') out[field] = value.slice(0, 200);
  }
  return out;
}

async function refusedForm(
  deps: TrackDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  view: TrackView,
  values: OrderFormValues,
  errors: OrderErrors,
) {
  const ctx = pageContext(request, reply);
  const now = new Date(deps.now());
  const [eta, advice, panel] = await Promise.all([
    deps.etaFor?.(view),
    deps.adviceFor?.(view, ctx.locale),
    deps.orders ? orderPanelFor(deps.orders, view) : undefined,
  ]);
  const body = buildTrackPage(view, {
    locale: ctx.locale,
    now,
    ...(eta ? { eta } : {}),
    ...(advice ? { advice } : {}),
    order: { saved: panel?.saved ?? null, method: panel?.method ?? null, values, errors },
  });
  reply.status(400).type(HTML).header('Cache-Control', 'no-store');
  return layout({ ctx, title: ctx.ui.track.title(view.number), body });
}

function crossSitePage(request: FastifyRequest, reply: FastifyReply, number: string) {
  const ctx = pageContext(request, reply);
  const t = ORDER_UI[ctx.locale];
  const code = new TracklineError('TRK_ERR_CROSS_SITE').code;
  reply.status(403).type(HTML);
  return layout({
    ctx,
    title: t.crossSiteTitle,
    body: html`<section class="panel error"><h1>${t.crossSiteTitle}</h1>
<p role="alert">${t.crossSite}</p>
<p class="muted">${ctx.ui.error.code} ${code}</p>
<p><a href="${href(`/track/${encodeURIComponent(number)}`, ctx.locale)}">${t.back}</a></p></section>`,
  });
}

async function viewOf(deps: TrackDeps, number: string): Promise<TrackView> {
  try {
    return await deps.getView(number, { fetchNew: false });
  } catch (error) {
    if (error instanceof Error && error.name === 'NotATrackingNumberError') {
      throw new TracklineError('TRK_ERR_BAD_REQUEST', error.message);
    }
    throw error;
  }
}

function requireOrders(deps: TrackDeps): OrderDeps {
  if (!deps.orders) throw new TracklineError('TRK_ERR_SOURCE_UNAVAILABLE', 'order store');
  return deps.orders;
}

export function registerOrderRoutes(app: FastifyInstance, deps: TrackDeps): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    scope.post<{ Params: { number: string } }>('/track/:number/order', async (request, reply) => {
      const number = request.params.number.slice(0, 100);
      if (!isSameSite(request)) return crossSitePage(request, reply, number);
      const orders = requireOrders(deps);
      const view = await viewOf(deps, number);
      const values = formValues(request.body);
      const checked = parseOrderForm(values, new Date(deps.now()));
      if (!checked.ok) return refusedForm(deps, request, reply, view, values, checked.errors);
      await orders.saveOrder(view.shipment.id, checked.details);
      const { locale } = requestLocale(request);
      return reply.redirect(href(`/track/${encodeURIComponent(view.number)}`, locale), 303);
    });
  });

  app.get<{ Params: { number: string } }>('/api/v1/track/:number/order', async (request) => {
    const orders = requireOrders(deps);
    const view = await viewOf(deps, request.params.number.slice(0, 100));
    return {
      number: view.number,
      order: orderJson(buyerOrder(await orders.ordersOf(view.shipment.id, view.shipment))),
      shippingMethod: shippingMethodOf(view),
    };
  });

  app.put<{ Params: { number: string }; Querystring: { lang?: string } }>(
    '/api/v1/track/:number/order',
    async (request) => {
      const orders = requireOrders(deps);
      const view = await viewOf(deps, request.params.number.slice(0, 100));
      const now = new Date(deps.now());
      const checked = parseOrderJson(request.body, now);
      if (!checked.ok) {
        const fields = Object.entries(checked.errors).map(([f, p]) => `${f} (${p})`);
        throw new TracklineError('TRK_ERR_ORDER_INVALID', checked.issues ?? fields.join(', '));
      }
      const saved = await orders.saveOrder(view.shipment.id, checked.details);
      const locale: Locale = requestLocale(request).locale;
      // The advice is for the parcel as it is now, with its order: read it again.
      const after = deps.adviceFor ? await viewOf(deps, view.number) : undefined;
      const advice = after && deps.adviceFor ? await deps.adviceFor(after, locale) : null;
      const given = checked.details.shippingMethod;
      return {
        number: view.number,
        order: orderJson(saved),
        shippingMethod: given === undefined ? shippingMethodOf(view) : given,
        deadlines: advice?.deadlines ?? [],
      };
    },
  );
}
