/**
 * @module engine/run/track-view
 * The JSON of `GET /api/v1/track/:number`: a shipment with its legs, its events newest
 * first (instant, wall clock as sent and its zone, classification, source, leg, location),
 * last and next check, and the anomalies derivation finds. Registers the number when new.
 * Anomalies are recomputed from the stored events (merge + deriveState; pure, cheap).
 */
import type { Route } from '../../carriers/routing.js';
import type { Scan } from '../../core/eta/index.js';
import type { Milestone, Reason, Status } from '../../core/status/taxonomy.js';
import { deriveState, merge } from '../../core/timeline/index.js';
import type { Anomaly } from '../../core/timeline/types.js';
import { listEvents } from '../../store/events.js';
import { listLegs } from '../../store/legs.js';
import type { LegRole, ShipmentRow } from '../../store/schema.js';
import { rowInput } from '../ingest/rows.js';
import type { Engine } from './context.js';
import { pollNow } from './poller.js';
import { registerNumber } from './register.js';

export interface TrackViewEvent {
  occurredAt: string;
  localTime: string | null;
  zone: string | null;
  description: string;
  status: Status | null;
  milestone: Milestone | null;
  reason: Reason | null;
  source: string;
  legNumber: string;
  location: { raw: string | null; city: string | null; country: string | null } | null;
}

export interface TrackView {
  number: string;
  shipment: {
    id: string;
    status: Status;
    milestone: Milestone | null;
    reason: Reason | null;
    legs: { number: string; carrierId: string; role: LegRole }[];
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

/** Legs in journey order: origin, international, last mile, then aliases. */
const ROLE_ORDER: Readonly<Record<LegRole, number>> = {
  origin: 0,
  international: 1,
  last_mile: 2,
  alias: 3,
};

const iso = (ms: number | null): string | null =>
  ms === null ? null : new Date(Number(ms)).toISOString();

/** Registers `input` when new, then returns its view. Throws NotATrackingNumberError. */
export async function getTrackView(
  engine: Engine,
  input: string,
  opts: TrackViewOptions = {},
): Promise<TrackView> {
  const reg = await registerNumber(engine, input);
  if (reg.created && opts.fetchNew && reg.route.kind === 'source') {
    await pollNow(engine, [reg.leg.id]);
  }
  // The row registration just read is current unless a fetch ran since.
  const fetched = reg.created && opts.fetchNew && reg.route.kind === 'source';
  const view = await shipmentView(engine, reg.leg.shipment_id, fetched ? undefined : reg.shipment);
  if (!view) throw new Error(`shipment of ${reg.detection.normalized} vanished`);
  const sourceId = reg.route.kind === 'source' ? reg.route.sourceId : undefined;
  const demo = sourceId !== undefined && engine.runtimes.get(sourceId)?.source.kind === 'simulator';
  return { number: reg.detection.normalized, shipment: view, route: reg.route, demo };
}

/** The shipment part of the view, or undefined when there is no such shipment. */
export async function shipmentView(
  engine: Engine,
  shipmentId: string,
  row?: ShipmentRow,
): Promise<TrackView['shipment'] | undefined> {
  // A leg may have been merged into another shipment since; follow its legs.
  const shipment =
    row?.id === shipmentId
      ? row
      : await engine.db
          .selectFrom('shipments')
          .selectAll()
          .where('id', '=', shipmentId)
          .executeTakeFirst();
  if (!shipment) return undefined;
  const legs = (await listLegs(engine.db, shipment.id)).sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role],
  );
  const numberOf = new Map(legs.map((l) => [l.id, l.number]));
  const rows = await listEvents(engine.db, shipment.id);
  const timeline = merge(rows.map((r) => rowInput(r, numberOf.get(r.leg_id) ?? '')));
  const derived = deriveState(timeline, engine.now(), {
    ...(shipment.destination_country ? { destinationCountry: shipment.destination_country } : {}),
    ...(shipment.origin_country ? { originCountry: shipment.origin_country } : {}),
  });
  const events = [...rows]
    .sort((a, b) => Number(b.occurred_at) - Number(a.occurred_at) || (a.id < b.id ? 1 : -1))
    .map(
      (r): TrackViewEvent => ({
        occurredAt: new Date(Number(r.occurred_at)).toISOString(),
        localTime: r.local_time,
        zone: r.zone,
        description: r.description,
        status: r.status,
        milestone: r.milestone,
        reason: r.reason,
        source: r.source,
        legNumber: numberOf.get(r.leg_id) ?? '',
        location:
          r.location_raw === null && r.city === null && r.country === null
            ? null
            : { raw: r.location_raw, city: r.city, country: r.country },
      }),
    );
  const view: TrackView['shipment'] = {
    id: shipment.id,
    status: shipment.status,
    milestone: shipment.milestone,
    reason: shipment.reason,
    legs: legs.map((l) => ({ number: l.number, carrierId: l.carrier_id, role: l.role })),
    events,
    lastCheckedAt: iso(shipment.last_checked_at),
    nextCheckAt: iso(shipment.next_check_at),
    deliveredAt: iso(shipment.delivered_at),
    anomalies: derived.anomalies,
    label: shipment.label ?? null,
  };
  ROWS.set(view, shipment);
  return view;
}

/** The stored row each view was built from, so readers of a view need not read it again. */
const ROWS = new WeakMap<TrackView['shipment'], ShipmentRow>();

/** The shipments row `view` was built from (undefined for a view made elsewhere). */
export function shipmentRowOf(view: TrackView['shipment']): ShipmentRow | undefined {
  return ROWS.get(view);
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
