/**
 * @module core/numbers/formats/usps
 * USPS legacy 20-digit numbers and the Intelligent Mail package barcode (IMpb): data of
 * 20–26 digits starting 92–95, optionally preceded by a 420+ZIP5 or 420+ZIP9 routing
 * prefix. The GS1 check covers the data digits after the routing prefix.
 */

import { gs1Valid } from './gs1.js';
import type { FormatSpec } from './spec.js';
import { allDigits, DIGITS, fixedReader, range } from './spec.js';

/** True when `n[start..]` is IMpb data: 9[2-5] then 18–24 digits, GS1-checked. */
function impbDataValid(n: string, start: number): boolean {
  const len = n.length - start;
  if (len < 20 || len > 26) return false;
  if (n.charCodeAt(start) !== 57) return false;
  const s = n.charCodeAt(start + 1);
  if (s < 50 || s > 53) return false;
  return gs1Valid(n, start, n.length - 1);
}

/** IMpb check: tries the bare data, then a 420+ZIP5 and a 420+ZIP9 routing prefix. */
export function uspsImpbValid(n: string): boolean {
  if (n.charCodeAt(0) === 57 && impbDataValid(n, 0)) return true;
  if (n.startsWith('420')) return impbDataValid(n, 8) || impbDataValid(n, 12);
  return false;
}

export const USPS_IMPB: FormatSpec = {
  format: {
    id: 'usps-impb',
    label: 'USPS Intelligent Mail package barcode',
    pattern: /^(?:420\d{5}(?:\d{4})?)?9[2-5]\d{18,24}$/,
    check: uspsImpbValid,
  },
  lengths: [...range(20, 26), ...range(28, 38)],
  first: '49',
  read: fixedReader('usps-impb', [{ carrierId: 'usps', base: 0.8, country: 'US' }]),
};

export const USPS_20: FormatSpec = {
  format: {
    id: 'usps-20',
    label: 'USPS (20 digits)',
    pattern: /^\d{20}$/,
    check: (n) => gs1Valid(n, 0, 19),
  },
  lengths: [20],
  first: DIGITS,
  shape: allDigits,
  read: fixedReader('usps-20', [{ carrierId: 'usps', base: 0.35, country: 'US' }]),
};

export const USPS_FORMATS: readonly FormatSpec[] = [USPS_IMPB, USPS_20];
