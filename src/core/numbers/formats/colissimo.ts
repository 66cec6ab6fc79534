/**
 * @module core/numbers/formats/colissimo
 * La Poste / Colissimo domestic 13-character numbers: a 2-character product code, 10
 * digits and a GS1 key over those 10 digits; and La Poste's 870/880 references (no
 * published check).
 */

import { gs1Valid } from './gs1.js';
import type { FormatSpec } from './spec.js';
import { DIGITS, fixedReader, LETTERS } from './spec.js';

/** The Colissimo key for the 10 digits after the product code. */
export { computeGs1CheckDigit as computeColissimoCheckDigit } from './gs1.js';

const check = (n: string): boolean => gs1Valid(n, 2, 12);

/** Product codes with their own, more specific format: 6x, 8x (x a letter) and 5N–5Z. */
function colissimoCode(a: number, b: number): boolean {
  return ((a === 54 || a === 56) && b >= 65 && b <= 90) || (a === 53 && b >= 78 && b <= 90);
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/** `^(?!(?:[68][A-Z]|5[N-Z]))[A-Z0-9]{2}\d{11}$` as a charCodeAt loop. */
function laposte13Shape(n: string): boolean {
  if (n.length !== 13) return false;
  const a = n.charCodeAt(0);
  const b = n.charCodeAt(1);
  if (!isAlnum(a) || !isAlnum(b) || colissimoCode(a, b)) return false;
  for (let i = 2; i < 13; i++) {
    const c = n.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export const COLISSIMO: FormatSpec = {
  format: {
    id: 'colissimo',
    label: 'Colissimo',
    pattern: /^(?:[68][A-Z]|5[N-Z])\d{11}$/,
    check,
  },
  lengths: [13],
  first: '568',
  read: fixedReader('colissimo', [{ carrierId: 'colissimo', base: 0.85, country: 'FR' }]),
};

/** Any other 2-character product code: the key still applies but the shape is loose. */
export const LAPOSTE_GENERIC: FormatSpec = {
  format: {
    id: 'laposte-13',
    label: 'La Poste (13 characters)',
    pattern: /^(?!(?:[68][A-Z]|5[N-Z]))[A-Z0-9]{2}\d{11}$/,
    check,
  },
  lengths: [13],
  first: DIGITS + LETTERS,
  shape: laposte13Shape,
  read: fixedReader('laposte-13', [
    { carrierId: 'colissimo', base: 0.25, country: 'FR' },
    { carrierId: 'la-poste', base: 0.2, country: 'FR' },
  ]),
};

export const LAPOSTE_870: FormatSpec = {
  format: {
    id: 'laposte-870',
    label: 'La Poste 870/880',
    pattern: /^(?:870\d{11,12}|8[78]0\d{11}[A-Z])$/,
  },
  lengths: [14, 15],
  first: '8',
  read: fixedReader('laposte-870', [{ carrierId: 'la-poste', base: 0.6, country: 'FR' }]),
};

export const COLISSIMO_FORMATS: readonly FormatSpec[] = [COLISSIMO, LAPOSTE_GENERIC, LAPOSTE_870];
