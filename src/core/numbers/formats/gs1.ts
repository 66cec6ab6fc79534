/**
 * @module core/numbers/formats/gs1
 * GS1 "mod 10, weights 3-1" check digit (SSCC, USPS, FedEx Ground, Colissimo, Poczta
 * Polska) and the SSCC-18 formats (AI 00 + 18 digits).
 */

import type { FormatSpec } from './spec.js';
import { fixedReader } from './spec.js';

/**
 * GS1 check digit of the digits in `s` from `start` (inclusive) to `end` (exclusive):
 * weights 3,1,3,1… starting at the digit just left of the check, moving left.
 * Returns -1 when a character in the range is not a digit.
 */
export function gs1CheckOf(s: string, start: number, end: number): number {
  let sum = 0;
  let w = 3;
  for (let i = end - 1; i >= start; i--) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    sum += d * w;
    w = 4 - w;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the digit at `checkAt` is the GS1 check of `s[start..checkAt)`. */
export function gs1Valid(s: string, start: number, checkAt: number): boolean {
  const c = gs1CheckOf(s, start, checkAt);
  return c >= 0 && s.charCodeAt(checkAt) - 48 === c;
}

/** The GS1 check digit for a string of data digits (the check digit excluded). */
export function computeGs1CheckDigit(data: string): number {
  return gs1CheckOf(data, 0, data.length);
}

/** Deutsche Post / DHL Paket SSCC (company prefix 340434). */
export const DHL_PAKET_SSCC: FormatSpec = {
  format: {
    id: 'dhl-paket-sscc',
    label: 'DHL Paket SSCC',
    pattern: /^00340434\d{12}$/,
    check: (n) => gs1Valid(n, 0, 19),
  },
  lengths: [20],
  first: '0',
  read: fixedReader('dhl-paket-sscc', [
    { carrierId: 'dhl-paket', base: 0.9, service: 'Parcel (SSCC)', country: 'DE' },
  ]),
};

/** Any SSCC-18 with AI 00: names no carrier, so the readings stay low. */
export const GS1_SSCC: FormatSpec = {
  format: {
    id: 'gs1-sscc',
    label: 'GS1 SSCC-18',
    pattern: /^00(?!340434)\d{18}$/,
    check: (n) => gs1Valid(n, 0, 19),
  },
  lengths: [20],
  first: '0',
  read: fixedReader('gs1-sscc', [
    { carrierId: 'fedex', base: 0.3, service: 'SSCC-18' },
    { carrierId: 'dhl-paket', base: 0.25, service: 'Parcel (SSCC)' },
  ]),
};

export const GS1_FORMATS: readonly FormatSpec[] = [DHL_PAKET_SSCC, GS1_SSCC];
