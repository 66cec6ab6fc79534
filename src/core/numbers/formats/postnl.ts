/**
 * @module core/numbers/formats/postnl
 * PostNL domestic "3S" barcodes: 3S + 4-letter customer code + 6–9 digit serial (no
 * published check). International PostNL items are S10 …NL (s10.ts).
 */

import type { FormatSpec } from './spec.js';
import { fixedReader } from './spec.js';

export const POSTNL_3S: FormatSpec = {
  format: { id: 'postnl-3s', label: 'PostNL 3S', pattern: /^3S[A-Z]{4}\d{6,9}$/ },
  lengths: [12, 13, 14, 15],
  first: '3',
  read: fixedReader('postnl-3s', [{ carrierId: 'postnl', base: 0.9, country: 'NL' }]),
};

export const POSTNL_FORMATS: readonly FormatSpec[] = [POSTNL_3S];
