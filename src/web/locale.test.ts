/**
 * @module web/locale.test
 * The request-target split and the language links, held against what the URL classes give
 * (the code takes shortcuts around them), and the locale a request gets.
 */

import fc from 'fast-check';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../core/i18n/locales.js';
import { href, requestLocale, splitUrl } from './locale.js';

const PIECES = [
  'a',
  'Z',
  '0',
  '/',
  '//',
  '.',
  '..',
  '?',
  '??',
  '&',
  '=',
  '%',
  '%2e',
  '%2E',
  '%41',
  '%zz',
  '#',
  ' ',
  '+',
  "'",
  '"',
  '<',
  '\\',
  '~',
  '-',
  '_',
  'é',
  '\t',
  '@',
  ':',
  ';',
  '!',
  '*',
  '(',
  '{',
  '|',
  '`',
  'lang=fr',
  'lang',
  'track',
  'LP00123456789012',
];
const target = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 12 })
  .map((parts) => `/${parts.join('')}`);

function viaUrl(t: string): { path: string; query: [string, string][] } | 'invalid' {
  try {
    const url = new URL(t, 'http://localhost');
    return { path: url.pathname, query: [...url.searchParams] };
  } catch {
    return 'invalid';
  }
}

function viaSplit(t: string): { path: string; query: [string, string][] } | 'invalid' {
  try {
    const { path, query } = splitUrl(t);
    return { path, query: [...query] };
  } catch {
    return 'invalid';
  }
}

describe('splitUrl', () => {
  it('gives the path and query the URL parser gives, whatever the target', () => {
    fc.assert(
      fc.property(target, (t) => {
        expect(viaSplit(t)).toEqual(viaUrl(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('splits the usual targets', () => {
    expect(viaSplit('/track/LP00123456789012?lang=fr&x=a+b')).toEqual({
      path: '/track/LP00123456789012',
      query: [
        ['lang', 'fr'],
        ['x', 'a b'],
      ],
    });
    expect(viaSplit('/a/../b/./c?')).toEqual({ path: '/b/c', query: [] });
    expect(viaSplit('/%7e?q=%C3%A9')).toEqual({ path: '/%7e', query: [['q', 'é']] });
  });
});

describe('href', () => {
  const params = fc.dictionary(
    fc.oneof(fc.constantFrom('q', 'lang', '1', 'a b', 'ü'), fc.string({ maxLength: 4 })),
    fc.oneof(fc.constantFrom('ups', 'a b', "it's", 'x~y', '', 'é&='), fc.string({ maxLength: 6 })),
  );
  it('writes the query URLSearchParams writes, the language first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), params, (locale, extra) => {
        const expected = `/carriers?${new URLSearchParams({ lang: locale, ...extra }).toString()}`;
        expect(href('/carriers', locale, extra)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(href('/statuses', 'pt-BR')).toBe('/statuses?lang=pt-BR');
    expect(href('/', 'fr', { q: 'a b&c' })).toBe('/?lang=fr&q=a+b%26c');
  });
});

describe('requestLocale', () => {
  const request = (query: Record<string, string>, headers: Record<string, string>) =>
    ({ query, headers }) as unknown as FastifyRequest;

  it('takes ?lang=, then the lang cookie, then Accept-Language', () => {
    const header = { 'accept-language': 'de-AT, en;q=0.5' };
    expect(requestLocale(request({ lang: 'es' }, { cookie: 'lang=fr', ...header }))).toEqual({
      locale: 'es',
      fromQuery: true,
    });
    expect(requestLocale(request({}, { cookie: 'a=1; lang=fr; b=2', ...header })).locale).toBe(
      'fr',
    );
    expect(requestLocale(request({}, { cookie: 'a=1; b=2', ...header })).locale).toBe('de');
    expect(requestLocale(request({}, { cookie: 'xlang=fr; lang=xx', ...header })).locale).toBe(
      'de',
    );
    expect(requestLocale(request({ lang: 'xx' }, {}))).toEqual({ locale: 'en', fromQuery: false });
  });
});
