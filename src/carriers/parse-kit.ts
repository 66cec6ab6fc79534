/**
 * @module carriers/parse-kit
 * Pure pieces the hand-written payload readers share (AfterShip, Cainiao, DHL, La Poste,
 * 17TRACK): narrowing `unknown` JSON to records and trimmed strings, the ISO timestamp most
 * of them send and its offset in `±HH:MM`, and the messages every reader writes the same way
 * (an event skipped for want of a time, codes missing from the source's table). What each
 * source makes of its fields stays in its own parse.ts.
 */
import { COUNTRY_ZONE } from '../core/timeline/zones-data.js';
import type { CarrierMessage, SourceEvent, SourceTime } from './types.js';

export type Rec = Readonly<Record<string, unknown>>;

export const isRec = (v: unknown): v is Rec =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string with something in it, trimmed; undefined otherwise. */
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
export const rec = (v: unknown): Rec | undefined => (isRec(v) ? v : undefined);
/** The records of an array (anything else in it dropped); [] for a non-array. */
export const recs = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);

/** A two-letter country code (any case, trimmed) → upper case; undefined for anything else. */
export const countryCode = (v: unknown): string | undefined => {
  const c = str(v)?.toUpperCase();
  return c && /^[A-Z]{2}$/.test(c) ? c : undefined;
};

/** Date and time to the minute at least, then an optional `Z` or `±HH[:]MM` offset. */
export const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** `Z`, `+0800` or `+08:00` (as matched by ISO_DATE_TIME) → `+00:00` / `+08:00`. */
export const isoOffset = (off: string): string =>
  off === 'Z' ? '+00:00' : `${off.slice(0, 3)}:${off.slice(-2)}`;

/** A local time with the source's offset when it sent one, else the zone when known. */
export function localTime(local: string, offset: string | undefined, zone?: string): SourceTime {
  if (offset) return { local, offset: isoOffset(offset) };
  return zone ? { local, zone } : { local };
}

/** The warning for an event dropped because its time could not be read. */
export function skippedEvent(
  /** What was skipped, e.g. 'an event without a readable date'. */
  what: string,
  description: string,
  trackingNumber: string,
): CarrierMessage {
  return {
    level: 'warning',
    code: 'partial',
    message: `${what} was skipped: ${description.slice(0, 80)}`,
    trackingNumber,
  };
}

/** An event with the source's code, when it sent one; codes `isKnown` refuses go to `unknown`. */
export function codedEvent(
  trackingNumber: string,
  time: SourceTime,
  description: string,
  code: string | undefined,
  isKnown: (code: string) => boolean,
  unknown: Set<string>,
): SourceEvent {
  const event: SourceEvent = { trackingNumber, time, description };
  if (code) {
    event.code = code;
    if (!isKnown(code)) unknown.add(code);
  }
  return event;
}

/** One `unknown_code` warning per code, worded `unknown <what> <code>`. */
export function unknownCodeWarnings(
  unknown: Iterable<string>,
  what: string,
  trackingNumber: string,
): CarrierMessage[] {
  return [...unknown].map((code) => ({
    level: 'warning',
    code: 'unknown_code',
    message: `unknown ${what} ${code}`,
    trackingNumber,
  }));
}

/** The zone of a single-zone country (ISO alpha-2), when the table has one. */
export const zoneOfCountry = (country: string | undefined): string | undefined =>
  country ? COUNTRY_ZONE[country] : undefined;
