/**
 * @module core/timeline/plausibility
 * Could a parcel have moved between two located scans in the time between them? Distances
 * are between country centroids (geo.ts), so 500 km are forgiven for where in the country
 * the scans really were, and an hour is added when either time rests on a guessed zone.
 * Faster than 1,000 km/h (no cargo flight is), or a jump between continents within an
 * hour, is impossible.
 */
import { continentOf, countryDistanceKm } from './geo.js';

/** A scan with a known country and a usable instant. */
export interface LocatedScan {
  country: string;
  epochMs: number;
  /** True when the instant rests on a country-level or carrier-default zone guess. */
  weakZone: boolean;
}

const MAX_KMH = 1000;
const PLACE_SLACK_KM = 500;
const HOUR_MS = 3_600_000;

/** A plain-words message when going from `a` to `b` is impossible; null when plausible. */
export function speedAnomaly(a: LocatedScan, b: LocatedScan): string | null {
  if (a.country === b.country) return null;
  const km = countryDistanceKm(a.country, b.country);
  if (km === null || km <= PLACE_SLACK_KM) return null;
  const hours = Math.abs(b.epochMs - a.epochMs) / HOUR_MS + (a.weakZone || b.weakZone ? 1 : 0);
  const kmh = (km - PLACE_SLACK_KM) / Math.max(hours, 1 / 60);
  const ca = continentOf(a.country);
  const cb = continentOf(b.country);
  const jump = ca !== undefined && cb !== undefined && ca !== cb && hours < 1;
  if (kmh <= MAX_KMH && !jump) return null;
  const h = hours.toFixed(1);
  return `${a.country} → ${b.country} (${Math.round(km)} km) in ${h} h is not possible; scan ignored`;
}
