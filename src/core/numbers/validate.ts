/**
 * @module core/numbers/validate
 * Which formats a normalized number (A–Z, 0–9) fits, and whether their check digits pass.
 * Dispatch is by length and first character: only the few formats that could match are
 * tried, and each match is read without building strings.
 */

import { charSlot, MAX_LENGTH, SPECS_BY_SHAPE } from './formats/all.js';
import type { Checksum, FormatMatch } from './types.js';

const EMPTY: readonly never[] = [];
// Module-local copies: read once, so the hot path never goes through import bindings.
const TABLE = SPECS_BY_SHAPE;
const MAX = MAX_LENGTH;
const slotOf = charSlot;

/**
 * Every format whose shape matches `normalized`, one entry per reading (carrier). A shape
 * match whose check digit fails is returned with checksum 'invalid'. The array is fresh;
 * the FormatMatch objects in it are shared and frozen — copy one before changing it.
 */
export function matchFormats(normalized: string): FormatMatch[] {
  const out: FormatMatch[] = [];
  const len = normalized.length;
  if (len === 0 || len >= MAX) return out;
  const slot = slotOf(normalized.charCodeAt(0));
  if (slot < 0) return out;
  const specs = TABLE[len * 36 + slot] ?? EMPTY;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const f = spec.format;
    if (!(spec.shape === undefined ? f.pattern.test(normalized) : spec.shape(normalized))) continue;
    const checksum: Checksum =
      f.check === undefined ? 'none' : f.check(normalized) ? 'valid' : 'invalid';
    spec.read(normalized, checksum, out);
  }
  return out;
}

/**
 * True when some format with a check digit matches the shape and its check passes.
 * Allocates nothing; suggest.ts calls it for every one-slip variant.
 */
export function hasValidChecksum(normalized: string): boolean {
  const len = normalized.length;
  if (len === 0 || len >= MAX) return false;
  const slot = slotOf(normalized.charCodeAt(0));
  if (slot < 0) return false;
  const specs = TABLE[len * 36 + slot] ?? EMPTY;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const f = spec.format;
    if (f.check === undefined) continue;
    if (!(spec.shape === undefined ? f.pattern.test(normalized) : spec.shape(normalized))) continue;
    if (f.check(normalized)) return true;
  }
  return false;
}
