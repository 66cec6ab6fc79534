/**
 * @module core/numbers/detect
 * Ranked carrier candidates for a normalized number. Every reading of every matching
 * format becomes a candidate; readings of the same carrier and service collapse to the
 * most confident one; the list is sorted by confidence, highest first (ties: a passed
 * check first, then the order of FORMAT_SPECS). Ambiguous shapes give several
 * candidates — never one silent guess.
 */

import { carrierName } from './registry.js';
import type { Candidate, Checksum } from './types.js';
import { matchFormats } from './validate.js';

const nameOf = carrierName;
const CHECK_RANK: Record<Checksum, number> = { valid: 2, none: 1, invalid: 0 };

/** Ranked candidates for `normalized`; empty when no format fits. */
export function detect(normalized: string): Candidate[] {
  const matches = matchFormats(normalized);
  const out: Candidate[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    let dup = -1;
    for (let j = 0; j < out.length; j++) {
      const c = out[j]!;
      if (c.carrierId === m.carrierId && c.service === m.service) {
        dup = j;
        break;
      }
    }
    if (dup >= 0 && m.confidence <= out[dup]!.confidence) continue;
    const c: Candidate = {
      carrierId: m.carrierId,
      carrierName: nameOf(m.carrierId),
      service: m.service,
      confidence: m.confidence,
      checksum: m.checksum,
      country: m.country,
    };
    if (dup >= 0) out[dup] = c;
    else out.push(c);
  }
  // Insertion sort: the lists are a handful long, and it is stable (format order breaks ties).
  for (let i = 1; i < out.length; i++) {
    const c = out[i]!;
    let j = i - 1;
    while (j >= 0 && before(c, out[j]!)) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = c;
  }
  return out;
}

/** True when `a` ranks strictly ahead of `b`. */
function before(a: Candidate, b: Candidate): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return CHECK_RANK[a.checksum] > CHECK_RANK[b.checksum];
}
