/**
 * @module core/numbers/formats/correos
 * Correos (Spain) 23-character parcel codes ending in a check letter:
 * "TRWAGMYFPDXBNJZSQVHLCKE"[(Σ char codes of the first 22) mod 23]. The rule is empirical
 * (not published by Correos) and, being a plain sum, cannot detect swapped characters.
 * Also the PR…C form (no known check).
 */

import type { FormatSpec } from './spec.js';
import { fixedReader } from './spec.js';

const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The Correos check letter for the first 22 characters. */
export function computeCorreosCheckLetter(data: string): string {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data.charCodeAt(i);
  return LETTERS[sum % 23]!;
}

function correosValid(n: string): boolean {
  let sum = 0;
  for (let i = 0; i < 22; i++) sum += n.charCodeAt(i);
  return LETTERS.charCodeAt(sum % 23) === n.charCodeAt(22);
}

export const CORREOS_23: FormatSpec = {
  format: {
    id: 'correos-23',
    label: 'Correos (23 characters)',
    pattern: /^(?:P[A-Z]|D[A-Z]|CD)[0-9A-Z]{4}\d{16}[A-Z]$/,
    check: correosValid,
  },
  lengths: [23],
  first: 'CDP',
  read: fixedReader('correos-23', [{ carrierId: 'correos', base: 0.85, country: 'ES' }]),
};

export const CORREOS_PR: FormatSpec = {
  format: {
    id: 'correos-pr',
    label: 'Correos PR…C',
    pattern: /^PR\d{15}C$/,
  },
  lengths: [18],
  first: 'P',
  read: fixedReader('correos-pr', [{ carrierId: 'correos', base: 0.7, country: 'ES' }]),
};

export const CORREOS_FORMATS: readonly FormatSpec[] = [CORREOS_23, CORREOS_PR];
