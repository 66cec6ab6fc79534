import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/i18n/locales.js';
import { formatNumber } from './format.js';

describe('formatNumber', () => {
  it('writes what Intl writes, kept small numbers included, twice in a row', () => {
    const values = [0, -0, 1, 7, 42, 999, 1000, 12345, 1.5, -3, 0.25, Number.NaN, 1e21];
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(locale);
      for (const value of values) {
        expect(formatNumber(value, locale)).toBe(intl.format(value));
        expect(formatNumber(value, locale)).toBe(intl.format(value));
      }
    }
  });
});
