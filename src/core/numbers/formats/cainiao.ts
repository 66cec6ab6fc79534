/**
 * @module core/numbers/formats/cainiao
 * Cainiao / AliExpress numbers. None has a published check digit. LP + 14 digits is the
 * common AliExpress logistics number; the CN…, CAINIAO… and AE… shapes come from
 * third-party detectors and disagree, so they stay low.
 */

import type { FormatSpec } from './spec.js';
import { fixedReader, range } from './spec.js';

export const CAINIAO_LP: FormatSpec = {
  format: { id: 'cainiao-lp', label: 'Cainiao LP', pattern: /^LP\d{14}$/ },
  lengths: [16],
  first: 'L',
  read: fixedReader('cainiao-lp', [
    { carrierId: 'cainiao', base: 0.85, service: 'AliExpress logistics number' },
  ]),
};

/** CN + destination country + 13 digits + 2 letters, e.g. CNFR9010481599571HD. */
export const CAINIAO_CN: FormatSpec = {
  format: { id: 'cainiao-cn', label: 'Cainiao CN', pattern: /^CN[A-Z]{2}\d{13}[A-Z]{2}$/ },
  lengths: [19],
  first: 'C',
  read: fixedReader('cainiao-cn', [{ carrierId: 'cainiao', base: 0.55 }]),
};

export const CAINIAO_PREFIX: FormatSpec = {
  format: { id: 'cainiao-prefix', label: 'CAINIAO…', pattern: /^CAINIAO\d{6,30}$/ },
  lengths: range(13, 37),
  first: 'C',
  read: fixedReader('cainiao-prefix', [{ carrierId: 'cainiao', base: 0.7 }]),
};

/** AE + letters/digits: seen in detectors only, inconsistent. */
export const CAINIAO_AE: FormatSpec = {
  format: {
    id: 'cainiao-ae',
    label: 'Cainiao AE…',
    pattern: /^AE(?=[A-Z0-9]*\d{6})[A-Z0-9]{10,28}$/,
  },
  lengths: range(12, 30),
  first: 'A',
  read: fixedReader('cainiao-ae', [{ carrierId: 'cainiao', base: 0.15 }]),
};

/** LP + 13 digits + CN: used by 4PX and also seen on Cainiao, so both are listed. */
export const LP_13_CN: FormatSpec = {
  format: { id: 'lp-13-cn', label: 'LP…CN (17 characters)', pattern: /^LP\d{13}CN$/ },
  lengths: [17],
  first: 'L',
  read: fixedReader('lp-13-cn', [
    { carrierId: '4px', base: 0.5 },
    { carrierId: 'cainiao', base: 0.4 },
  ]),
};

export const CAINIAO_FORMATS: readonly FormatSpec[] = [
  CAINIAO_LP,
  CAINIAO_CN,
  CAINIAO_PREFIX,
  CAINIAO_AE,
  LP_13_CN,
];
