/**
 * @module core/numbers/formats/royal-mail
 * Royal Mail domestic 2D references: 32 + 11 digits + 8 hex, or 16 hex characters (no
 * published check). The 16-hex form also matches any 16 digits, so it stays very low.
 * International Royal Mail items are S10 …GB (s10.ts).
 */

import type { FormatSpec } from './spec.js';
import { DIGITS, fixedReader } from './spec.js';

const LONG = fixedReader('royal-mail-2d', [{ carrierId: 'royal-mail', base: 0.5, country: 'GB' }]);
const SHORT = fixedReader('royal-mail-2d', [{ carrierId: 'royal-mail', base: 0.1, country: 'GB' }]);

export const ROYAL_MAIL_2D: FormatSpec = {
  format: {
    id: 'royal-mail-2d',
    label: 'Royal Mail domestic',
    pattern: /^(?:32\d{11}[A-F0-9]{8}|[A-F0-9]{16})$/,
  },
  lengths: [16, 21],
  first: DIGITS + 'ABCDEF',
  read: (n, checksum, out) => {
    (n.length === 21 ? LONG : SHORT)(n, checksum, out);
  },
};

export const ROYAL_MAIL_FORMATS: readonly FormatSpec[] = [ROYAL_MAIL_2D];
