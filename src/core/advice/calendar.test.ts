import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, dayAt, dayOf, daysBetween, isoDay } from './calendar.js';

/** What luxon says, the way calendar.ts asked it before it counted days itself. */
function luxonDay(dt: DateTime): { year: number; month: number; day: number } | null {
  return dt.isValid ? { year: dt.year, month: dt.month, day: dt.day } : null;
}

describe('calendar days counted without luxon agree with luxon', () => {
  it('reads dates and UTC instants, leap days and offsets included', () => {
    const dates = [
      '2024-02-29',
      '2023-02-29',
      '2026-12-31',
      '0001-01-01',
      '2026-13-01',
      '2026-04-31',
    ];
    for (const d of dates) {
      expect(dayOf(d, 'UTC')).toEqual(luxonDay(DateTime.fromISO(d, { zone: 'UTC' })));
    }
    const instants = [
      '2026-03-01T23:30:00+08:00',
      '2026-02-28T20:00:00.123-05:00',
      '2024-12-31T23:59:59Z',
      '2026-03-01T24:00:00Z',
      '2026-03-01T10:00:00+0800',
      'not a date',
    ];
    for (const t of instants) {
      const dt = DateTime.fromISO(t, { setZone: true }).setZone('UTC');
      expect(dayOf(t, 'UTC')).toEqual(luxonDay(dt));
    }
    expect(dayOf('2026-03-01T23:30:00+08:00', 'UTC')).toEqual({ year: 2026, month: 3, day: 1 });
    expect(dayOf('2026-02-28T20:00:00-05:00', 'UTC')).toEqual({ year: 2026, month: 3, day: 1 });
  });

  it('finds the UTC day of an instant', () => {
    for (const ms of [0, -1, 951_782_400_000, 1_772_323_199_999, 1_772_323_200_000]) {
      expect(dayAt(ms, 'UTC')).toEqual(luxonDay(DateTime.fromMillis(ms, { zone: 'UTC' })));
    }
  });

  it('adds and counts days across months, leap years and centuries', () => {
    const from = { year: 2099, month: 12, day: 20 };
    for (const n of [-800, -60, -1, 0, 1, 10, 59, 366, 1000]) {
      const sum = addDays(from, n);
      const dt = DateTime.utc(2099, 12, 20).plus({ days: n });
      expect(sum).toEqual(luxonDay(dt));
      expect(daysBetween(from, sum)).toBe(n);
      expect(isoDay(sum)).toBe(dt.toISODate());
    }
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addDays({ year: 2100, month: 2, day: 28 }, 1)).toEqual({ year: 2100, month: 3, day: 1 });
    expect(isoDay({ year: 7, month: 3, day: 5 })).toBe('0007-03-05');
  });
});
