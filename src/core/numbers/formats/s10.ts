/**
 * @module core/numbers/formats/s10
 * UPU S10: two-letter service indicator, 8-digit serial, check digit, two-letter issuer
 * country. Check weights 8,6,4,2,3,5,9,7; C = 11 − (Σ mod 11), 10 → 0, 11 → 5.
 */

import type { Checksum, FormatMatch } from '../types.js';
import { ISSUER_COUNT, s10IssuerAt, s10IssuerIndexAt } from './s10-issuers.js';
import type { FormatSpec } from './spec.js';
import { pushMatch } from './spec.js';

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** S10 check digit of the 8 serial digits at `s[start..start+8)`; -1 if not digits. */
export function s10CheckOf(s: string, start: number): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const d = s.charCodeAt(start + i) - 48;
    if (d < 0 || d > 9) return -1;
    sum += d * WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

/** The S10 check digit for an 8-digit serial. */
export function computeS10CheckDigit(serial: string): number {
  return serial.length === 8 ? s10CheckOf(serial, 0) : -1;
}

/**
 * `^(?![JK])[A-Z]{2}\d{9}[A-Z]{2}$` as a charCodeAt loop (the hottest shape of all).
 * `suffix` narrows the last two letters when given (Yanwen's YP).
 */
export function isS10Shape(n: string, suffix?: string): boolean {
  if (n.length !== 13) return false;
  const a = n.charCodeAt(0);
  const b = n.charCodeAt(1);
  if (a < 65 || a > 90 || a === 74 || a === 75 || b < 65 || b > 90) return false;
  for (let i = 2; i < 11; i++) {
    const c = n.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const y = n.charCodeAt(11);
  const z = n.charCodeAt(12);
  if (suffix !== undefined) return y === suffix.charCodeAt(0) && z === suffix.charCodeAt(1);
  return y >= 65 && y <= 90 && z >= 65 && z <= 90;
}

/** True when a 13-character S10-shaped number carries the right check digit. */
export function s10Valid(n: string): boolean {
  const c = s10CheckOf(n, 2);
  return c >= 0 && n.charCodeAt(10) - 48 === c;
}

/** Service-indicator class: what the first letter (and sometimes the second) means. */
interface SiClass {
  service: string;
  /** Shape specificity for a known issuer. */
  base: number;
}

const INTL = 0.92;
const DOMESTIC = 0.8;
const UNASSIGNED = 0.45;

const DOMESTIC_USE: SiClass = { service: 'Domestic or bilateral item', base: DOMESTIC };
const NOT_ASSIGNED: SiClass = { service: 'Unassigned service indicator', base: UNASSIGNED };

const BY_FIRST: Record<string, SiClass> = {
  B: DOMESTIC_USE,
  C: { service: 'Parcel post', base: INTL },
  D: DOMESTIC_USE,
  E: { service: 'EMS', base: INTL },
  H: { service: 'E-commerce parcel', base: INTL },
  L: { service: 'Tracked letter (ePacket)', base: INTL },
  M: { service: 'M-bag', base: INTL },
  N: DOMESTIC_USE,
  P: DOMESTIC_USE,
  R: { service: 'Registered letter', base: INTL },
  U: { service: 'Letter with customs declaration', base: INTL },
  V: { service: 'Insured letter', base: INTL },
  Z: DOMESTIC_USE,
};
const BUSINESS_REPLY: SiClass = { service: 'International business reply', base: INTL };

/** Meaning of the service indicator at n[0..2); null for the reserved J* and K* ranges. */
export function serviceIndicator(n: string): SiClass | null {
  const a = n.charCodeAt(0);
  const b = n.charCodeAt(1);
  switch (a) {
    case 65: // A: AV–AZ domestic RFID e-commerce, AA–AU unassigned
      return b >= 86 ? DOMESTIC_USE : NOT_ASSIGNED;
    case 71: // G: GA, GD domestic
      return b === 65 || b === 68 ? DOMESTIC_USE : NOT_ASSIGNED;
    case 74: // J reserved
    case 75: // K reserved
      return null;
    case 81: // Q: QA–QM business reply
      return b <= 77 ? BUSINESS_REPLY : NOT_ASSIGNED;
    default:
      return BY_FIRST[n[0]!] ?? NOT_ASSIGNED;
  }
}

/** Operator for an issuer whose national rules split S10 numbers between carriers. */
function operatorFor(n: string, issuer: string): string {
  const a = n.charCodeAt(0);
  const b = n.charCodeAt(1);
  switch (issuer) {
    case 'china-post':
      return a === 69 ? 'china-ems' : issuer; // E* = China EMS
    case 'royal-mail':
      // EA–EE and CP are Parcelforce Worldwide
      return (a === 69 && b >= 65 && b <= 69) || (a === 67 && b === 80) ? 'parcelforce' : issuer;
    case 'la-poste':
      if (a === 67) return 'colissimo';
      if (a === 69 || (a === 88 && (b === 85 || b === 87 || b === 89))) return 'chronopost';
      return issuer;
    case 'deutsche-post':
      return a === 67 ? 'dhl-paket' : issuer;
    default:
      return issuer;
  }
}

/** Builds the reading of an S10 number (uncached). */
function buildS10(n: string, checksum: Checksum): FormatMatch | null {
  const si = serviceIndicator(n);
  if (si === null) return null;
  const issuer = s10IssuerAt(n, 11);
  const out: FormatMatch[] = [];
  if (issuer === undefined) {
    pushMatch(out, 's10', 'unknown-postal', checksum, si.base * 0.35, si.service);
  } else {
    const service = n.charCodeAt(0) === 76 && issuer === 'china-post' ? 'ePacket' : si.service;
    pushMatch(out, 's10', operatorFor(n, issuer), checksum, si.base, service, n.slice(11));
  }
  return Object.freeze(out[0]!);
}

/**
 * Readings depend only on the two indicator letters, the issuer (which fixes the suffix)
 * and the checksum outcome, so each combination is built once and shared (frozen). The
 * key space is bounded (676 × issuers × 3), whatever the input.
 */
const cache = new Map<number, FormatMatch | null>();

function readS10(n: string, checksum: Checksum, out: FormatMatch[]): void {
  // Suffix YP: Yanwen's own S10-shaped numbers (yanwen.ts reads them), not a country.
  if (n.charCodeAt(11) === 89 && n.charCodeAt(12) === 80) return;
  const si = (n.charCodeAt(0) - 65) * 26 + (n.charCodeAt(1) - 65);
  const key =
    (si * ISSUER_COUNT + s10IssuerIndexAt(n, 11)) * 3 +
    (checksum === 'valid' ? 0 : checksum === 'none' ? 1 : 2);
  let m = cache.get(key);
  if (m === undefined) {
    m = buildS10(n, checksum);
    cache.set(key, m);
  }
  if (m !== null) out.push(m);
}

export const S10: FormatSpec = {
  format: {
    id: 's10',
    label: 'UPU S10',
    pattern: /^(?![JK])[A-Z]{2}\d{9}[A-Z]{2}$/,
    check: s10Valid,
  },
  lengths: [13],
  first: 'ABCDEFGHILMNOPQRSTUVWXYZ',
  shape: isS10Shape,
  read: readS10,
};
