import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/i18n/locales.js';
import { formatZonedMoment } from './date-time.js';

const references = new Map<string, Intl.DateTimeFormat>();

/** The reference: Intl itself, with the options formatDateTime has always used. */
function intl(instant: Date, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let format = references.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    references.set(key, format);
  }
  return format.format(instant);
}

/** Whole-hour, half-hour and 45-minute offsets, both hemispheres' summer times, odd histories. */
const ZONES = [
  'UTC',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Asia/Tokyo',
  'Asia/Dubai',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Australia/Eucla',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'America/St_Johns',
  'America/New_York',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/Caracas',
  'Europe/Paris',
  'Europe/London',
  'Europe/Moscow',
  'Europe/Warsaw',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Dublin',
  'Africa/Casablanca',
  'Africa/Monrovia',
  'Atlantic/Azores',
  'America/Godthab',
];

const START = Date.UTC(1965, 0, 1);
const END = Date.UTC(2230, 0, 1);

describe('formatZonedMoment', () => {
  it('writes exactly what Intl writes, any locale, zone and moment', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...ZONES),
        fc.integer({ min: START, max: END }),
        (locale, zone, at) => {
          const instant = new Date(at);
          expect(formatZonedMoment(instant, locale, zone)).toBe(intl(instant, locale, zone));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('writes exactly what Intl writes for moments packed into a few recent years', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        (locale, zone, at) => {
          const instant = new Date(at);
          expect(formatZonedMoment(instant, locale, zone)).toBe(intl(instant, locale, zone));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('agrees with Intl minute by minute around summer-time changes', () => {
    const changes = [
      ['Europe/Paris', Date.UTC(2026, 2, 29, 0, 0)],
      ['Europe/Paris', Date.UTC(2026, 9, 25, 0, 0)],
      ['America/New_York', Date.UTC(2026, 2, 8, 6, 0)],
      ['America/New_York', Date.UTC(2026, 10, 1, 5, 0)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 14, 0)],
      ['Pacific/Chatham', Date.UTC(2026, 3, 4, 13, 0)],
      ['America/Santiago', Date.UTC(2026, 3, 5, 2, 0)],
      ['Pacific/Apia', Date.UTC(2011, 11, 29, 0, 0)],
    ] as const;
    for (const locale of LOCALES) {
      for (const [zone, around] of changes) {
        for (let at = around - 3 * 3_600_000; at <= around + 3 * 3_600_000; at += 60_000) {
          const instant = new Date(at + (at % 7) * 1000);
          expect(formatZonedMoment(instant, locale, zone)).toBe(intl(instant, locale, zone));
        }
      }
    }
  });

  it('refuses a zone Intl does not know, as Intl does', () => {
    expect(() => formatZonedMoment(new Date(0), 'en', 'Mars/Olympus')).toThrow(RangeError);
  });
});
