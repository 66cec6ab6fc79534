/**
 * @module core/eta/instant
 * ISO instants to epoch ms and back, for the form this system writes everywhere
 * ('2026-03-01T12:00:00.000Z'), by plain integer arithmetic on the proleptic Gregorian
 * calendar (core/timeline/civil). Anything else goes to Date, so the
 * answers are always exactly Date.parse's and toISOString's, only cheaper.
 */

import { daysFromCivil, isoFromEpochMs } from '../timeline/civil.js';

const DAY_MS = 86_400_000;
/** 9999-12-31T23:59:59.999Z: past it toISOString writes a six-digit year. */
const LAST_MS = 253_402_300_799_999;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `new Date(ms).toISOString()` for an integer `ms`. */
export function isoOfMs(ms: number): string {
  if (!(ms >= 0 && ms <= LAST_MS && Number.isInteger(ms))) return new Date(ms).toISOString();
  return isoFromEpochMs(ms);
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `Date.parse(text)`, without the parser for 'YYYY-MM-DDTHH:mm:ss.sssZ'. */
export function msOfIso(text: string): number {
  if (
    text.length !== 24 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(19) !== 46 ||
    text.charCodeAt(23) !== 90
  ) {
    return Date.parse(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  const milli = digits(text, 20, 23);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59 ||
    milli < 0
  ) {
    return Date.parse(text);
  }
  return (
    daysFromCivil(year, month, day) * DAY_MS +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    milli
  );
}
