/**
 * @module core/numbers/formats/ups
 * UPS 1Z (18 chars) and UPS waybill (letter + 10 digits; the check covers the 9 digits
 * after the letter — inferred from one published sample, K1506235620). Check: letters map to digits by
 * (ASCII − 3) mod 10, weights 1,2,1,2… from the left, check = (10 − Σ mod 10) mod 10.
 */

import type { FormatSpec } from './spec.js';
import { fixedReader, pushMatch } from './spec.js';

/** UPS mod-10 check of `s[start..end)`; -1 when a character is not A–Z or 0–9. */
export function upsCheckOf(s: string, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = (c - 3) % 10;
    else return -1;
    sum += (i - start) & 1 ? v * 2 : v;
  }
  return (10 - (sum % 10)) % 10;
}

/** The UPS check digit for a body (for 1Z numbers: the 15 characters after "1Z"). */
export function computeUpsCheckDigit(body: string): number {
  return upsCheckOf(body, 0, body.length);
}

function upsValid(n: string, start: number): boolean {
  const last = n.length - 1;
  const c = upsCheckOf(n, start, last);
  return c >= 0 && n.charCodeAt(last) - 48 === c;
}

/** Service codes (characters 9–10 of a 1Z number) that are well established. */
const UPS_SERVICES: Record<string, string> = {
  '01': 'Next Day Air',
  '02': '2nd Day Air',
  '03': 'Ground',
};

export const UPS_1Z: FormatSpec = {
  format: {
    id: 'ups-1z',
    label: 'UPS 1Z',
    pattern: /^1Z[A-Z0-9]{15}\d$/,
    check: (n) => upsValid(n, 2),
  },
  lengths: [18],
  first: '1',
  read: (n, checksum, out) => {
    const service = UPS_SERVICES[n.slice(8, 10)];
    pushMatch(out, 'ups-1z', 'ups', checksum, 0.97, service);
  },
};

export const UPS_WAYBILL: FormatSpec = {
  format: {
    id: 'ups-waybill',
    label: 'UPS waybill',
    pattern: /^[AHJKTV]\d{10}$/,
    check: (n) => upsValid(n, 1),
  },
  lengths: [11],
  first: 'AHJKTV',
  read: fixedReader('ups-waybill', [{ carrierId: 'ups', base: 0.45, service: 'Waybill' }]),
};

export const UPS_FORMATS: readonly FormatSpec[] = [UPS_1Z, UPS_WAYBILL];
