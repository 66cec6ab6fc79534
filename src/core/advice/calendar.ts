/**
 * @module core/advice/calendar
 * Calendar-day arithmetic in the buyer's zone: a deadline is a date, and "days left" counts
 * whole calendar days between today (in that zone) and that date, so DST changes and the
 * hour of the day never shift it.
 *
 * Days are counted on the proleptic Gregorian calendar in plain integers (days since
 * 1970-01-01); luxon is asked only when a zone other than UTC is involved, or for inputs
 * outside the plain cases (odd ISO forms, fractional days, years beyond 1–9999), so both
 * ways always agree.
 */
import { DateTime, IANAZone } from 'luxon';
import { civilFromDays, daysFromCivil } from '../timeline/civil.js';

/** A calendar date, independent of any zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** An instant with seconds and a 'Z' or ±hh:mm offset (the form our stores write). */
const PLAIN_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;
/** Instants luxon (and Date) can hold. */
const MAX_MS = 8.64e15;

/** Zones already checked; bounded, zones come from buyers' orders. */
const zoneChecks = new Map<string, boolean>();
const ZONE_CHECKS_MAX = 256;

/** True for a zone luxon knows ('Europe/Paris', 'UTC'). */
export function isValidZone(zone: string): boolean {
  let valid = zoneChecks.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneChecks.size >= ZONE_CHECKS_MAX) zoneChecks.clear();
    zoneChecks.set(zone, valid);
  }
  return valid;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real date of years 1–9999 (the range every path here writes the same way). */
function isPlainDay(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!);
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/** The UTC day of a plain instant, or undefined when it is not one (luxon then decides). */
function utcDayOfInstant(iso: string): CalendarDay | undefined {
  const m = PLAIN_INSTANT.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const zone = m[7]!;
  if (!isPlainDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  if (zone !== 'Z') {
    const oh = digits(zone, 1, 3);
    const om = digits(zone, 4, 6);
    if (oh > 23 || om > 59) return undefined;
    offset = (zone.charCodeAt(0) === 45 ? -1 : 1) * (oh * 60 + om);
  }
  const minutes = hour * 60 + minute - offset;
  const out = civilFromDays(daysFromCivil(year, month, day) + Math.floor(minutes / 1440));
  return isPlainDay(out.year, out.month, out.day) ? out : undefined;
}

/** The calendar day of an ISO date ('2026-03-01', taken as is) or instant (seen in `zone`). */
export function dayOf(iso: string, zone: string): CalendarDay | null {
  if (DATE_ONLY.test(iso)) {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    if (isPlainDay(year, month, day)) return { year, month, day };
  } else if (zone === 'UTC') {
    const day = utcDayOfInstant(iso);
    if (day) return day;
  }
  return dayOfByLuxon(iso, zone);
}

function dayOfByLuxon(iso: string, zone: string): CalendarDay | null {
  const dt = DATE_ONLY.test(iso)
    ? DateTime.fromISO(iso, { zone: 'UTC' })
    : DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!dt.isValid) return null;
  return { year: dt.year, month: dt.month, day: dt.day };
}

/** The calendar day `epochMs` falls on in `zone`. */
export function dayAt(epochMs: number, zone: string): CalendarDay {
  if (zone === 'UTC' && Number.isInteger(epochMs) && Math.abs(epochMs) <= MAX_MS) {
    const out = civilFromDays(Math.floor(epochMs / DAY_MS));
    if (isPlainDay(out.year, out.month, out.day)) return out;
  }
  const dt = DateTime.fromMillis(epochMs, { zone });
  return { year: dt.year, month: dt.month, day: dt.day };
}

function toUtc(d: CalendarDay): DateTime {
  return DateTime.utc(d.year, d.month, d.day);
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  if (Number.isInteger(days) && isPlainDay(d.year, d.month, d.day)) {
    const out = civilFromDays(daysFromCivil(d.year, d.month, d.day) + days);
    if (isPlainDay(out.year, out.month, out.day)) return out;
  }
  const dt = toUtc(d).plus({ days });
  return { year: dt.year, month: dt.month, day: dt.day };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  if (isPlainDay(from.year, from.month, from.day) && isPlainDay(to.year, to.month, to.day)) {
    return (
      daysFromCivil(to.year, to.month, to.day) - daysFromCivil(from.year, from.month, from.day)
    );
  }
  return Math.round(toUtc(to).diff(toUtc(from), 'days').days);
}

/** 'YYYY-MM-DD'. */
export function isoDay(d: CalendarDay): string {
  if (isPlainDay(d.year, d.month, d.day)) {
    const mm = d.month < 10 ? `0${d.month}` : `${d.month}`;
    const dd = d.day < 10 ? `0${d.day}` : `${d.day}`;
    return `${String(d.year).padStart(4, '0')}-${mm}-${dd}`;
  }
  return toUtc(d).toISODate() ?? '';
}
/** Long-date formatters by locale: building one costs far more than using it. */
const longDays = new Map<string, Intl.DateTimeFormat>();
/** Days already written, by locale then yyyymmdd: deadlines and deliveries share few days. */
const written = new Map<string, Map<number, string>>();
const WRITTEN_MAX = 4096;

/** The day as the locale writes it ("5 March 2026", "5 mars 2026"). */
export function formatDay(d: CalendarDay, locale: string): string {
  const plain = isPlainDay(d.year, d.month, d.day);
  const id = d.year * 10_000 + d.month * 100 + d.day;
  let byDay = written.get(locale);
  const known = plain ? byDay?.get(id) : undefined;
  if (known !== undefined) return known;
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
  let format = longDays.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    longDays.set(locale, format);
  }
  const text = format.format(date);
  if (plain) {
    if (!byDay) {
      byDay = new Map();
      written.set(locale, byDay);
    }
    if (byDay.size >= WRITTEN_MAX) byDay.clear();
    byDay.set(id, text);
  }
  return text;
}
