/**
 * @module core/i18n/locales.test
 * Locale guards and Accept-Language negotiation, by table and by property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  matchLocale,
  negotiatedCount,
  negotiateLocale,
} from './locales.js';

describe('isLocale', () => {
  it('accepts every supported locale and nothing else', () => {
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    for (const v of ['pt', 'pt-br', 'EN', 'it', '', null, 3]) expect(isLocale(v)).toBe(false);
  });
});

describe('negotiateLocale', () => {
  const table: Array<[string | undefined, string]> = [
    [undefined, 'en'],
    ['', 'en'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['de-CH,de;q=0.9', 'de'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['it-IT,it;q=0.9,pl;q=0.5,en;q=0.3', 'pl'],
    ['en;q=0.2, es;q=0.8', 'es'],
    ['es;q=0, fr;q=0.1', 'fr'],
    ['*', 'en'],
    ['zh-CN, ja', 'en'],
    ['de;q=abc, pl', 'pl'],
    ['de;q=2, pl', 'pl'],
    ['fr;q=0.5, es;q=0.5', 'fr'],
    ['  PL  ', 'pl'],
  ];
  it.each(table)('%s → %s', (input, expected) => {
    expect(negotiateLocale(input)).toBe(expected);
  });

  it('always returns a supported locale, whatever the header', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect(isLocale(negotiateLocale(header))).toBe(true);
      }),
    );
  });

  it('a single supported tag negotiates to itself', () => {
    for (const l of LOCALES) expect(negotiateLocale(l)).toBe(l);
    expect(DEFAULT_LOCALE).toBe('en');
  });

  it('answers a header it has seen as it did the first time', () => {
    for (const [input, expected] of table) {
      expect(negotiateLocale(input)).toBe(expected);
      expect(negotiateLocale(input)).toBe(expected);
    }
  });

  it('remembers a bounded number of headers, and no long one', () => {
    for (let i = 0; i < 1000; i++) {
      expect(negotiateLocale(`x-${i}, fr;q=0.${(i % 9) + 1}`)).toBe('fr');
    }
    expect(negotiatedCount()).toBeLessThanOrEqual(256);
    const before = negotiatedCount();
    const long = `${'zz-ZZ;q=0.5, '.repeat(40)}es;q=0.9`;
    expect(negotiateLocale(long)).toBe('es');
    expect(negotiatedCount()).toBe(before);
    // The oldest were dropped, and are worked out again when they come back.
    expect(negotiateLocale('x-0, fr;q=0.1')).toBe('fr');
  });

  it('matchLocale returns null for unsupported languages', () => {
    expect(matchLocale('it')).toBeNull();
    expect(matchLocale('')).toBeNull();
  });
});
