/**
 * @module core/timeline/hash
 * A small, fast, non-cryptographic 64-bit hash (two 32-bit lanes, cyrb53-style mixing) for
 * dedupe keys. Parts are fed one by one into a module-level state (no allocation, no
 * string concatenation): start(), then text()/number() for each part, then digest().
 * Synchronous use only. Stable across runs; not for security.
 */

let h1 = 0;
let h2 = 0;

/** Reset the state for a new key. */
export function start(): void {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
}

/** Feed a string, followed by a separator so 'ab'+'c' differs from 'a'+'bc'. */
export function text(s: string): void {
  let a = h1;
  let b = h2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  h1 = Math.imul(a ^ 0x1f, 2654435761);
  h2 = Math.imul(b ^ 0x1f, 1597334677);
}

/** The state's first lane (to resume from later: see resume()). */
export function lane1(): number {
  return h1;
}

/** The state's second lane. */
export function lane2(): number {
  return h2;
}

/** Go back to a state read earlier with lane1()/lane2(): the same parts need not be fed again. */
export function resume(a: number, b: number): void {
  h1 = a;
  h2 = b;
}

/** Feed a finite number (its two 32-bit halves). */
export function number(n: number): void {
  const hi = Math.floor(n / 4294967296) | 0;
  const lo = n >>> 0;
  h1 = Math.imul(Math.imul(h1 ^ lo, 2654435761) ^ hi, 2246822507);
  h2 = Math.imul(Math.imul(h2 ^ hi, 1597334677) ^ lo, 3266489909);
}

/** Feed a string's characters with no separator (a part of a longer text; see end()). */
export function chars(s: string): void {
  let a = h1;
  let b = h2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  h1 = a;
  h2 = b;
}

/** The separator text() feeds after its string: chars(x); chars(y); end() ≡ text(x + y). */
export function end(): void {
  h1 = Math.imul(h1 ^ 0x1f, 2654435761);
  h2 = Math.imul(h2 ^ 0x1f, 1597334677);
}

let last = 0;

/**
 * 30 bits of the last digest, as a small integer: a cheap Map key for a first look-up.
 * Two different digests can share it; compare the digests themselves on a hit.
 */
export function lastBits(): number {
  return last;
}

/** Char code of the hex digit of n's low 4 bits ('0'…'9', 'a'…'f'), without a table. */
function hx(n: number): number {
  const v = n & 15;
  return 48 + v + (((9 - v) >> 31) & 39);
}

/**
 * 16 hex characters for what was fed since start(). Built with one fromCharCode call: a
 * flat string, cheaper to hash as a Map key and to compare than a concatenation.
 */
export function digest(): string {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  last = (a ^ b) & 0x3fffffff;
  return String.fromCharCode(
    hx(a >>> 28),
    hx(a >>> 24),
    hx(a >>> 20),
    hx(a >>> 16),
    hx(a >>> 12),
    hx(a >>> 8),
    hx(a >>> 4),
    hx(a),
    hx(b >>> 28),
    hx(b >>> 24),
    hx(b >>> 20),
    hx(b >>> 16),
    hx(b >>> 12),
    hx(b >>> 8),
    hx(b >>> 4),
    hx(b),
  );
}

/** 16 hex characters for one string. */
export function hash64(s: string): string {
  start();
  text(s);
  return digest();
}
