/**
 * @module core/advice/format
 * Fills `{placeholder}` slots in a text. A slot whose value is unknown gets the locale's
 * stand-in (e.g. "[order number]"), so no raw placeholder ever reaches the buyer.
 */
import { PLACEHOLDERS, type Placeholder } from './keys.js';

export type Vars = Partial<Record<Placeholder, string>>;

const known = new Set<string>(PLACEHOLDERS);

/**
 * A text cut at its known slots: literal parts at even indexes, placeholder names at odd
 * ones (always one more literal than slots). Cut once per text: the texts are constants.
 */
type Cut = readonly string[];

const cuts = new Map<string, Cut>();
/** Texts are the locales' constants; anything beyond this many is cut again each time. */
const CUTS_MAX = 4096;

function cut(text: string): Cut {
  const parts: string[] = [];
  let literal = '';
  // The same slots, in the same order, as /\{(\w+)\}/g finds them.
  for (const m of text.matchAll(/\{(\w+)\}|[^{]+|\{/g)) {
    const name = m[1];
    if (name !== undefined && known.has(name)) {
      parts.push(literal, name);
      literal = '';
    } else {
      literal += m[0];
    }
  }
  parts.push(literal);
  return parts;
}

export function fill(text: string, vars: Vars, missing: Record<Placeholder, string>): string {
  let parts = cuts.get(text);
  if (!parts) {
    parts = cut(text);
    if (cuts.size < CUTS_MAX) cuts.set(text, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as Placeholder;
    const value = vars[key];
    out += (value !== undefined && value !== '' ? value : missing[key]) + parts[i + 1]!;
  }
  return out;
}

/** Placeholders left in a text (for tests and assertions). */
export function unfilled(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}
