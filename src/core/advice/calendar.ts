/**
 * @module core/advice/calendar
 * Calendar-day arithmetic in the buyer's zone: a deadline is a date, and "days left" counts
 * whole calendar days between today (in that zone) and that date, so DST changes and the
 * hour of the day never shift it.
 */
import { DateTime, IANAZone } from 'luxon';

/** A calendar date, independent of any zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a zone luxon knows ('Europe/Paris', 'UTC'). */
export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The calendar day of an ISO date ('2026-03-01', taken as is) or instant (seen in `zone`). */
export function dayOf(iso: string, zone: string): CalendarDay | null {
  const dt = DATE_ONLY.test(iso)
    ? DateTime.fromISO(iso, { zone: 'UTC' })
    : DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!dt.isValid) return null;
  return { year: dt.year, month: dt.month, day: dt.day };
}

/** The calendar day `epochMs` falls on in `zone`. */
export function dayAt(epochMs: number, zone: string): CalendarDay {
  const dt = DateTime.fromMillis(epochMs, { zone });
  return { year: dt.year, month: dt.month, day: dt.day };
}

function toUtc(d: CalendarDay): DateTime {
  return DateTime.utc(d.year, d.month, d.day);
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  const dt = toUtc(d).plus({ days });
  return { year: dt.year, month: dt.month, day: dt.day };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round(toUtc(to).diff(toUtc(from), 'days').days);
}

/** 'YYYY-MM-DD'. */
export function isoDay(d: CalendarDay): string {
  return toUtc(d).toISODate() ?? '';
}

/** Long-date formatters by locale: building one costs far more than using it. */
const longDays = new Map<string, Intl.DateTimeFormat>();

/** The day as the locale writes it ("5 March 2026", "5 mars 2026"). */
export function formatDay(d: CalendarDay, locale: string): string {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
  let format = longDays.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    longDays.set(locale, format);
  }
  return format.format(date);
}
