/**
 * @module core/numbers/formats/jt
 * J&T Express: JT + 13 digits in China; bare 12-digit numbers by country prefix elsewhere
 * (third-party hints only, no check digit, so these stay low and never stand alone).
 */

import type { FormatSpec } from './spec.js';
import { fixedReader } from './spec.js';

export const JT_CN: FormatSpec = {
  format: { id: 'jt-cn', label: 'J&T Express (JT…)', pattern: /^JT\d{13}$/ },
  lengths: [15],
  first: 'J',
  read: fixedReader('jt-cn', [{ carrierId: 'jt-express', base: 0.75, country: 'CN' }]),
};

const jt12 = (country: string): FormatSpec['read'] =>
  fixedReader('jt-12', [{ carrierId: 'jt-express', base: 0.15, country }]);
const TH = jt12('TH');
const PH = jt12('PH');
const VN = jt12('VN');
const MY = jt12('MY');

/** Country-specific 12-digit numbers: 821… TH, 940… PH, 80… VN, 63… MY. */
export const JT_12: FormatSpec = {
  format: { id: 'jt-12', label: 'J&T Express (12 digits)', pattern: /^(?:821|940|80|63)\d+$/ },
  lengths: [12],
  first: '689',
  read: (n, checksum, out) => {
    const c0 = n.charCodeAt(0);
    const read = c0 === 56 ? (n.charCodeAt(1) === 50 ? TH : VN) : c0 === 57 ? PH : MY;
    read(n, checksum, out);
  },
};

export const JT_FORMATS: readonly FormatSpec[] = [JT_CN, JT_12];
