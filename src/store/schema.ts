/**
 * @module store/schema
 * The Kysely `Database` interface: one table type per table of DESIGN §5 plus what the engine
 * needs (webhook inbox, source state, poll schedule). Column names are the SQL names.
 *
 * Time: every instant is an integer of epoch milliseconds UTC (`bigint` column; SQLite
 * INTEGER). Integers sort and compare the same on SQLite and PostgreSQL, need no collation
 * and no timezone handling, and `Date.now()` is the natural `now`. Original wall-clock text
 * from a carrier is kept separately as text (`events.local_time`, `events.zone`).
 * Booleans are integers 0/1 on both databases (SQLite has no boolean); JSON is text.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Milestone, OrderStatus, Reason, Status } from '../core/status/taxonomy.js';

/** Epoch milliseconds, UTC. */
export type EpochMs = number;

export type LegRole = 'origin' | 'international' | 'last_mile' | 'alias';
export type LegSource = 'user' | 'carrier' | 'detection';
export type InboxStatus = 'pending' | 'done' | 'failed';
export type CircuitState = 'open' | 'closed' | 'half_open';

export interface ShipmentsTable {
  /** `shp_…` */
  id: string;
  status: Status;
  milestone: Milestone | null;
  reason: Reason | null;
  status_since: EpochMs | null;
  last_event_at: EpochMs | null;
  last_checked_at: EpochMs | null;
  next_check_at: EpochMs | null;
  delivered_at: EpochMs | null;
  /** ISO 3166-1 alpha-2. */
  origin_country: string | null;
  destination_country: string | null;
  /** Shipping method, e.g. 'AliExpress Standard Shipping'. */
  service: string | null;
  retailer: string | null;
  eta_earliest: EpochMs | null;
  eta_likely: EpochMs | null;
  eta_latest: EpochMs | null;
  /** How the ETA was made, e.g. 'lane:CN-FR:standard' or 'prior'. */
  eta_basis: string | null;
  /** The buyer's own name for the parcel (import); optional so older rows need none. */
  label?: string | null;
  created_at: EpochMs;
  updated_at: EpochMs;
}

/**
 * A tracking number of a shipment. Carriers recycle numbers (an S10 number comes back after
 * a year or so), so a number is unique per carrier *within a reuse window*, modelled by
 * `generation`: the first parcel seen with (carrier, number) is generation 0; when the same
 * number shows up again after the latest generation's parcel is finished and older than
 * the reuse window, the engine registers generation + 1 (see `legs.nextGeneration`).
 * UNIQUE (carrier_id, number, generation) keeps each window to one leg; lookups by number
 * take the highest generation.
 */
export interface LegsTable {
  /** `leg_…` */
  id: string;
  shipment_id: string;
  /** Normalized tracking number (uppercase, no spaces). */
  number: string;
  /** Registry id of the carrier, or of the source when the carrier is not known yet. */
  carrier_id: string;
  generation: Generated<number>;
  role: LegRole;
  learned_from: LegSource;
  first_seen_at: EpochMs;
}

export interface EventsTable {
  /** `evt_…` */
  id: string;
  shipment_id: string;
  leg_id: string;
  /** Source id that reported it ('cainiao', 'sim', …). */
  source: string;
  /** The instant, epoch ms UTC. */
  occurred_at: EpochMs;
  /** The wall-clock text as the source sent it ('2026-11-02 14:05:00'). */
  local_time: string | null;
  /** IANA zone or fixed offset used to read local_time ('Asia/Shanghai', '+08:00'). */
  zone: string | null;
  /** 0..1: 1 when the source gave an offset, lower when the zone was inferred. */
  zone_confidence: number | null;
  location_raw: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  code: string | null;
  description: string;
  language: string | null;
  /** null = unclassified: it never moves a parcel's status. */
  status: Status | null;
  milestone: Milestone | null;
  reason: Reason | null;
  confidence: number;
  rule: string;
  /** Unique: ingesting the same event twice is a no-op. */
  dedupe_key: string;
  fetched_at: EpochMs;
}

export interface OrdersTable {
  /** `ord_…` */
  id: string;
  retailer: string;
  order_number: string;
  store: string | null;
  status: OrderStatus | null;
  /** JSON array text. */
  items: ColumnType<string, string | undefined, string>;
  /** Exact decimal as text ('23.45'); money never goes through a float. */
  amount: string | null;
  /** ISO 4217. */
  currency: string | null;
  order_date: EpochMs | null;
  protection_days: number | null;
  destination_country: string | null;
  created_at: EpochMs;
}

export interface OrderShipmentsTable {
  order_id: string;
  shipment_id: string;
}

export interface WebhookInboxTable {
  /** `whk_…` */
  id: string;
  source: string;
  received_at: EpochMs;
  /** JSON object text. */
  headers: string;
  body: string;
  status: InboxStatus;
  attempts: Generated<number>;
  /** Worker holding the claim; a claim past claimed_until may be taken again. */
  claimed_by: string | null;
  claimed_until: EpochMs | null;
  processed_at: EpochMs | null;
  error: string | null;
}

export interface SourceStateTable {
  source_id: string;
  /** 0/1 */
  healthy: number;
  last_success_at: EpochMs | null;
  last_error_at: EpochMs | null;
  last_error: string | null;
  quota_left: number | null;
  quota_resets_at: EpochMs | null;
  circuit: CircuitState;
  circuit_until: EpochMs | null;
  next_allowed_at: EpochMs | null;
  updated_at: EpochMs;
}

/** One row per leg being polled; removing the row stops polling. */
export interface PollScheduleTable {
  leg_id: string;
  source_id: string;
  due_at: EpochMs;
  /** Higher runs first among due polls (e.g. 10 for "refresh now"). */
  priority: number;
  lease_owner: string | null;
  lease_until: EpochMs | null;
  /** Failed attempts in a row (reset by complete). */
  attempts: Generated<number>;
  last_result: string | null;
}

/**
 * Lane statistics learned from delivered parcels: per lane key (core/eta/lanes.ts), anchor
 * ('total', or the milestone timed from) and 10-day period of delivery, a duration sketch.
 */
export interface LaneStatsTable {
  lane: string;
  anchor: string;
  /** Start of the delivery period, epoch ms. */
  period_start: EpochMs;
  /** Durations in the sketch. */
  n: number;
  /** JSON text of a core/eta SketchJSON. */
  sketch: string;
  updated_at: EpochMs;
}

/** Shipments already counted in lane_stats (each is learned from once). */
export interface LaneStatsLearnedTable {
  shipment_id: string;
  lane: string;
  period_start: EpochMs;
  learned_at: EpochMs;
}

/**
 * A shipment's stored read model (see store/views): JSON of its legs, events newest first and
 * anomalies, rebuilt whenever they change; a missing row is rebuilt on read.
 */
export interface ShipmentViewsTable {
  shipment_id: string;
  body: string;
  built_at: EpochMs;
}

export interface Database {
  shipments: ShipmentsTable;
  legs: LegsTable;
  events: EventsTable;
  orders: OrdersTable;
  order_shipments: OrderShipmentsTable;
  webhook_inbox: WebhookInboxTable;
  source_state: SourceStateTable;
  poll_schedule: PollScheduleTable;
  lane_stats: LaneStatsTable;
  lane_stats_learned: LaneStatsLearnedTable;
  shipment_views: ShipmentViewsTable;
}

/** `label` stays optional here too, so rows built by hand (tests, older code) need none. */
export type ShipmentRow = Omit<Selectable<ShipmentsTable>, 'label'> & { label?: string | null };
export type NewShipmentRow = Insertable<ShipmentsTable>;
export type ShipmentUpdate = Updateable<ShipmentsTable>;
export type LegRow = Selectable<LegsTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
export type OrderRow = Selectable<OrdersTable>;
export type InboxRow = Selectable<WebhookInboxTable>;
export type SourceStateRow = Selectable<SourceStateTable>;
export type PollRow = Selectable<PollScheduleTable>;
