/**
 * @module core/numbers/formats/yanwen
 * Yanwen: S10-shaped numbers with the pseudo-issuer YP (they pass the S10 check), YD…YW,
 * Y?…, and BYS + 9 digits. Only the YP form is known to carry the S10 check.
 */

import { s10Valid } from './s10.js';
import type { FormatSpec } from './spec.js';
import { fixedReader, LETTERS } from './spec.js';

export { computeS10CheckDigit as computeYanwenCheckDigit } from './s10.js';

/** First two characters A–Z and the next nine 0–9. */
function letters2digits9(n: string): boolean {
  if (n.length !== 13) return false;
  for (let i = 0; i < 11; i++) {
    const c = n.charCodeAt(i);
    if (i < 2 ? c < 65 || c > 90 : c < 48 || c > 57) return false;
  }
  return true;
}

export const YANWEN_YP: FormatSpec = {
  format: {
    id: 'yanwen-yp',
    label: 'Yanwen (S10 shape, YP)',
    pattern: /^[A-Z]{2}\d{9}YP$/,
    check: s10Valid,
  },
  lengths: [13],
  first: LETTERS,
  shape: (n) => n.charCodeAt(11) === 89 && n.charCodeAt(12) === 80 && letters2digits9(n),
  read: fixedReader('yanwen-yp', [{ carrierId: 'yanwen', base: 0.9 }]),
};

export const YANWEN_YW: FormatSpec = {
  format: { id: 'yanwen-yw', label: 'Yanwen YD…YW', pattern: /^YD\d{9}YW$/ },
  lengths: [13],
  first: 'Y',
  read: fixedReader('yanwen-yw', [{ carrierId: 'yanwen', base: 0.8 }]),
};

/** Y + letter + 9 digits + 2 letters: S10-shaped with an indicator the UPU never assigned. */
export const YANWEN_Y: FormatSpec = {
  format: { id: 'yanwen-y', label: 'Yanwen Y…', pattern: /^Y[A-Z]\d{9}(?!Y[PW])[A-Z]{2}$/ },
  lengths: [13],
  first: 'Y',
  read: fixedReader('yanwen-y', [{ carrierId: 'yanwen', base: 0.45 }]),
};

export const YANWEN_BYS: FormatSpec = {
  format: { id: 'yanwen-bys', label: 'Yanwen BYS', pattern: /^BYS\d{9}$/ },
  lengths: [12],
  first: 'B',
  read: fixedReader('yanwen-bys', [{ carrierId: 'yanwen', base: 0.75 }]),
};

export const YANWEN_FORMATS: readonly FormatSpec[] = [YANWEN_YP, YANWEN_YW, YANWEN_Y, YANWEN_BYS];
