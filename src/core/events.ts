/**
 * @module core/events
 * The shapes an event takes on its way through the core: what a source said (RawEvent),
 * what the classifier made of it (Classification) and where it happened (ParsedLocation).
 */
import type { Milestone, Reason, Status } from './status/taxonomy.js';

/** One scan as a carrier source reported it, before any interpretation. */
export interface RawEvent {
  /** Source id that reported it: 'cainiao', '17track', 'sim', 'dhl', … */
  source?: string;
  /** Carrier id of the leg (registry id), when known. */
  carrier?: string;
  /** The source's own event code, when it sends one (e.g. 'EMI', 'GTMS_SIGNED', 'DL'). */
  code?: string;
  /** The source's text, untouched. */
  description: string;
  /** The location text as sent ("SHENZHEN, CN", "CORREOS - MADRID"). */
  location?: string;
  /** BCP 47 language of the description when the source says (or we know) it. */
  language?: string;
}

/** What the classifier concluded. status === null means unclassified: it never moves a parcel. */
export interface Classification {
  status: Status | null;
  milestone: Milestone | null;
  reason: Reason | null;
  /** 0..1: 1 for an unambiguous code, lower for text rules and guesses. */
  confidence: number;
  /** Which rule decided, e.g. 'upu:EMI' or 'text:en:delivered'. 'none' when unclassified. */
  rule: string;
}

/** A place parsed from carrier location text. */
export interface ParsedLocation {
  raw: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2, uppercase. */
  country?: string;
}
