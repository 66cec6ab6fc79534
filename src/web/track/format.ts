/**
 * @module web/track/format
 * Dates and waits on the tracking pages, through Intl: a moment in an event's own zone with
 * the zone named, a calendar day, an instant in UTC, a wait in seconds or minutes.
 */
import type { Locale } from '../../core/i18n/locales.js';

import { formatDateTime } from '../i18n/format.js';

export { formatDateTime };

/** A date (no time) in the locale, for ETA windows and deadlines. */
export function formatDay(iso: string, locale: Locale, timeZone = 'UTC'): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(d);
}

/** An instant with the reader's zone unknown: UTC, zone named. */
export function formatInstant(iso: string | null, locale: Locale): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : formatDateTime(d, locale, 'UTC');
}

/** A wait in ms as "N min" / "N s", in the locale. */
export function formatWait(ms: number, locale: Locale): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'second',
      unitDisplay: 'long',
    }).format(seconds);
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(Math.ceil(seconds / 60));
}
