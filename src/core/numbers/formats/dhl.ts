/**
 * @module core/numbers/formats/dhl
 * DHL Express waybill (10 digits, check = first 9 as a number mod 7), DHL piece IDs
 * (JJD…, JVGL…, no check) and DHL eCommerce (country/product prefix, no check).
 */

import type { FormatSpec } from './spec.js';
import { allDigits, DIGITS, fixedReader, range } from './spec.js';

/** Remainder mod 7 of the decimal number `s[start..end)`; -1 if not digits. */
export function mod7Of(s: string, start: number, end: number): number {
  let r = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    r = (r * 10 + d) % 7;
  }
  return r;
}

/** The DHL Express check digit for the 9 leading digits of a 10-digit waybill. */
export function computeDhlExpressCheckDigit(data: string): number {
  return mod7Of(data, 0, data.length);
}

export const DHL_EXPRESS_10: FormatSpec = {
  format: {
    id: 'dhl-express-10',
    label: 'DHL Express waybill (10 digits)',
    pattern: /^\d{10}$/,
    check: (n) => mod7Of(n, 0, 9) === n.charCodeAt(9) - 48,
  },
  lengths: [10],
  first: DIGITS,
  shape: allDigits,
  read: fixedReader('dhl-express-10', [
    { carrierId: 'dhl-express', base: 0.45, service: 'Express waybill' },
  ]),
};

export const DHL_PIECE: FormatSpec = {
  format: {
    id: 'dhl-piece',
    label: 'DHL piece ID (JJD…)',
    pattern: /^J[A-Z]{2,3}\d{9,20}$/,
  },
  lengths: range(12, 24),
  first: 'J',
  read: fixedReader('dhl-piece', [
    { carrierId: 'dhl-paket', base: 0.6, service: 'Piece ID' },
    { carrierId: 'dhl-express', base: 0.5, service: 'Piece ID' },
  ]),
};

const ECOM_GM = fixedReader('dhl-ecommerce', [{ carrierId: 'dhl-ecommerce', base: 0.7 }]);
const ECOM_OTHER = fixedReader('dhl-ecommerce', [{ carrierId: 'dhl-ecommerce', base: 0.2 }]);

export const DHL_ECOMMERCE: FormatSpec = {
  format: {
    id: 'dhl-ecommerce',
    label: 'DHL eCommerce',
    pattern: /^(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)[0-9A-Z]{10,39}$/,
  },
  lengths: range(12, 41),
  first: 'CGHILMRSTU',
  // GM… is the distinctive DHL eCommerce prefix; the others collide with S10 and Cainiao.
  read: (n, checksum, out) =>
    (n.charCodeAt(0) === 71 && n.charCodeAt(1) === 77 ? ECOM_GM : ECOM_OTHER)(n, checksum, out),
};

export const DHL_FORMATS: readonly FormatSpec[] = [DHL_EXPRESS_10, DHL_PIECE, DHL_ECOMMERCE];
