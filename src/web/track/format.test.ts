import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/i18n/locales.js';
import { formatDay } from './format.js';

describe('formatDay', () => {
  it('writes what Intl writes for any hour of a day, kept days included', () => {
    const moments = [
      '2026-03-04',
      '2026-03-04T00:00:00.000Z',
      '2026-03-04T23:59:59.999Z',
      '2026-03-05T00:00:00Z',
      '1969-12-31T23:00:00Z',
      '2026-03-04T01:00:00+05:00',
    ];
    for (const locale of LOCALES) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      for (const iso of [...moments, ...moments]) {
        const at = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
        expect(formatDay(iso, locale)).toBe(intl.format(at));
      }
      const paris = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeZone: 'Europe/Paris',
      });
      const late = '2026-03-04T23:30:00Z';
      expect(formatDay(late, locale, 'Europe/Paris')).toBe(paris.format(new Date(late)));
    }
    expect(formatDay('not a date', 'en')).toBe('not a date');
  });
});
