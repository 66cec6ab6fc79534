/**
 * @module core/timeline/types
 * The shapes of the timeline engine: an already-classified event as it enters
 * (TimelineInput), how its wall clock became an instant (ResolvedTime), a merged event with
 * the provenance of every reporter (TimelineEvent), the derived state of a shipment
 * (DerivedState) and a request to link a new leg (LinkRequest).
 */
import type { Classification, ParsedLocation, RawEvent } from '../events.js';
import type { Milestone, Reason, Status } from '../status/taxonomy.js';

/** The time of a scan as the source gave it. */
export interface EventTime {
  /** Wall clock as sent: '2024-03-05 14:22:10', '2024-03-05T14:22', '05/03/2024 14:22'. */
  local: string;
  /** Offset the source sent with it: '+08:00', 'GMT+8', 'UTC-3', 'Z'. */
  offset?: string;
  /** IANA zone the source states its times are in (e.g. Correios: America/Sao_Paulo). */
  zone?: string;
  /** Only when the source gives a true instant (epoch ms). */
  epochMs?: number;
  /** Carrier/source default zone, used only when neither the source nor the place tells. */
  defaultZone?: string;
}

/** One scan, already classified, as it enters the timeline engine. */
export interface TimelineInput extends RawEvent {
  /** The tracking number (leg) that reported it. */
  legNumber: string;
  source: string;
  time: EventTime;
  place?: ParsedLocation;
  classification: Classification;
  /** When we fetched it (ISO instant). */
  fetchedAt?: string;
}

/** How sure we are of the zone used to turn the wall clock into an instant, best first. */
export type ZoneConfidence =
  | 'source'
  | 'location-city'
  | 'location-country'
  | 'carrier-default'
  | 'unknown';

/** A wall clock turned into an instant, with what was used and how sure we are. */
export interface ResolvedTime {
  /** UTC ISO instant. With zoneConfidence 'unknown' it only orders events (see note). */
  instant: string;
  epochMs: number;
  /** The wall clock exactly as sent. */
  localTime: string;
  /** IANA zone or fixed offset ('UTC+08:00') used; null when nothing was known. */
  zone: string | null;
  /** Offset in effect at the instant ('+08:00'); null when nothing was known. */
  offset: string | null;
  zoneConfidence: ZoneConfidence;
  /** Plain words on anything special: DST gap/overlap, multi-zone guess, unknown zone. */
  note?: string;
  /** Set when the wall clock could not be read: the event sorts first, its time means nothing. */
  unreadable?: true;
}

/** One source/number that reported a merged event. `input` is kept so merge can re-run. */
export interface Reporter {
  /** Dedupe key of this report alone (leg, source, wall clock, code, text, place). */
  key: string;
  source: string;
  legNumber: string;
  /** The reporter's own text, untouched. */
  description: string;
  fetchedAt: string | null;
  /** What this reporter's own time resolved to. */
  at: ResolvedTime;
  /** The report exactly as it entered merge. */
  input: TimelineInput;
}

/** One event of the merged timeline. Top-level fields are those of the best reporter. */
export interface TimelineEvent extends TimelineInput {
  /** Stable dedupe key: the smallest reporter key of the group (independent of input order). */
  key: string;
  at: ResolvedTime;
  /** Every reporter, in a deterministic order. */
  provenance: Reporter[];
}

/** Options of merge(). */
export interface MergeOptions {
  /** Largest gap between two reports of one scan (ms). Default 90 minutes. */
  toleranceMs?: number;
  /** Smallest token similarity (0..1) for two texts to be the same scan. Default 0.5. */
  minSimilarity?: number;
  /** Default zone per carrier or source id, used like EventTime.defaultZone. */
  defaultZones?: Readonly<Record<string, string>>;
}

/** Kinds of anomaly deriveState reports. */
export type AnomalyKind =
  | 'after_delivered'
  | 'after_returned'
  | 'return_after_delivery'
  | 'delivered_wrong_country'
  | 'impossible_speed';

export interface Anomaly {
  kind: AnomalyKind;
  eventKey: string;
  message: string;
}

export interface MilestoneReached {
  milestone: Milestone;
  /** UTC ISO instant of the first event that reached it. */
  at: string;
}

/** The state of a shipment derived from its timeline at `now`. */
export interface DerivedState {
  status: Status;
  milestone: Milestone | null;
  reason: Reason | null;
  /** Instant the current status began; null when pending. */
  since: string | null;
  /** Instant of the newest event of any kind; null without events. */
  lastEventAt: string | null;
  location: ParsedLocation | null;
  /** Whole days from the first movement to delivery/return (or to now); null before movement. */
  daysInTransit: number | null;
  milestonesReached: MilestoneReached[];
  /** ms from the newest event to now; null without events. */
  stalledFor: number | null;
  anomalies: Anomaly[];
}

export interface DeriveOptions {
  /** ISO 3166-1 alpha-2 of the destination; enables the wrong-country delivery check. */
  destinationCountry?: string;
  originCountry?: string;
}

/** An event that names another tracking number: a leg to link. */
export interface LinkRequest {
  /** Normalized number (uppercase, no spaces or dashes). */
  number: string;
  /** Kebab-case carrier id when the text names the carrier. */
  carrierHint?: string;
  fromEventKey: string;
}
