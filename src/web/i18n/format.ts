/**
 * @module web/i18n/format
 * Numbers, dates and country names for a locale, through Intl. Formatters are built once
 * per locale and kept.
 */
import type { Locale } from '../../core/i18n/locales.js';
import { formatZonedMoment } from './date-time.js';

const numbers = new Map<Locale, Intl.NumberFormat>();
const compact = new Map<Locale, Intl.NumberFormat>();
const regions = new Map<Locale, Intl.DisplayNames>();
const longDates = new Map<Locale, Intl.DateTimeFormat>();

function cached<T>(map: Map<Locale, T>, locale: Locale, make: () => T): T {
  let value = map.get(locale);
  if (value === undefined) {
    value = make();
    map.set(locale, value);
  }
  return value;
}

/** Whole numbers below this are written once per locale and kept (days, counts). */
const SMALL = 1_000;
const smallNumbers = new Map<Locale, string[]>();

export function formatNumber(value: number, locale: Locale): string {
  const format = cached(numbers, locale, () => new Intl.NumberFormat(locale));
  if (!Number.isInteger(value) || value < 0 || value >= SMALL || Object.is(value, -0)) {
    return format.format(value);
  }
  const known = cached(smallNumbers, locale, () => []);
  let text = known[value];
  if (text === undefined) {
    text = format.format(value);
    known[value] = text;
  }
  return text;
}

/** 400000000 → "400M" / "400 млн" / "400 Mio.". */
export function formatCompact(value: number, locale: Locale): string {
  return cached(
    compact,
    locale,
    () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }),
  ).format(value);
}

/** A range of whole numbers, "15–45", with the locale's digits and separators. */
export function formatRange(min: number, max: number, locale: Locale): string {
  if (min === max) return formatNumber(min, locale);
  return `${formatNumber(min, locale)}–${formatNumber(max, locale)}`;
}

/** An ISO date (YYYY-MM-DD) as the locale writes it; a bare year stays a year. */
export function formatDate(iso: string, locale: Locale): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(
    longDates,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(date);
}

/**
 * A moment in a zone with the zone named ("12 Mar 2026, 14:05 GMT+8"). Throws RangeError for
 * a zone Intl does not know. Intl's own string, written without Intl when it can be (see
 * date-time.ts); fields are spelled out because Intl refuses dateStyle with timeZoneName.
 */
export function formatDateTime(instant: Date, locale: Locale, timeZone = 'UTC'): string {
  return formatZonedMoment(instant, locale, timeZone);
}

/** Country names already looked up, by locale and code (Intl's lookup is slow). */
const countryNames = new Map<string, string>();
/** Codes come from carrier data too: the memo stops growing past this many. */
const MAX_COUNTRY_NAMES = 5_000;

/** ISO 3166-1 alpha-2 → the country's name in the locale ("DE" → "Allemagne"). */
export function countryName(code: string, locale: Locale): string {
  const key = `${locale}|${code}`;
  const known = countryNames.get(key);
  if (known !== undefined) return known;
  let name: string;
  try {
    name =
      cached(regions, locale, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ??
      code;
  } catch {
    name = code;
  }
  if (countryNames.size < MAX_COUNTRY_NAMES) countryNames.set(key, name);
  return name;
}
