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

/** Feed a finite number (its two 32-bit halves). */
export function number(n: number): void {
  const hi = Math.floor(n / 4294967296) | 0;
  const lo = n >>> 0;
  h1 = Math.imul(Math.imul(h1 ^ lo, 2654435761) ^ hi, 2246822507);
  h2 = Math.imul(Math.imul(h2 ^ hi, 1597334677) ^ lo, 3266489909);
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Number#toString(16) is slow for values above 2^31; a byte table is not. */
function hex8(n: number): string {
  return HEX[(n >>> 24) & 255]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
}

/** 16 hex characters for what was fed since start(). */
export function digest(): string {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return hex8(a) + hex8(b);
}

/** 16 hex characters for one string. */
export function hash64(s: string): string {
  start();
  text(s);
  return digest();
}
