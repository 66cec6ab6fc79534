/**
 * @module core/timeline/civil
 * Calendar arithmetic without Date objects, for the hot path: days from a civil date and
 * back (H. Hinnant's algorithms, proleptic Gregorian), a wall clock as epoch-like
 * milliseconds, and a UTC ISO string from epoch milliseconds.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a civil date (month 1..12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

function pad3(n: number): string {
  return n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n;
}

const datePrefixes = new Map<number, string>();

/** 'YYYY-MM-DDT' of a day number (memoized: events cluster on few days). */
function datePrefix(days: number): string | null {
  let prefix = datePrefixes.get(days);
  if (prefix === undefined) {
    const iso = civilIso(days);
    if (iso === null) return null;
    prefix = iso;
    if (datePrefixes.size > 50_000) datePrefixes.clear();
    datePrefixes.set(days, prefix);
  }
  return prefix;
}

/** Same output as new Date(ms).toISOString() for years 0..9999. */
export function isoFromEpochMs(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const prefix = datePrefix(days);
  if (prefix === null) return new Date(ms).toISOString();
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  return prefix + pad2(hour) + ':' + pad2(minute) + ':' + pad2(second) + '.' + pad3(milli) + 'Z';
}

function civilIso(days: number): string | null {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return null;
  const y = year < 1000 ? ('000' + year).slice(-4) : '' + year;
  return `${y}-${pad2(month)}-${pad2(day)}T`;
}
