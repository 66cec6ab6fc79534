/**
 * @module core/eta/types
 * The shapes of delivery estimation: what a shipment must tell us (EtaInput, mappable from a
 * DerivedState plus the shipment row), what comes back (Estimate with its Basis), and the
 * anchors estimates are conditioned on (the journey's start or a milestone).
 */
import type { Milestone, Status } from '../status/taxonomy.js';

/** Class of a shipping method; lane statistics are keyed by it. */
export type ServiceClass = 'economy' | 'standard' | 'premium' | 'express' | 'local';

export const SERVICE_CLASSES: readonly ServiceClass[] = [
  'economy',
  'standard',
  'premium',
  'express',
  'local',
];

/**
 * Milestones an undelivered parcel can be estimated from. 'start' is the first carrier scan
 * (or the shipping date when nothing has been scanned yet).
 */
export type Anchor = 'start' | Exclude<Milestone, 'delivered' | 'returning' | 'returned'>;

/** The carrier's (or retailer's) own estimate, shown beside ours and never mixed in. */
export interface SourceEstimate {
  /** ISO date or instant. */
  earliest?: string;
  /** ISO date or instant. */
  latest?: string;
  /** Who said it (source id). */
  source?: string;
}

/** What estimate() needs to know about a shipment. */
export interface EtaInput {
  /** Shipping method: an id of data/shipping-methods.json, its name or an alias. */
  service?: string;
  /** ISO 3166-1 alpha-2. */
  originCountry?: string;
  destinationCountry?: string;
  /** Registry id of the carrier doing the last mile, once known. */
  lastMileCarrier?: string;
  /** When the tracking number was registered (ISO instant). */
  registeredAt?: string;
  /** First carrier scan / shipping date (ISO instant). */
  shippedAt?: string;
  /** As in DerivedState: first instant each milestone was reached. */
  milestonesReached: ReadonlyArray<{ milestone: Milestone; at: string }>;
  status: Status;
  sourceEstimate?: SourceEstimate;
}

/** A delivered shipment, as lane statistics learn from it. */
export interface DeliveredShipment extends EtaInput {
  /** Delivery instant; defaults to the 'delivered' milestone's instant. */
  deliveredAt?: string;
}

export type Confidence = 'high' | 'medium' | 'low';

/** Why we said what we said: plain English in `text`, `key` + `params` for translation. */
export interface Basis {
  kind: 'lane' | 'prior' | 'source';
  /** Translation key, e.g. 'eta.basis.lane.class'. */
  key: string;
  params: Record<string, string | number>;
  text: string;
  /** Parcels behind a lane estimate. */
  sampleSize?: number;
  /** Typical door-to-door band in days (10th–90th percentile) behind the estimate. */
  days?: { min: number; max: number };
  /** What the window is conditioned on. */
  from: Anchor;
  /** The parcel is already later than nearly all comparable parcels at this stage. */
  overdue?: boolean;
}

/** An 80% delivery window (10th–90th percentile) and its median. */
export interface Estimate {
  /** ISO instants. earliest ≤ likely ≤ latest, never before `now`. */
  earliest: string;
  likely: string;
  latest: string;
  confidence: Confidence;
  basis: Basis;
  sourceEstimate?: SourceEstimate;
}
