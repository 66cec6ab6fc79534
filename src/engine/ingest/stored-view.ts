/**
 * @module engine/ingest/stored-view
 * What a shipment's stored read model holds (store/views): its legs in journey order, its
 * events newest first as the page and API show them, and the anomalies derivation finds,
 * with the countries they were derived for. Built from rows in one place, so the view that
 * ingestion stores and the one a reader rebuilds are the same by construction.
 */
import type { Milestone, Reason, Status } from '../../core/status/taxonomy.js';
import { deriveState, merge } from '../../core/timeline/index.js';
import type { Anomaly } from '../../core/timeline/types.js';
import type { EventRow, LegRole, LegRow } from '../../store/schema.js';
import { rowInput } from './rows.js';

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

export interface ViewLeg {
  number: string;
  carrierId: string;
  role: LegRole;
}

/** The part of a tracking view that changes only with legs and events. */
export interface StoredView {
  legs: ViewLeg[];
  events: TrackViewEvent[];
  anomalies: Anomaly[];
  /** The countries the anomalies were derived for (a change means: derive again). */
  origin: string | null;
  destination: string | null;
}

/** Legs in journey order: origin, international, last mile, then aliases. */
const ROLE_ORDER: Readonly<Record<LegRole, number>> = {
  origin: 0,
  international: 1,
  last_mile: 2,
  alias: 3,
};

function byLearned(a: LegRow, b: LegRow): number {
  return (
    Number(a.first_seen_at) - Number(b.first_seen_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The view of `legs` and `rows` (any order), for a shipment between these countries.
 * `anomalies`, when the caller has just derived them from the same events (ingestion has),
 * saves merging the timeline again.
 */
export function buildStoredView(
  legs: readonly LegRow[],
  rows: readonly EventRow[],
  countries: { origin: string | null; destination: string | null },
  anomalies?: Anomaly[],
): StoredView {
  const ordered = [...legs].sort(byLearned).sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const numberOf = new Map(ordered.map((l) => [l.id, l.number]));
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
  return {
    legs: ordered.map((l) => ({ number: l.number, carrierId: l.carrier_id, role: l.role })),
    events,
    anomalies: anomalies ?? anomaliesOf(rows, numberOf, countries),
    origin: countries.origin,
    destination: countries.destination,
  };
}

function anomaliesOf(
  rows: readonly EventRow[],
  numberOf: ReadonlyMap<string, string>,
  countries: { origin: string | null; destination: string | null },
): Anomaly[] {
  const timeline = merge(rows.map((r) => rowInput(r, numberOf.get(r.leg_id) ?? '')));
  // Anomalies depend on the events and countries only; `now` is not read for them.
  return deriveState(timeline, 0, {
    ...(countries.destination ? { destinationCountry: countries.destination } : {}),
    ...(countries.origin ? { originCountry: countries.origin } : {}),
  }).anomalies;
}

/** A stored view's JSON back, or undefined when it is not one (then: rebuild it). */
export function parseStoredView(body: string): StoredView | undefined {
  try {
    const v = JSON.parse(body) as Partial<StoredView> | null;
    if (!v || !Array.isArray(v.legs) || !Array.isArray(v.events) || !Array.isArray(v.anomalies)) {
      return undefined;
    }
    return v as StoredView;
  } catch {
    return undefined;
  }
}
