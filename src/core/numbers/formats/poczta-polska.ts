/**
 * @module core/numbers/formats/poczta-polska
 * Poczta Polska domestic numbers: 20 digits with a GS1 check (the same shape as USPS
 * legacy 20 and SSCC-18, so never a sole answer), and PX + 10 digits (no known check).
 */

import { gs1Valid } from './gs1.js';
import type { FormatSpec } from './spec.js';
import { allDigits, DIGITS, fixedReader } from './spec.js';

export { computeGs1CheckDigit as computePocztaPolskaCheckDigit } from './gs1.js';

export const POCZTA_POLSKA_20: FormatSpec = {
  format: {
    id: 'poczta-polska-20',
    label: 'Poczta Polska (20 digits)',
    pattern: /^\d{20}$/,
    check: (n) => gs1Valid(n, 0, 19),
  },
  lengths: [20],
  first: DIGITS,
  shape: allDigits,
  read: fixedReader('poczta-polska-20', [
    { carrierId: 'poczta-polska', base: 0.35, country: 'PL' },
  ]),
};

export const POCZTA_POLSKA_PX: FormatSpec = {
  format: {
    id: 'poczta-polska-px',
    label: 'Poczta Polska PX',
    pattern: /^PX\d{10}$/,
  },
  lengths: [12],
  first: 'P',
  read: fixedReader('poczta-polska-px', [{ carrierId: 'poczta-polska', base: 0.6, country: 'PL' }]),
};

export const POCZTA_POLSKA_FORMATS: readonly FormatSpec[] = [POCZTA_POLSKA_20, POCZTA_POLSKA_PX];
