import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, numbersFromUrl } from './normalize.js';

describe('normalize', () => {
  it.each([
    ['LP00123456789012', 'LP00123456789012'],
    ['lp00123456789012', 'LP00123456789012'],
    ['  RB 1234 5678 5GB ', 'RB123456785GB'],
    ['RB-1234-5678-5-GB', 'RB123456785GB'],
    ['RB.1234.5678.5.GB', 'RB123456785GB'],
    ['RB_123456785_GB', 'RB123456785GB'],
    ['RB/123456785/GB', 'RB123456785GB'],
    ['RB\u200b1234\u200c5678\u200d5\u2060GB\ufeff', 'RB123456785GB'],
    ['RB\u00a01234\u20095678\u202f5\u3000GB', 'RB123456785GB'],
    ['"RB123456785GB"', 'RB123456785GB'],
    ["'RB123456785GB'", 'RB123456785GB'],
    ['\u201cRB123456785GB\u201d', 'RB123456785GB'],
    ['\u2018RB123456785GB\u2019', 'RB123456785GB'],
    ['\u00abRB123456785GB\u00bb', 'RB123456785GB'],
    ['\u300cRB123456785GB\u300d', 'RB123456785GB'],
    ['\u300eRB123456785GB\u300f', 'RB123456785GB'],
    ['ＲＢ１２３４５６７８５ＧＢ', 'RB123456785GB'],
    ['ｌｐ００１２３４５６７８９０１２', 'LP00123456789012'],
    ['ＲＢ－１２３４５６７８５－ＧＢ', 'RB123456785GB'],
    ['\tRB123456785GB\n', 'RB123456785GB'],
    ['#LP00123456789012', 'LP00123456789012'],
    ['', ''],
  ])('%j → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ['https://t.17track.net/en#nums=LP00123456789012', 'LP00123456789012'],
    ['https://t.17track.net/en#nums=LP00123456789012,RB123456785GB', 'LP00123456789012'],
    ['https://global.cainiao.com/detail.htm?mailNoList=LP00123456789012', 'LP00123456789012'],
    ['https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784', '1Z999AA10123456784'],
    [
      'https://www.fedex.com/fedextrack/?trknbr=986578788855&trackNums=986578788855',
      '986578788855',
    ],
    [
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206206406260787',
      '9400111206206406260787',
    ],
    ['https://www.dhl.com/en/express/tracking.html?AWB=3318810025&brand=DHL', '3318810025'],
    ['https://example.com/?tracking_number=rb123456785gb', 'RB123456785GB'],
    ['https://example.com/?trackingNumber=RB123456785GB', 'RB123456785GB'],
    ['https://example.com/x?numbers=RB123456785GB', 'RB123456785GB'],
    ['https://example.com/x?id=RB123456785GB', 'RB123456785GB'],
    ['https://example.com/x?code=RB123456785GB', 'RB123456785GB'],
    ['https://parcelsapp.com/en/tracking/LP00123456789012', 'LP00123456789012'],
    ['https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901', '6A12345678901'],
    ['www.example.com/track/LP00123456789012', 'LP00123456789012'],
    ['example.com/parcels/RB123456785GB/', 'RB123456785GB'],
    ['https://track.yw56.com.cn/en/index?nums=UG123456789YP', 'UG123456789YP'],
    ['https://example.com/track?nums=RB%20123456785%20GB', 'RB123456785GB'],
  ])('link %s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('lists every number a link carries', () => {
    expect(numbersFromUrl('https://t.17track.net/en#nums=LP00123456789012,RB123456785GB')).toEqual([
      'LP00123456789012',
      'RB123456785GB',
    ]);
    expect(numbersFromUrl('RB123456785GB')).toEqual([]);
    expect(numbersFromUrl('https://example.com/about')).toEqual([]);
  });

  it('returns a clean input unchanged (the same string)', () => {
    const clean = 'LP00123456789012';
    expect(normalize(clean)).toBe(clean);
  });

  it('is idempotent on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on number-like text with separators and links', () => {
    const piece = fc.constantFrom(
      'LP',
      '0012',
      ' ',
      '-',
      '.',
      '/',
      '_',
      '\u200b',
      '\u00a0',
      '"',
      '\u300c',
      'ＲＢ',
      '１２',
      'https://',
      'x.com/',
      'track/',
      '?nums=',
      '&id=',
      '#',
      'ß',
      'ﬁ',
      'ŉ',
      'İ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves only letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(normalize(s)).not.toMatch(/[\s\p{P}\p{S}\p{Cf}]/u);
      }),
      { numRuns: 1000 },
    );
  });
});
