/**
 * @module core/numbers/formats/s10-issuers
 * Issuer lookup for S10 suffixes, built once from data/carriers.json: a 26×26 table
 * indexed by the two suffix letters, so the hot path reads it without slicing strings.
 * (registry.ts validates the same file; this module only reads `id` and `s10Country`.)
 */

import carriers from '../../../../data/carriers.json' with { type: 'json' };

/** Issuer carrier ids; index 0 means "no carrier issues this suffix". */
const ISSUERS: (string | undefined)[] = [undefined];
const table = new Uint8Array(26 * 26);

for (const c of carriers as ReadonlyArray<{ id: string; s10Country?: string | null }>) {
  const cc = c.s10Country;
  if (typeof cc !== 'string' || !/^[A-Z]{2}$/.test(cc)) continue;
  ISSUERS.push(c.id);
  table[(cc.charCodeAt(0) - 65) * 26 + (cc.charCodeAt(1) - 65)] = ISSUERS.length - 1;
}
if (ISSUERS.length > 255) throw new Error('too many S10 issuers for the lookup table');

/** Number of distinct issuer indexes (unknown included). */
export const ISSUER_COUNT = ISSUERS.length;

/** Issuer index (0 = unknown) for the suffix letters at `n[at]`, `n[at+1]`. */
export function s10IssuerIndexAt(n: string, at: number): number {
  const a = n.charCodeAt(at) - 65;
  const b = n.charCodeAt(at + 1) - 65;
  if (a < 0 || a > 25 || b < 0 || b > 25) return 0;
  return table[a * 26 + b]!;
}

/** Carrier id of the designated operator for the suffix at `n[at]`,`n[at+1]`, if known. */
export function s10IssuerAt(n: string, at: number): string | undefined {
  return ISSUERS[s10IssuerIndexAt(n, at)];
}
