/**
 * @module core/numbers/formats/fourpx
 * 4PX: 4PX + 13 digits + CN (no published check). The LP…CN form it shares with
 * Cainiao lives in cainiao.ts.
 */

import type { FormatSpec } from './spec.js';
import { fixedReader } from './spec.js';

export const FOURPX: FormatSpec = {
  format: { id: '4px', label: '4PX', pattern: /^4PX\d{13}CN$/ },
  lengths: [18],
  first: '4',
  read: fixedReader('4px', [{ carrierId: '4px', base: 0.9 }]),
};

export const FOURPX_FORMATS: readonly FormatSpec[] = [FOURPX];
