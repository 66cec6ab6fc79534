/**
 * @module engine/run/track-view
 * The JSON of `GET /api/v1/track/:number`: a shipment with its legs, its events newest
 * first (instant, wall clock as sent and its zone, classification, source, leg, location),
 * last and next check, and the anomalies derivation finds. Registers the number when new.
 *
 * A known number costs one query (store/views `readTrack`): the shipment row with its stored
 * view, which ingestion keeps current. A missing view (older data, or legs or events changed
 * outside ingestion) is rebuilt from the rows under the shipment's lock and stored.
 */
import type { Route } from '../../carriers/routing.js';
import type { Scan } from '../../core/eta/index.js';
import type { Milestone, Reason, Status } from '../../core/status/taxonomy.js';
import type { Anomaly } from '../../core/timeline/types.js';
import { withTransaction } from '../../store/db.js';
import { listEvents } from '../../store/events.js';
import { listLegs } from '../../store/legs.js';
import type { ShipmentRow } from '../../store/schema.js';
import { lockShipments } from '../../store/shipments.js';
import { readTrack, writeViews } from '../../store/views.js';
import {
  buildStoredView,
  parseStoredView,
  type StoredView,
  type TrackViewEvent,
  type ViewLeg,
} from '../ingest/stored-view.js';
import type { Engine } from './context.js';
import { pollNow } from './poller.js';
import { registerNumber, resumePolling, routeNumber } from './register.js';

export type { TrackViewEvent } from '../ingest/stored-view.js';

export interface TrackView {
  number: string;
  shipment: {
    id: string;
    status: Status;
    milestone: Milestone | null;
    reason: Reason | null;
    legs: ViewLeg[];
    events: TrackViewEvent[];
    lastCheckedAt: string | null;
    nextCheckAt: string | null;
    deliveredAt: string | null;
    anomalies: Anomaly[];
    /** The buyer's own name for the parcel (from `trackline import`), when given. */
    label?: string | null;
  };
  /** Which source tracks it, or why none can (with the carrier's official link). */
  route: Route;
  /** True when the data comes from the built-in simulator (demo data). */
  demo: boolean;
}

export interface TrackViewOptions {
  /** Fetch a newly registered number before answering (default false: the loop will). */
  fetchNew?: boolean;
}

const iso = (ms: number | null): string | null =>
  ms === null ? null : new Date(Number(ms)).toISOString();

function isDemo(engine: Engine, route: Route): boolean {
  return (
    route.kind === 'source' && engine.runtimes.get(route.sourceId)?.source.kind === 'simulator'
  );
}

/** Registers `input` when new, then returns its view. Throws NotATrackingNumberError. */
export async function getTrackView(
  engine: Engine,
  input: string,
  opts: TrackViewOptions = {},
): Promise<TrackView> {
  const { detection, number, route } = routeNumber(engine, input);
  const stored = await readTrack(engine.db, number);
  if (stored) {
    if (!stored.polled) await resumePolling(engine, stored.legId, stored.shipment, route);
    const view = await shipmentView(engine, stored.shipment.id, stored.shipment, stored.body);
    if (!view) throw new Error(`shipment of ${number} vanished`);
    if (!stored.hasOrders) NO_ORDERS.add(view);
    return { number, shipment: view, route, demo: isDemo(engine, route) };
  }
  const reg = await registerNumber(engine, input);
  if (reg.created && opts.fetchNew && reg.route.kind === 'source') {
    await pollNow(engine, [reg.leg.id]);
  }
  // The row registration just read is current unless a fetch ran since.
  const fetched = reg.created && opts.fetchNew && reg.route.kind === 'source';
  const view = await shipmentView(engine, reg.leg.shipment_id, fetched ? undefined : reg.shipment);
  if (!view) throw new Error(`shipment of ${detection.normalized} vanished`);
  return {
    number: detection.normalized,
    shipment: view,
    route: reg.route,
    demo: isDemo(engine, reg.route),
  };
}

/**
 * The shipment part of the view, or undefined when there is no such shipment. `row` and
 * `body` are the shipment row and stored view already read, when the caller has them.
 */
export async function shipmentView(
  engine: Engine,
  shipmentId: string,
  row?: ShipmentRow,
  body?: string | null,
): Promise<TrackView['shipment'] | undefined> {
  let shipment = row?.id === shipmentId ? row : undefined;
  let stored = body ? parseStoredView(body) : undefined;
  if (!shipment || !stored || !sameCountries(stored, shipment)) {
    const rebuilt = await rebuildView(engine, shipmentId);
    if (!rebuilt) return undefined;
    shipment = rebuilt.shipment;
    stored = rebuilt.view;
  }
  const view: TrackView['shipment'] = {
    id: shipment.id,
    status: shipment.status,
    milestone: shipment.milestone,
    reason: shipment.reason,
    legs: stored.legs,
    events: stored.events,
    lastCheckedAt: iso(shipment.last_checked_at),
    nextCheckAt: iso(shipment.next_check_at),
    deliveredAt: iso(shipment.delivered_at),
    anomalies: stored.anomalies,
    label: shipment.label ?? null,
  };
  ROWS.set(view, shipment);
  return view;
}

/** The anomalies were derived for the countries the shipment has now. */
function sameCountries(view: StoredView, row: ShipmentRow): boolean {
  return (
    (view.origin ?? null) === (row.origin_country ?? null) &&
    (view.destination ?? null) === (row.destination_country ?? null)
  );
}

/**
 * Builds a shipment's view from its rows and stores it, under the shipment's lock, so that
 * an ingestion running at the same time cannot be overwritten with older events.
 */
async function rebuildView(
  engine: Engine,
  shipmentId: string,
): Promise<{ shipment: ShipmentRow; view: StoredView } | undefined> {
  return withTransaction(engine.db, async (trx) => {
    const [shipment] = await lockShipments(trx, [shipmentId]);
    if (!shipment) return undefined;
    const legs = await listLegs(trx, shipmentId);
    const rows = await listEvents(trx, shipmentId);
    const view = buildStoredView(legs, rows, {
      origin: shipment.origin_country,
      destination: shipment.destination_country,
    });
    await writeViews(trx, [
      { shipment_id: shipmentId, body: JSON.stringify(view), built_at: engine.now() },
    ]);
    return { shipment, view };
  });
}

/** The stored row each view was built from, so readers of a view need not read it again. */
const ROWS = new WeakMap<TrackView['shipment'], ShipmentRow>();
/** Views whose shipment had no order when read: their readers need not look for one. */
const NO_ORDERS = new WeakSet<TrackView['shipment']>();

/** The shipments row `view` was built from (undefined for a view made elsewhere). */
export function shipmentRowOf(view: TrackView['shipment']): ShipmentRow | undefined {
  return ROWS.get(view);
}

/** True when the read that made `view` found no order linked to its shipment. */
export function knownWithoutOrders(view: TrackView['shipment']): boolean {
  return NO_ORDERS.has(view);
}

/** A view's events as the scans estimates read, oldest first (the view lists newest first). */
export function viewScans(view: TrackView['shipment']): Scan[] {
  const out: Scan[] = [];
  for (let i = view.events.length - 1; i >= 0; i--) {
    const e = view.events[i]!;
    const country = e.location?.country ?? null;
    out.push({ at: e.occurredAt, status: e.status, milestone: e.milestone, country });
  }
  return out;
}
