/**
 * @module core/numbers/formats/yunexpress
 * YunExpress: YT + 16 digits (no published check).
 */

import type { FormatSpec } from './spec.js';
import { fixedReader } from './spec.js';

export const YUNEXPRESS: FormatSpec = {
  format: { id: 'yunexpress', label: 'YunExpress', pattern: /^YT\d{16}$/ },
  lengths: [18],
  first: 'Y',
  read: fixedReader('yunexpress', [{ carrierId: 'yunexpress', base: 0.9 }]),
};

export const YUNEXPRESS_FORMATS: readonly FormatSpec[] = [YUNEXPRESS];
