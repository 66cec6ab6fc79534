/**
 * @module web/i18n/date-time
 * A moment in a zone with the zone named ("Mar 12, 2026, 02:05 PM GMT+8"), exactly as
 * Intl.DateTimeFormat writes it, at a fraction of its cost. Intl stays the authority: it
 * teaches each locale's shape once (order, literals, month names, day periods) and, per zone
 * and UTC day, the zone's offset and short name; everything it teaches is checked against its
 * own output, and whatever cannot be checked (an unknown shape, a zone changing offset within
 * the day, a year out of range) is formatted by Intl itself.
 */
import type { Locale } from '../../core/i18n/locales.js';
import { civilFromDays } from '../../core/timeline/civil.js';

const OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The fast path covers these UTC years; others go to Intl. */
const MIN_YEAR = 1971;
const MAX_YEAR = 2199;
/** Days remembered per locale and zone before the memo starts over. */
const MAX_DAYS = 4_096;

/** The fields a shape places (numbers, so a token is a literal or a field). */
const Field = { Day: 0, Year: 1, Hour: 2, Minute: 3, DayPeriod: 4, Zone: 5 } as const;
type Field = (typeof Field)[keyof typeof Field];

/** One month's shape: literals (month name included) and fields, in order. */
type Token = string | Field;

interface Shape {
  months: Token[][];
  /** 'h23' (0–23) or 'h12' (12, 1–11 with a day period). */
  twelve: boolean;
  am: string;
  pm: string;
  /** Month name → index, to read Intl's parts back. */
  monthIndex: Map<string, number>;
}

/** What one UTC day looks like in one zone: its offset and its name there. */
interface ZoneDay {
  offset: number;
  label: string;
}

interface ZoneFormat {
  intl: Intl.DateTimeFormat;
  /** Null when the locale's shape could not be learned: always Intl. */
  shape: Shape | null;
  /** UTC day number → what it looks like; null: Intl for that day. */
  days: Map<number, ZoneDay | null>;
}

const shapes = new Map<Locale, Shape | null>();
/** Per locale, per zone name. */
const zones = new Map<Locale, Map<string, ZoneFormat>>();

/** "00"–"59", and the days of a month without padding ("1"–"31"). */
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
const DAYS = Array.from({ length: 32 }, (_, n) => String(n));

/**
 * Writes the wall-clock moment `local` (ms, as if UTC) in a shape. The calendar date comes
 * from the day number by plain arithmetic (proleptic Gregorian, as Date counts).
 */
function write(shape: Shape, local: number, label: string): string {
  const days = Math.floor(local / DAY);
  const inDay = local - days * DAY;
  const hour = Math.floor(inDay / 3_600_000);
  const minute = Math.floor((inDay % 3_600_000) / MINUTE);
  const { year, month, day } = civilFromDays(days);
  const tokens = shape.months[month - 1] as Token[];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (typeof t === 'string') out += t;
    else if (t === Field.Day) out += DAYS[day];
    else if (t === Field.Year) out += year;
    else if (t === Field.Hour) out += TWO_DIGITS[shape.twelve ? hour % 12 || 12 : hour];
    else if (t === Field.Minute) out += TWO_DIGITS[minute];
    else if (t === Field.DayPeriod) out += hour < 12 ? shape.am : shape.pm;
    else out += label;
  }
  return out;
}

const FIELDS: Partial<Record<Intl.DateTimeFormatPartTypes, Field>> = {
  day: Field.Day,
  year: Field.Year,
  hour: Field.Hour,
  minute: Field.Minute,
  dayPeriod: Field.DayPeriod,
  timeZoneName: Field.Zone,
};

/**
 * Intl's parts of a moment, each spelled as `format` spells it: V8's `format` writes a plain
 * space where `formatToParts` keeps ICU's narrow no-break space (before "AM"), one character
 * for one. Null when the two do not line up.
 */
function partsOf(intl: Intl.DateTimeFormat, at: number): Intl.DateTimeFormatPart[] | null {
  const text = intl.format(at);
  const parts = intl.formatToParts(at);
  let pos = 0;
  for (const p of parts) {
    const value = text.slice(pos, pos + p.value.length);
    if (p.type !== 'literal' && value !== p.value) return null;
    p.value = value;
    pos += value.length;
  }
  return pos === text.length ? parts : null;
}

/** The tokens of one formatted moment, the month name kept as a literal; null if unknown. */
function tokensOf(parts: Intl.DateTimeFormatPart[]): Token[] | null {
  const tokens: Token[] = [];
  for (const p of parts) {
    if (p.type === 'literal' || p.type === 'month') {
      const last = tokens.length - 1;
      const before = tokens[last];
      if (typeof before === 'string') tokens[last] = before + p.value;
      else tokens.push(p.value);
      continue;
    }
    const field = FIELDS[p.type];
    if (field === undefined) return null;
    tokens.push(field);
  }
  return tokens;
}

/** Learns a locale's shape in UTC and checks it on a grid of moments; null when unsure. */
function learnShape(locale: Locale): Shape | null {
  const intl = new Intl.DateTimeFormat(locale, { ...OPTIONS, timeZone: 'UTC' });
  const cycle = intl.resolvedOptions().hourCycle;
  if (cycle !== 'h23' && cycle !== 'h12') return null;
  const twelve = cycle === 'h12';
  const partOf = (parts: Intl.DateTimeFormatPart[] | null, type: string) =>
    parts?.find((p) => p.type === type)?.value;
  const am = partOf(partsOf(intl, Date.UTC(2021, 0, 15, 1, 45)), 'dayPeriod') ?? '';
  const pm = partOf(partsOf(intl, Date.UTC(2021, 0, 15, 13, 45)), 'dayPeriod') ?? '';
  if (twelve && (!am || !pm || am === pm)) return null;
  const months: Token[][] = [];
  const monthIndex = new Map<string, number>();
  for (let m = 0; m < 12; m++) {
    const parts = partsOf(intl, Date.UTC(2021, m, 15, 13, 45));
    const tokens = parts && tokensOf(parts);
    const name = partOf(parts, 'month');
    if (!tokens || !name || monthIndex.has(name)) return null;
    months.push(tokens);
    monthIndex.set(name, m);
  }
  const shape: Shape = { months, twelve, am, pm, monthIndex };
  // The shape must give Intl's very string at every hour, on short and long days, each month.
  for (let m = 0; m < 12; m++) {
    for (const [day, hour, minute] of [
      [1, 0, 0],
      [9, 1, 5],
      [10, 11, 59],
      [28, 12, 30],
      [11, 23, 9],
      [20, 10, 40],
    ] as const) {
      for (const year of [1971, 2026]) {
        const at = Date.UTC(year, m, day, hour, minute);
        const label = partOf(partsOf(intl, at), 'timeZoneName') ?? '';
        if (write(shape, at, label) !== intl.format(at)) return null;
      }
    }
  }
  return shape;
}

function shapeOf(locale: Locale): Shape | null {
  let shape = shapes.get(locale);
  if (shape === undefined) {
    shape = learnShape(locale);
    shapes.set(locale, shape);
  }
  return shape;
}

/** The offset and name Intl shows at `at`, or null when its parts cannot be read back. */
function readAt(zone: ZoneFormat, shape: Shape, at: number): ZoneDay | null {
  const parts = partsOf(zone.intl, at);
  if (!parts) return null;
  let year = Number.NaN;
  let month = -1;
  let day = Number.NaN;
  let hour = Number.NaN;
  let minute = Number.NaN;
  let pm: boolean | undefined;
  let label = '';
  for (const p of parts) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = shape.monthIndex.get(p.value) ?? -1;
    else if (p.type === 'day') day = Number(p.value);
    else if (p.type === 'hour') hour = Number(p.value);
    else if (p.type === 'minute') minute = Number(p.value);
    else if (p.type === 'dayPeriod') pm = p.value === shape.pm;
    else if (p.type === 'timeZoneName') label = p.value;
  }
  if (shape.twelve) {
    if (pm === undefined || hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const local = Date.UTC(year, month, day, hour, minute);
  if (month < 0 || !Number.isInteger(local)) return null;
  const offset = local - Math.floor(at / MINUTE) * MINUTE;
  const seen: ZoneDay = { offset, label };
  // What we read must write back to Intl's own string.
  return write(shape, at + offset, label) === parts.map((p) => p.value).join('') ? seen : null;
}

/**
 * One UTC day in a zone, read at its first minute (both ends of it: an offset with seconds
 * shows there) and at its last moment; null when they disagree (the zone changes that day).
 */
function learnDay(zone: ZoneFormat, shape: Shape, day: number): ZoneDay | null {
  const start = day * DAY;
  const first = readAt(zone, shape, start);
  if (!first) return null;
  for (const at of [start + MINUTE - 1, start + DAY - 1]) {
    const seen = readAt(zone, shape, at);
    if (!seen || seen.offset !== first.offset || seen.label !== first.label) return null;
  }
  return first;
}

/**
 * `instant` in `timeZone`, as `new Intl.DateTimeFormat(locale, {year: 'numeric', month:
 * 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName:
 * 'short'}).format(instant)` writes it. Throws RangeError for a zone Intl does not know.
 */
export function formatZonedMoment(instant: Date, locale: Locale, timeZone: string): string {
  let byZone = zones.get(locale);
  if (!byZone) {
    byZone = new Map();
    zones.set(locale, byZone);
  }
  let zone = byZone.get(timeZone);
  if (!zone) {
    const intl = new Intl.DateTimeFormat(locale, { ...OPTIONS, timeZone });
    zone = { intl, shape: shapeOf(locale), days: new Map() };
    byZone.set(timeZone, zone);
  }
  const at = instant.getTime();
  const shape = zone.shape;
  if (!shape || !(at >= Date.UTC(MIN_YEAR, 0, 2) && at < Date.UTC(MAX_YEAR, 11, 30))) {
    return zone.intl.format(instant);
  }
  const day = Math.floor(at / DAY);
  let seen = zone.days.get(day);
  if (seen === undefined) {
    seen = learnDay(zone, shape, day);
    if (zone.days.size >= MAX_DAYS) zone.days.clear();
    zone.days.set(day, seen);
  }
  return seen ? write(shape, at + seen.offset, seen.label) : zone.intl.format(instant);
}
