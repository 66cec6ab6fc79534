/**
 * @module core/timeline/time
 * Wall clock + zone/offset → instant (DESIGN §1.5). In order of trust: a true instant from
 * the source, an offset or zone the source sent, the zone of the event's place (city for
 * countries with several zones), a carrier/source default, and last 'unknown'. UTC is never
 * assumed silently: with nothing known the wall clock is read as UTC only to order events,
 * zone and offset stay null and the confidence says 'unknown'.
 *
 * Luxon decides DST gaps (the wall clock is moved forward) and overlaps (Luxon's choice of
 * offset). Zones are created once per name and the offset of a whole local day is cached
 * when no transition touches it, so the hot path is arithmetic.
 */
import { DateTime, IANAZone } from 'luxon';
import type { ParsedLocation } from '../events.js';
import { daysFromCivil, isoFromEpochMs } from './civil.js';
import { formatOffset, parseOffset, parseWallClock, type WallClock, wallMs } from './clock.js';
import type { EventTime, ResolvedTime } from './types.js';
import { countryOfZone, guessZone } from './zones.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** A Luxon zone with its caches: offsets of whole local days, results on transition days. */
interface ZoneEntry {
  zone: IANAZone;
  /** Offset (minutes) over a whole local day, by day number; null near a transition. */
  days: Map<number, number | null>;
  /** Results on transition days by wall clock (Luxon is slow; carriers re-send). */
  transitions: Map<number, ZonedInstant>;
  /** The last day looked up and its offset (a timeline's scans cluster on few days). */
  lastDay: number;
  lastOffset: number | null;
}

const entries = new Map<string, ZoneEntry | null>();
const byZone = new Map<IANAZone, ZoneEntry>();

function entryOf(zone: IANAZone): ZoneEntry {
  let entry = byZone.get(zone);
  if (!entry) {
    entry = {
      zone,
      days: new Map(),
      transitions: new Map(),
      lastDay: Number.NaN,
      lastOffset: null,
    };
    byZone.set(zone, entry);
  }
  return entry;
}

/** The entry of an IANA name, created once; null for an unknown name. */
function zoneEntry(name: string): ZoneEntry | null {
  let entry = entries.get(name);
  if (entry === undefined) {
    const created = IANAZone.create(name);
    entry = created.isValid ? entryOf(created) : null;
    entries.set(name, entry);
  }
  return entry;
}

/** A valid Luxon zone for an IANA name, created once; null for an unknown name. */
export function ianaZone(name: string): IANAZone | null {
  return zoneEntry(name)?.zone ?? null;
}

function dayOffset(entry: ZoneEntry, day: number): number | null {
  if (day === entry.lastDay) return entry.lastOffset;
  const days = entry.days;
  let offset = days.get(day);
  if (offset === undefined) {
    const dayStart = day * 86_400_000;
    const before = entry.zone.offset(dayStart - 14 * HOUR);
    const after = entry.zone.offset(dayStart + 38 * HOUR);
    offset = before === after ? before : null;
    if (days.size > 20_000) days.clear();
    days.set(day, offset);
  }
  entry.lastDay = day;
  entry.lastOffset = offset;
  return offset;
}

interface ZonedInstant {
  epochMs: number;
  offsetMinutes: number;
  note?: string;
}

/** Wall clock in an IANA zone → instant; Luxon decides on DST transition days. */
export function zonedInstant(zone: IANAZone, w: WallClock): ZonedInstant {
  const entry = entryOf(zone);
  const wall = wallMs(w);
  const steady = dayOffset(entry, daysFromCivil(w.year, w.month, w.day));
  if (steady !== null) return { epochMs: wall - steady * MINUTE, offsetMinutes: steady };
  return onTransitionDay(entry, w, wall);
}

function onTransitionDay(entry: ZoneEntry, w: WallClock, wall: number): ZonedInstant {
  const known = entry.transitions;
  let result = known.get(wall);
  if (!result) {
    result = luxonInstant(entry.zone, w, wall);
    if (known.size > 10_000) known.clear();
    known.set(wall, result);
  }
  return result;
}

function luxonInstant(zone: IANAZone, w: WallClock, wall: number): ZonedInstant {
  const dt = DateTime.fromObject(
    {
      year: w.year,
      month: w.month,
      day: w.day,
      hour: w.hour,
      minute: w.minute,
      second: w.second,
      millisecond: w.millisecond,
    },
    { zone },
  );
  const result: ZonedInstant = { epochMs: dt.toMillis(), offsetMinutes: dt.offset };
  if (dt.hour !== w.hour % 24 || dt.minute !== w.minute) {
    result.note = `DST gap: ${pad(w.hour)}:${pad(w.minute)} does not exist in ${zone.name}; read as ${dt.toFormat('HH:mm')} ${formatOffset(dt.offset)}`;
  } else {
    const a = zone.offset(wall - 14 * HOUR);
    const b = zone.offset(wall + 14 * HOUR);
    const other = dt.offset === a ? b : a;
    if (other !== dt.offset && zone.offset(wall - other * MINUTE) === other) {
      result.note = `DST overlap: ${pad(w.hour)}:${pad(w.minute)} happens twice in ${zone.name}; ${formatOffset(dt.offset)} chosen`;
    }
  }
  return result;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Per offset (minutes): its text ('+08:00') and the name of the fixed zone ('UTC+08:00'). */
const offsetNames = new Map<number, readonly [string, string]>();

function namesOf(minutes: number): readonly [string, string] {
  let names = offsetNames.get(minutes);
  if (names === undefined) {
    const offset = formatOffset(minutes);
    names = [offset, 'UTC' + offset];
    if (offsetNames.size > 1000) offsetNames.clear();
    offsetNames.set(minutes, names);
  }
  return names;
}

function fixed(
  time: EventTime,
  epochMs: number,
  offsetMinutes: number,
  confidence: ResolvedTime['zoneConfidence'],
  zone: string,
  note?: string,
): ResolvedTime {
  const names = namesOf(offsetMinutes);
  const r: ResolvedTime = {
    instant: isoFromEpochMs(epochMs),
    epochMs,
    localTime: time.local,
    zone: zone === '' ? names[1] : zone,
    offset: names[0],
    zoneConfidence: confidence,
  };
  if (note) r.note = note;
  return r;
}

function inZone(
  time: EventTime,
  w: WallClock,
  entry: ZoneEntry,
  confidence: ResolvedTime['zoneConfidence'],
  note?: string,
): ResolvedTime {
  const day = daysFromCivil(w.year, w.month, w.day);
  const wall =
    day * 86_400_000 + w.hour * HOUR + w.minute * MINUTE + w.second * 1000 + w.millisecond;
  const steady = dayOffset(entry, day);
  if (steady !== null && note === undefined) {
    return fixed(time, wall - steady * MINUTE, steady, confidence, entry.zone.name);
  }
  const z =
    steady !== null
      ? { epochMs: wall - steady * MINUTE, offsetMinutes: steady }
      : onTransitionDay(entry, w, wall);
  const notes = note && z.note ? note + '; ' + z.note : (note ?? z.note);
  return fixed(time, z.epochMs, z.offsetMinutes, confidence, entry.zone.name, notes);
}

/**
 * Resolve an event's time. `defaultZone` (or time.defaultZone) is the carrier/source default.
 * @example resolveTime({ local: '2024-03-05 14:22:10', offset: 'GMT+8' }).instant
 *   // '2024-03-05T06:22:10.000Z'
 */
export function resolveTime(
  time: EventTime,
  place?: ParsedLocation,
  defaultZone?: string,
): ResolvedTime {
  return resolveParsed(time, parseWallClock(time.local), place, defaultZone);
}

/** resolveTime for a wall clock the caller already parsed (merge parses it once). */
export function resolveParsed(
  time: EventTime,
  w: WallClock | null,
  place?: ParsedLocation,
  defaultZone?: string,
): ResolvedTime {
  if (time.epochMs !== undefined && Number.isFinite(time.epochMs)) {
    const sent = time.offset !== undefined ? parseOffset(time.offset) : null;
    const derived = w ? Math.round((wallMs(w) - time.epochMs) / (15 * MINUTE)) * 15 : 0;
    return fixed(time, time.epochMs, sent ?? derived, 'source', time.zone ?? '');
  }
  if (!w) return unreadable(time);
  const sentOffset =
    time.offset !== undefined
      ? parseOffset(time.offset)
      : w.offsetMinutes !== undefined
        ? w.offsetMinutes
        : time.zone !== undefined
          ? parseOffset(time.zone)
          : null;
  if (sentOffset !== null) {
    return fixed(time, wallMs(w) - sentOffset * MINUTE, sentOffset, 'source', '');
  }
  const sourceZone = time.zone ? zoneEntry(time.zone) : null;
  if (sourceZone) return inZone(time, w, sourceZone, 'source');
  const fallbackName = time.defaultZone ?? defaultZone;
  const carrierZone = fallbackName ? zoneEntry(fallbackName) : null;
  const guess = guessZone(place);
  const guessEntry = guess ? zoneEntry(guess.zone) : null;
  if (guess && guessEntry) {
    const sameCountry =
      carrierZone && countryOfZone(carrierZone.zone.name) === place?.country?.toUpperCase();
    if (guess.note && carrierZone && sameCountry)
      return inZone(time, w, carrierZone, 'carrier-default');
    return inZone(time, w, guessEntry, guess.confidence, guess.note);
  }
  if (carrierZone) return inZone(time, w, carrierZone, 'carrier-default');
  const epochMs = wallMs(w);
  return {
    instant: isoFromEpochMs(epochMs),
    epochMs,
    localTime: time.local,
    zone: null,
    offset: null,
    zoneConfidence: 'unknown',
    note: 'No offset, zone, known place or carrier default: the wall clock is read as UTC only to order events (±14 h).',
  };
}

function unreadable(time: EventTime): ResolvedTime {
  return {
    instant: isoFromEpochMs(0),
    epochMs: 0,
    localTime: time.local,
    zone: null,
    offset: null,
    zoneConfidence: 'unknown',
    note: `Unreadable time '${time.local}': placed first, instant unknown.`,
    unreadable: true,
  };
}
