/**
 * @module carriers/sim/zoned
 * Fast wall-clock formatting in an IANA zone (one cached Intl.DateTimeFormat per zone):
 * the simulator formats tens of thousands of event times a second under load.
 */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, f);
  }
  return f;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** UTC offset of `zone` at `ms`, in minutes, read from Intl (slow: callers cache it). */
function readOffset(ms: number, zone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    p['year'] ?? 1970,
    (p['month'] ?? 1) - 1,
    p['day'] ?? 1,
    p['hour'] ?? 0,
    p['minute'] ?? 0,
    p['second'] ?? 0,
  );
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * UTC offset of `zone` at `ms`, in minutes. Cached per UTC day when the offset is the same
 * at both ends of the day (no transition inside it), else per hour.
 */
function offsetMinutes(ms: number, zone: string): number {
  const day = Math.floor(ms / 86_400_000);
  const dayKey = `${zone}|d${day}`;
  let whole = offsets.get(dayKey);
  if (whole === undefined) {
    const a = readOffset(day * 86_400_000, zone);
    const b = readOffset((day + 1) * 86_400_000 - 1000, zone);
    whole = a === b ? a : Number.NaN;
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(dayKey, whole);
  }
  if (!Number.isNaN(whole)) return whole;
  const hourKey = `${zone}|h${Math.floor(ms / 3_600_000)}`;
  let minutes = offsets.get(hourKey);
  if (minutes === undefined) {
    minutes = readOffset(ms, zone);
    offsets.set(hourKey, minutes);
  }
  return minutes;
}

const offsets = new Map<string, number>();

/** The wall clock ('yyyy-MM-dd HH:mm:ss') and UTC offset ('+08:00') of `ms` in `zone`. */
export function zonedTime(ms: number, zone: string): { local: string; offset: string } {
  const offsetMin = offsetMinutes(ms, zone);
  const d = new Date(ms + offsetMin * 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return {
    local:
      `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
      `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    offset: `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
}

/** The instant of local midnight (in `zone`) of the day `ms` falls on, plus `minutes`. */
export function localDayPlus(ms: number, zone: string, minutes: number): number {
  const offsetMin = offsetMinutes(ms, zone);
  const local = ms + offsetMin * 60_000;
  const midnightLocal = local - (((local % 86_400_000) + 86_400_000) % 86_400_000);
  const target = midnightLocal + minutes * 60_000;
  return target - offsetMinutes(target - offsetMin * 60_000, zone) * 60_000;
}
