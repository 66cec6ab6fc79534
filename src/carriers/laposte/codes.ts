/**
 * @module carriers/laposte/codes
 * La Poste "Suivi" v2 code tables. The event codes (DR1, PC1 … DI2) live with the classifier
 * (core/classify/codes/laposte.ts) and are re-exported here; this file adds the per-id
 * `returnCode` values and the product → registry carrier id table.
 */
import { LAPOSTE_CODES } from '../../core/classify/codes/laposte.js';
import type { CarrierMessage } from '../types.js';

export { LAPOSTE_CODES };

const KNOWN = new Set(Object.keys(LAPOSTE_CODES).map((c) => c.toUpperCase()));

/** Is this event code in the classifier's table? */
export function isKnownEventCode(code: string): boolean {
  return KNOWN.has(code.trim().toUpperCase());
}

/** `returnCode` values meaning the id was answered (200 all, 207 partial multi-status). */
export const OK_CODES: ReadonlySet<number> = new Set([200, 207]);

type Meaning = Pick<CarrierMessage, 'level' | 'code'> & { text: string };

/**
 * Per-id `returnCode` → message. 104/105 are the "unknown number" family as integrations
 * report them (meanings paraphrased, [3P]); 400/404 are the HTTP-style codes the body repeats.
 */
export const RETURN_CODES: ReadonlyMap<number, Meaning> = new Map<number, Meaning>([
  [104, { level: 'info', code: 'not_found', text: 'La Poste does not know this number' }],
  [105, { level: 'info', code: 'not_found', text: 'La Poste has no tracking for this number yet' }],
  [400, { level: 'warning', code: 'invalid_number', text: 'La Poste refused the number format' }],
  [401, { level: 'error', code: 'source_error', text: 'La Poste refused the key' }],
  [404, { level: 'info', code: 'not_found', text: 'La Poste does not know this number' }],
  [500, { level: 'error', code: 'source_error', text: 'La Poste internal error' }],
]);

/** `product` as La Poste names it → registry carrier id. */
export function carrierIdOfProduct(product: string | undefined): string | undefined {
  if (!product) return undefined;
  const p = product.toLowerCase();
  if (p.includes('chronopost')) return 'chronopost';
  if (p.includes('colissimo')) return 'colissimo';
  if (/courrier|lettre|letter|mail|la ?poste/.test(p)) return 'la-poste';
  return undefined;
}
