/**
 * @module web/track/format
 * Dates and waits on the tracking pages, through Intl: a moment in an event's own zone with
 * the zone named, a calendar day, an instant in UTC, a wait in seconds or minutes.
 */
import type { Locale } from '../../core/i18n/locales.js';

import { formatDateTime } from '../i18n/format.js';

export { formatDateTime };

/** Formatters are costly to build: one per locale (and zone, or unit), kept. */
const days = new Map<string, Intl.DateTimeFormat>();
const units = new Map<string, Intl.NumberFormat>();

function kept<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Days already written in UTC, by locale and day number: a day is written the same all day. */
const utcDays = new Map<string, string>();
const MAX_UTC_DAYS = 20_000;

/** A date (no time) in the locale, for ETA windows and deadlines. */
export function formatDay(iso: string, locale: Locale, timeZone = 'UTC'): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  const at = d.getTime();
  if (Number.isNaN(at)) return iso;
  const key = timeZone === 'UTC' ? `${locale}|${Math.floor(at / 86_400_000)}` : undefined;
  if (key !== undefined) {
    const known = utcDays.get(key);
    if (known !== undefined) return known;
  }
  const text = kept(
    days,
    `${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
  ).format(d);
  if (key !== undefined) {
    if (utcDays.size >= MAX_UTC_DAYS) utcDays.clear();
    utcDays.set(key, text);
  }
  return text;
}

function unitFormat(locale: Locale, unit: 'second' | 'minute'): Intl.NumberFormat {
  return kept(
    units,
    `${locale}|${unit}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
  );
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
  if (seconds < 60) return unitFormat(locale, 'second').format(seconds);
  return unitFormat(locale, 'minute').format(Math.ceil(seconds / 60));
}
