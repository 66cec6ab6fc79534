/**
 * @module core/numbers/formats/sunyou
 * SunYou (SYPost): SY + 2 letters + 9 digits, or SY + 11 digits (no published check).
 */

import type { FormatSpec } from './spec.js';
import { fixedReader } from './spec.js';

export const SUNYOU: FormatSpec = {
  format: { id: 'sunyou', label: 'SunYou', pattern: /^SY(?:[A-Z]{2}\d{9}|\d{11})$/ },
  lengths: [13],
  first: 'S',
  read: fixedReader('sunyou', [{ carrierId: 'sunyou', base: 0.7 }]),
};

export const SUNYOU_FORMATS: readonly FormatSpec[] = [SUNYOU];
