/**
 * @module core/timeline/clock
 * Reading carrier wall clocks and offsets: '2024-03-05 14:22:10', '05/03/2024 14:22',
 * '20240423 091519', 'GMT+8', '+08:00', 'UTC-3'. A fast path handles the common
 * 'YYYY-MM-DD HH:mm[:ss]' shape without regular expressions; offsets are memoized.
 */
import { daysFromCivil, daysInMonth } from './civil.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** A wall clock split into fields, with an offset when the text carried one. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Offset minutes written in the text itself ('…T08:47:00+01:00'). */
  offsetMinutes?: number;
}

const YMD =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[ T]?(\d{2})(\d{2})(\d{2})?)?$/;
const OFFSET = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s);
}

/** The digit at index i (0..9), or a number above 9 (as unsigned) when it is not a digit. */
function d(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) >>> 0;
}

/** Fast path for 'YYYY-MM-DD HH:mm:ss' / 'YYYY-MM-DDTHH:mm' (the common carrier shapes). */
function parseFast(s: string): WallClock | null {
  const n = s.length;
  if (n !== 19 && n !== 16) return null;
  const t = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (t !== 32 && t !== 84)) return null;
  if (s.charCodeAt(13) !== 58 || (n === 19 && s.charCodeAt(16) !== 58)) return null;
  const y0 = d(s, 0);
  const y1 = d(s, 1);
  const y2 = d(s, 2);
  const y3 = d(s, 3);
  const mo0 = d(s, 5);
  const mo1 = d(s, 6);
  const d0 = d(s, 8);
  const d1 = d(s, 9);
  const h0 = d(s, 11);
  const h1 = d(s, 12);
  const mi0 = d(s, 14);
  const mi1 = d(s, 15);
  const s0 = n === 19 ? d(s, 17) : 0;
  const s1 = n === 19 ? d(s, 18) : 0;
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo0 > 9 || mo1 > 9) return null;
  if (d0 > 9 || d1 > 9 || h0 > 9 || h1 > 9 || mi0 > 9 || mi1 > 9 || s0 > 9 || s1 > 9) return null;
  return {
    year: y0 * 1000 + y1 * 100 + y2 * 10 + y3,
    month: mo0 * 10 + mo1,
    day: d0 * 10 + d1,
    hour: h0 * 10 + h1,
    minute: mi0 * 10 + mi1,
    second: s0 * 10 + s1,
    millisecond: 0,
  };
}

function valid(w: WallClock): boolean {
  return (
    w.month >= 1 &&
    w.month <= 12 &&
    w.day >= 1 &&
    w.day <= daysInMonth(w.year, w.month) &&
    w.hour <= 23 &&
    w.minute <= 59 &&
    w.second <= 59
  );
}

/** Fields from regex groups in year, month, day, hour, minute, second order. */
function fields(
  m: RegExpExecArray,
  order: readonly [number, number, number, number, number, number],
): WallClock {
  const [y, mo, d, h, mi, se] = order;
  return {
    year: num(m[y]),
    month: num(m[mo]),
    day: num(m[d]),
    hour: num(m[h]),
    minute: num(m[mi]),
    second: num(m[se]),
    millisecond: 0,
  };
}

function parseSlow(s: string): WallClock | null {
  const ymd = YMD.exec(s);
  if (ymd) {
    const wall = fields(ymd, [1, 2, 3, 4, 5, 6]);
    if (ymd[7]) wall.millisecond = Math.round(Number(('0.' + ymd[7]).slice(0, 5)) * 1000);
    const off = ymd[8] ? parseOffset(ymd[8]) : null;
    if (off !== null) wall.offsetMinutes = off;
    return wall;
  }
  const dmy = DMY.exec(s);
  if (dmy) return fields(dmy, [3, 2, 1, 4, 5, 6]);
  const compact = COMPACT.exec(s);
  return compact ? fields(compact, [1, 2, 3, 4, 5, 6]) : null;
}

/** Parse '2024-03-05 14:22:10', '2024-03-05T14:22', '05/03/2024 14:22', '20240305 142210'. */
export function parseWallClock(text: string): WallClock | null {
  const wall = parseFast(text) ?? parseSlow(text.trim());
  return wall && valid(wall) ? wall : null;
}

const offsets = new Map<string, number | null>();

/** Parse '+08:00', '+0800', 'GMT+8', 'UTC-3', 'Z', 'GMT' → minutes east of UTC; else null. */
export function parseOffset(text: string): number | null {
  let out = offsets.get(text);
  if (out === undefined) {
    out = readOffset(text.trim());
    if (offsets.size > 1000) offsets.clear();
    offsets.set(text, out);
  }
  return out;
}

function readOffset(s: string): number | null {
  if (/^(?:Z|GMT|UTC)$/i.test(s)) return 0;
  const m = OFFSET.exec(s);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] ? Number(m[3]) : 0;
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const formatted = new Map<number, string>();

/** '+08:00' for 480. */
export function formatOffset(minutes: number): string {
  let out = formatted.get(minutes);
  if (out === undefined) {
    out = writeOffset(minutes);
    if (formatted.size > 1000) formatted.clear();
    formatted.set(minutes, out);
  }
  return out;
}

function writeOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${sign}${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** The wall clock as if it were UTC, in ms (the starting point of every conversion). */
export function wallMs(w: WallClock): number {
  return (
    daysFromCivil(w.year, w.month, w.day) * 86_400_000 +
    w.hour * HOUR +
    w.minute * MINUTE +
    w.second * 1000 +
    w.millisecond
  );
}
