/**
 * @module core/numbers/formats/spec
 * How a format family plugs into validation: its NumberFormat, the lengths its shape can
 * have (used to dispatch without trying every pattern) and a reader that says which
 * carrier(s) a matching number points to and how specific the shape is.
 */

import type { Checksum, FormatMatch, NumberFormat } from '../types.js';

/** One format plus what validate.ts needs to read a match. */
export interface FormatSpec {
  format: NumberFormat;
  /** Every exact length the pattern can match. */
  lengths: readonly number[];
  /** Every character a match can start with (A–Z, 0–9); dispatch skips the rest. */
  first: string;
  /**
   * Optional hand-written equivalent of `format.pattern.test` for hot shapes (a
   * charCodeAt loop); a test holds it equal to the pattern.
   */
  shape?: (normalized: string) => boolean;
  /**
   * Called only when `format.pattern` matched. Pushes one FormatMatch per reading (one
   * carrier, or several when the shape is shared); may push nothing to reject the shape.
   */
  read(normalized: string, checksum: Checksum, out: FormatMatch[]): void;
}

/**
 * Turns a shape's specificity (0..1) and the checksum outcome into a confidence.
 * Ranges never overlap across outcomes where it matters: a passed check lands in
 * [0.55, 0.99], no check in [0.05, 0.85], a failed check in [0, 0.3] — so a valid match
 * always outranks an invalid one.
 */
export function confidenceOf(base: number, checksum: Checksum): number {
  const b = Math.max(0, Math.min(base, 1));
  let c: number;
  if (checksum === 'valid') c = 0.55 + 0.44 * b;
  else if (checksum === 'none') c = 0.05 + 0.8 * b;
  else c = 0.3 * b;
  return Math.round(c * 100) / 100;
}

/** Builds and pushes one FormatMatch. */
export function pushMatch(
  out: FormatMatch[],
  formatId: string,
  carrierId: string,
  checksum: Checksum,
  base: number,
  service?: string,
  country?: string,
): void {
  // One object shape for every match (absent fields are undefined) keeps callers' property
  // reads monomorphic.
  out.push({
    formatId,
    carrierId,
    service,
    checksum,
    country,
    confidence: confidenceOf(base, checksum),
  });
}

/** Possible first characters, for FormatSpec.first. */
export const DIGITS = '0123456789';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface Reading {
  carrierId: string;
  base: number;
  service?: string;
  country?: string;
}

/**
 * A reader for formats that always point to fixed carriers with fixed specificity. The
 * matches are built once per checksum outcome and frozen, so reading allocates nothing.
 */
export function fixedReader(formatId: string, readings: readonly Reading[]): FormatSpec['read'] {
  const build = (checksum: Checksum): readonly FormatMatch[] => {
    const list: FormatMatch[] = [];
    for (const r of readings)
      pushMatch(list, formatId, r.carrierId, checksum, r.base, r.service, r.country);
    return Object.freeze(list.map((m) => Object.freeze(m)));
  };
  const valid = build('valid');
  const none = build('none');
  const invalid = build('invalid');
  return (_n, checksum, out) => {
    const list = checksum === 'valid' ? valid : checksum === 'none' ? none : invalid;
    for (let i = 0; i < list.length; i++) out.push(list[i]!);
  };
}

/** True when every character of `s` is 0–9 (the length is the dispatcher's job). */
export function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Inclusive integer range as an array, for `lengths`. */
export function range(from: number, to: number): number[] {
  const r: number[] = [];
  for (let i = from; i <= to; i++) r.push(i);
  return r;
}
