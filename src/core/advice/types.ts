/**
 * @module core/advice/types
 * What advise() takes (a shipment's derived state, the buyer's order, options) and what it
 * gives back (level, headline, explanation, actions, deadlines, templates, contacts).
 */
import type { Milestone, Reason, Status } from '../status/taxonomy.js';
import type { ChecklistKey, HeadlineKey, NoteKey, TemplateKey } from './keys.js';

export type Level = 'fine' | 'watch' | 'act';

/** A place seen in the tracking events. Countries are ISO 3166-1 alpha-2. */
export interface AdvicePlace {
  country?: string;
  city?: string;
}

/** What advice needs to know about a parcel (mostly the timeline's DerivedState). */
export interface AdviceShipment {
  trackingNumber: string;
  /** False when no source knows the number yet. */
  found: boolean;
  status: Status | null;
  milestone: Milestone | null;
  reason: Reason | null;
  /** Instant the current status began. */
  since: string | null;
  lastEventAt: string | null;
  milestonesReached: readonly { milestone: Milestone; at: string }[];
  /** ms from the newest event to now; null without events. */
  stalledFor: number | null;
  originCountry?: string;
  /** Destination the carrier reports (may differ from the order's). */
  destinationCountry?: string;
  /** Countries and cities seen in the events, oldest first; the last one stands in for
   * lastPlace when that is missing. */
  eventCountries?: readonly string[];
  eventCities?: readonly string[];
  /** Where the newest located event happened. */
  lastPlace?: AdvicePlace;
  /** Carrier id (data/carriers.json) of the leg the buyer follows. */
  carrier?: string;
  lastMileNumber?: string;
  lastMileCarrier?: string;
  /** When the tracking number was issued / first registered with us (instants). */
  trackingIssuedAt?: string;
  registeredAt?: string;
  /** Typo suggestions (core/numbers suggest()) for a number nobody knows. */
  suggestions?: readonly string[];
  /** 90th percentile of time spent at this stage on this lane, when lane statistics exist. */
  laneStageP90Ms?: number;
  /** Last day to collect, when the source states it (ISO date or instant). */
  pickupDeadline?: string;
  /** Days this carrier holds a parcel for collection, when known. */
  pickupHoldDays?: number;
  deliveredAt?: string;
}

/** The buyer's order at the retailer. */
export interface AdviceOrder {
  retailer: string;
  orderNumber: string;
  /** ISO date ('2026-03-01') or instant. */
  orderDate: string;
  /** Buyer-protection days counted from the order date. */
  protectionDays: number;
  destinationCountry: string;
  destinationCity?: string;
  /** IANA zone of the buyer; deadlines fall back to UTC (and say so) without it. */
  buyerZone?: string;
  store?: string;
  confirmedReceipt?: boolean;
  disputeOpened?: boolean;
  /** Closed by the retailer (refund issued, receipt accepted, …). */
  closed?: boolean;
  /** Order numbers of other orders travelling under the same tracking number. */
  otherOrdersSharingNumber?: readonly string[];
  /** Other tracking numbers of this order (split order). */
  otherNumbersForOrder?: readonly string[];
  /** Days after delivery to open a dispute for this order type (default 15; up to 45). */
  disputeWindowDays?: number;
}

/** Silence thresholds in days, per stage. */
export interface SilenceThresholds {
  /** Label only, no carrier scan yet: watch after this. */
  noHandoverDays: number;
  /** Picked up, still in the origin country. */
  originDays: number;
  /** International transit: watch after this… */
  transitDays: number;
  /** …act after this (seed: economy lines usually arrive within 30 days of such a status). */
  transitActDays: number;
  /** Import customs without news: watch after this… */
  customsDays: number;
  /** …and, when customs holds the parcel, act after this. */
  customsActDays: number;
  /** Arrived in the destination country: check the local carrier after this… */
  destinationDays: number;
  /** …and act after this. */
  destinationActDays: number;
}

export interface AdviceOptions {
  /** The buyer says the parcel never reached them. */
  notReceived?: boolean;
  /** Days after delivery to open a dispute when the order does not say (default 15). */
  disputeWindowDays?: number;
  /** Reminders this many days before the last day to open a dispute (default [7, 3]). */
  warnDays?: readonly number[];
  /** Days a pickup point holds a parcel when nothing more precise is known (default 15). */
  pickupHoldDays?: number;
  /** Hours a new number may take to show its first scan (default 72). */
  activationHours?: number;
  thresholds?: Partial<SilenceThresholds>;
}

export interface AdviceItem {
  key: string;
  text: string;
}

export interface AdviceDeadline {
  key: string;
  /** Calendar date (YYYY-MM-DD) in the buyer's zone. */
  date: string;
  /** Whole calendar days from today (buyer's zone) to the date; negative once passed. */
  daysLeft: number;
  text: string;
}

export interface AdviceTemplate {
  key: TemplateKey;
  subject?: string;
  body: string;
}

export type ContactKind = 'carrier' | 'post_office' | 'customs' | 'seller' | 'retailer';

export interface AdviceContact {
  kind: ContactKind;
  name: string;
  phone?: string;
  email?: string;
  url?: string;
  country?: string;
}

export interface AdviceChecklist {
  key: ChecklistKey;
  items: AdviceItem[];
}

export interface Advice {
  level: Level;
  /** The rule that decided the headline. */
  rule: HeadlineKey;
  headline: string;
  explanation: string;
  actions: AdviceItem[];
  deadlines: AdviceDeadline[];
  templates: AdviceTemplate[];
  contacts: AdviceContact[];
  checklists: AdviceChecklist[];
  notes: { key: NoteKey; text: string }[];
  /** Zone the deadlines are in, and whether it was assumed (UTC) for want of one. */
  zone: string;
  zoneAssumed: boolean;
  /** Every rule that matched (primary first), for debugging and tests. */
  matched: string[];
}
