/**
 * @module core/numbers/formats/parcel-networks
 * European parcel networks whose numbers are plain digits with no check we can verify
 * from public sources: InPost (24 digits), GLS (11 digits, or 12 with a trailing check
 * digit whose rule is not published), DPD (14 digits, optionally a 15th check character;
 * 10-digit references also seen). Third-party hints only, so these stay low: bare digits
 * collide with FedEx, DHL Express and J&T.
 */

import type { FormatSpec } from './spec.js';
import { allDigits, DIGITS, fixedReader } from './spec.js';

export const INPOST_24: FormatSpec = {
  format: { id: 'inpost-24', label: 'InPost (24 digits)', pattern: /^\d{24}$/ },
  lengths: [24],
  first: DIGITS,
  shape: allDigits,
  read: fixedReader('inpost-24', [{ carrierId: 'inpost', base: 0.3, country: 'PL' }]),
};

const GLS_11 = fixedReader('gls', [{ carrierId: 'gls', base: 0.25 }]);
// 12 digits: any number of that length fits, so it ranks below prefix-specific shapes.
const GLS_12 = fixedReader('gls', [{ carrierId: 'gls', base: 0.12 }]);

export const GLS: FormatSpec = {
  format: { id: 'gls', label: 'GLS parcel number', pattern: /^\d{11,12}$/ },
  lengths: [11, 12],
  first: DIGITS,
  shape: allDigits,
  read: (n, checksum, out) => (n.length === 11 ? GLS_11 : GLS_12)(n, checksum, out),
};

const DPD_MAIN = fixedReader('dpd', [{ carrierId: 'dpd', base: 0.35 }]);
const DPD_SHORT = fixedReader('dpd', [{ carrierId: 'dpd', base: 0.15 }]);

export const DPD: FormatSpec = {
  format: { id: 'dpd', label: 'DPD parcel number', pattern: /^(?:\d{14}[A-Z0-9]?|\d{10})$/ },
  lengths: [10, 14, 15],
  first: DIGITS,
  read: (n, checksum, out) => (n.length === 10 ? DPD_SHORT : DPD_MAIN)(n, checksum, out),
};

export const PARCEL_NETWORK_FORMATS: readonly FormatSpec[] = [INPOST_24, GLS, DPD];
