/**
 * @module core/advice/format
 * Fills `{placeholder}` slots in a text. A slot whose value is unknown gets the locale's
 * stand-in (e.g. "[order number]"), so no raw placeholder ever reaches the buyer.
 */
import { PLACEHOLDERS, type Placeholder } from './keys.js';

export type Vars = Partial<Record<Placeholder, string>>;

const known = new Set<string>(PLACEHOLDERS);

export function fill(text: string, vars: Vars, missing: Record<Placeholder, string>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    if (!known.has(name)) return slot;
    const key = name as Placeholder;
    const value = vars[key];
    return value !== undefined && value !== '' ? value : missing[key];
  });
}

/** Placeholders left in a text (for tests and assertions). */
export function unfilled(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}
