/**
 * @module carriers/sim/wire
 * The simulator's HTTP answer shapes (documented in README.md). The server builds them and
 * parse.ts reads them; parse still validates, because a fault can send anything.
 */

export const SIM_API_VERSION = 1;

export interface WireEvent {
  /** Local wall clock where the scan happened, 'yyyy-MM-dd HH:mm:ss'. */
  time: string;
  /** UTC offset in force there and then, '+02:00'. */
  utcOffset: string;
  /** IANA zone of the scan. */
  zone: string;
  code: string;
  description: string;
  /** BCP 47 language of `description`. */
  language: string;
  location: string;
}

export interface WireLink {
  number: string;
  carrier: string;
  carrierName: string;
  role: 'origin' | 'international' | 'last_mile';
}

export interface WireFound {
  number: string;
  found: true;
  carrier: string;
  carrierName: string;
  service: string;
  serviceName: string;
  origin: string;
  destination: string;
  /** The simulator's own delivery window for the parcel (local dates). */
  estimate: { earliest: string; latest: string };
  /** Numbers the parcel continues under, once the hand-off has happened. */
  links: WireLink[];
  /** Newest first. */
  events: WireEvent[];
}

export interface WireNotFound {
  number: string;
  found: false;
  reason: 'unknown_number' | 'no_events_yet' | 'invalid_number';
}

export type WireItem = WireFound | WireNotFound;

export interface WireTrackResponse {
  simulator: 'trackline-sim';
  version: typeof SIM_API_VERSION;
  /** The simulator's clock when it answered (ISO 8601, UTC). */
  clock: string;
  items: WireItem[];
}
