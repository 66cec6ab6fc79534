/**
 * @module core/numbers/suggest
 * "Did you mean …?": when a number fails its check digit, the numbers one slip away that
 * pass it. Slips tried, in rank order:
 *   1. a look-alike character (O↔0, I↔1, S↔5, B↔8, Z↔2, also Q/D→0, L→1, G→6),
 *   2. two neighbours swapped,
 *   3. one character changed (a digit for a digit, a letter for a letter; a neighbouring
 *      key on the keyboard or keypad first),
 *   4. one character dropped (we insert one back) or doubled (we remove the copy).
 * Every candidate is verified with hasValidChecksum; within a rank, candidates that keep a
 * format the input already had (same carrier family) come first.
 */
import { hasValidChecksum, matchFormats } from './validate.js';

/** Character pairs people and OCR confuse; both directions are tried. */
export const CONFUSIONS: Readonly<Record<string, string>> = {
  O: '0',
  '0': 'O',
  Q: '0',
  D: '0',
  I: '1',
  L: '1',
  '1': 'I',
  S: '5',
  '5': 'S',
  B: '8',
  '8': 'B',
  Z: '2',
  '2': 'Z',
  G: '6',
  '6': 'G',
};

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MIN_LENGTH = 8;
const MAX_LENGTH = 40;

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isLetter(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}

/**
 * True when suggestions are worth computing: a clean number of 8–40 characters with a
 * digit, failing every check it could have. That covers numbers that fit a checked shape
 * but fail the check, and numbers one slip away from such a shape (`LP17644502OCN`).
 */
export function isSuggestable(normalized: string): boolean {
  if (normalized.length < MIN_LENGTH || normalized.length > MAX_LENGTH) return false;
  return /^[A-Z0-9]+$/.test(normalized) && /\d/.test(normalized) && !hasValidChecksum(normalized);
}

/** Keys next to each other on a QWERTY keyboard's rows or a numeric keypad. */
const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM', '789', '456', '123'];
const COLUMNS = ['741', '8520', '963'];

function adjacentKeys(a: string, b: string): boolean {
  for (const line of [...ROWS, ...COLUMNS]) {
    const i = line.indexOf(a);
    if (i >= 0 && (line[i - 1] === b || line[i + 1] === b)) return true;
  }
  return false;
}

/**
 * Yields [variant, rank] for every one-slip variant of `s`; ranks 0 (best) to 3. A change
 * to a neighbouring key (4 for 5, W for E) ranks 2, any other change 2.5.
 */
function* variants(s: string): Generator<[string, number]> {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const swap = CONFUSIONS[s[i]!];
    if (swap !== undefined) yield [s.slice(0, i) + swap + s.slice(i + 1), 0];
  }
  for (let i = 0; i + 1 < n; i++) {
    if (s[i] !== s[i + 1]) yield [s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2), 1];
  }
  for (let i = 0; i < n; i++) {
    const c = s[i]!;
    const pool = isDigit(c) ? DIGITS : LETTERS;
    for (const r of pool) {
      if (r !== c) yield [s.slice(0, i) + r + s.slice(i + 1), adjacentKeys(c, r) ? 2 : 2.5];
    }
  }
  for (let i = 0; i < n; i++) {
    // Drop one character: covers a doubled character and a stray extra one.
    if (i > 0 && s[i] === s[i - 1]) continue; // same result as dropping the previous
    yield [s.slice(0, i) + s.slice(i + 1), 3];
  }
  for (let i = 0; i <= n; i++) {
    // Insert one: digits anywhere, letters only next to letters.
    const nearLetter = (i > 0 && isLetter(s[i - 1]!)) || (i < n && isLetter(s[i]!));
    const pool = nearLetter ? DIGITS + LETTERS : DIGITS;
    for (const r of pool) yield [s.slice(0, i) + r + s.slice(i), 3];
  }
}

/**
 * Up to `limit` checksum-valid numbers one slip away from `normalized`, best first; `[]`
 * when the input is valid already, too short/long, or not shaped like a checked number.
 */
export function suggest(normalized: string, limit = 5): string[] {
  if (limit <= 0 || !isSuggestable(normalized)) return [];
  const originalFormats = new Set(matchFormats(normalized).map((m) => m.formatId));
  const found = new Map<string, number>();
  for (const [variant, rank] of variants(normalized)) {
    if (found.has(variant) || !hasValidChecksum(variant)) continue;
    const sameFamily =
      originalFormats.size > 0 &&
      matchFormats(variant).some((m) => m.checksum === 'valid' && originalFormats.has(m.formatId));
    // Score: rank decides; a kept family breaks ties inside a rank (half a step, so it
    // never lifts a candidate above a better rank).
    found.set(variant, rank * 2 + (sameFamily ? 0 : 0.5));
  }
  return [...found.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([variant]) => variant);
}
