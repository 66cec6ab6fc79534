/**
 * @module core/numbers/formats/fedex
 * FedEx Express 12 (weights 3,1,7 left→right over 11 digits, Σ mod 11 mod 10), FedEx
 * Ground 15 (GS1 over the first 14) and FedEx Ground "96" 22 (GS1 over the 14
 * shipper+package digits).
 */

import { gs1Valid } from './gs1.js';
import type { FormatSpec } from './spec.js';
import { allDigits, DIGITS, fixedReader } from './spec.js';

const W317 = [3, 1, 7] as const;

/** FedEx Express check of the 11 digits at `s[start..start+11)`; -1 if not digits. */
export function fedex12CheckOf(s: string, start: number): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    const d = s.charCodeAt(start + i) - 48;
    if (d < 0 || d > 9) return -1;
    sum += d * W317[i % 3]!;
  }
  return (sum % 11) % 10;
}

/** The FedEx Express 12 check digit for 11 data digits. */
export function computeFedexExpressCheckDigit(data: string): number {
  return data.length === 11 ? fedex12CheckOf(data, 0) : -1;
}

export const FEDEX_EXPRESS_12: FormatSpec = {
  format: {
    id: 'fedex-express-12',
    label: 'FedEx Express (12 digits)',
    pattern: /^\d{12}$/,
    check: (n) => fedex12CheckOf(n, 0) === n.charCodeAt(11) - 48,
  },
  lengths: [12],
  first: DIGITS,
  shape: allDigits,
  read: fixedReader('fedex-express-12', [{ carrierId: 'fedex', base: 0.5, service: 'Express' }]),
};

export const FEDEX_GROUND_15: FormatSpec = {
  format: {
    id: 'fedex-ground-15',
    label: 'FedEx Ground (15 digits)',
    pattern: /^\d{15}$/,
    check: (n) => gs1Valid(n, 0, 14),
  },
  lengths: [15],
  first: DIGITS,
  shape: allDigits,
  read: fixedReader('fedex-ground-15', [{ carrierId: 'fedex', base: 0.45, service: 'Ground' }]),
};

export const FEDEX_GROUND_96: FormatSpec = {
  format: {
    id: 'fedex-ground-96',
    label: 'FedEx Ground 96 (22 digits)',
    pattern: /^96\d{20}$/,
    check: (n) => gs1Valid(n, 7, 21),
  },
  lengths: [22],
  first: '9',
  read: fixedReader('fedex-ground-96', [{ carrierId: 'fedex', base: 0.85, service: 'Ground' }]),
};

export const FEDEX_FORMATS: readonly FormatSpec[] = [
  FEDEX_EXPRESS_12,
  FEDEX_GROUND_15,
  FEDEX_GROUND_96,
];
