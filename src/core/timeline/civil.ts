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

/** 'YYYY-MM-DDT' of recent day numbers, direct-mapped (events cluster on few days). */
const SLOTS = 1024;
const slotDays = new Float64Array(SLOTS).fill(Number.NaN);
const slotPrefix: string[] = new Array<string>(SLOTS).fill('');

/** 'HH:' by hour, and 'MM:SS.000Z' by second of the hour (filled on first use). */
const HOURS: readonly string[] = Array.from({ length: 24 }, (_, h) => pad2(h) + ':');
const MINUTE_SECONDS: (string | undefined)[] = new Array<string | undefined>(3600);

/**
 * Same output as new Date(ms).toISOString() for years 0..9999. Whole seconds (what
 * carriers send) are three cached pieces joined; anything else takes the general path.
 */
export function isoFromEpochMs(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const seconds = (ms - days * DAY_MS) / 1000;
  if (!Number.isInteger(seconds)) return isoOfFraction(ms);
  const slot = days & (SLOTS - 1);
  let prefix = slotPrefix[slot] ?? '';
  if (slotDays[slot] !== days) {
    const date = civilIso(days);
    if (date === null) return new Date(ms).toISOString();
    prefix = date + 'T';
    slotDays[slot] = days;
    slotPrefix[slot] = prefix;
  }
  const hour = Math.floor(seconds / 3600) | 0;
  const inHour = (seconds - hour * 3600) | 0;
  let rest = MINUTE_SECONDS[inHour];
  if (rest === undefined) {
    rest = pad2(Math.floor(inHour / 60)) + ':' + pad2(inHour % 60) + '.000Z';
    MINUTE_SECONDS[inHour] = rest;
  }
  return prefix + (HOURS[hour] ?? '') + rest;
}

function pad3(n: number): string {
  return n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n;
}

/** The general path: fractional seconds or ms, non-finite values. */
function isoOfFraction(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const prefix = civilIso(days);
  if (prefix === null) return new Date(ms).toISOString();
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const time = pad2(hour) + ':' + pad2(minute) + ':' + pad2(second) + '.' + pad3(milli) + 'Z';
  return prefix + 'T' + time;
}

/** The civil date of a count of days since 1970-01-01 (month 1..12). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
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
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function civilIso(days: number): string | null {
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) return null;
  const y = year < 1000 ? ('000' + year).slice(-4) : '' + year;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}
