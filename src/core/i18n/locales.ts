/**
 * @module core/i18n/locales
 * The languages the product speaks, and how a request's Accept-Language header (or a bare
 * language tag) is narrowed down to one of them.
 */

/** Supported locales, in the order the language picker shows them. */
export const LOCALES = ['en', 'fr', 'es', 'pt-BR', 'ru', 'pl', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

const byLowerTag = new Map<string, Locale>(LOCALES.map((l) => [l.toLowerCase(), l]));

/** Primary language subtag → the locale that serves it (pt-PT and plain pt get pt-BR). */
const byLanguage = new Map<string, Locale>(LOCALES.map((l) => [l.split('-')[0]!.toLowerCase(), l]));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale serving one language tag ('de-AT' → 'de', 'pt' → 'pt-BR'), or null. */
export function matchLocale(tag: string): Locale | null {
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  if (lower === '') return null;
  const exact = byLowerTag.get(lower);
  if (exact) return exact;
  const language = lower.split('-')[0] ?? '';
  return byLanguage.get(language) ?? null;
}

interface Weighted {
  tag: string;
  q: number;
  order: number;
}

function parseQ(params: string[]): number {
  for (const param of params) {
    const [key, value] = param.split('=').map((s) => s.trim());
    if (key?.toLowerCase() === 'q' && value !== undefined) {
      if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return 0;
      return Number(value);
    }
  }
  return 1;
}

/** Headers remembered by negotiateLocale: browsers send few distinct ones. */
const NEGOTIATED_MAX = 256;
/** A longer header is negotiated each time, so the memory stays bounded. */
const NEGOTIATED_KEY_MAX = 256;
const negotiated = new Map<string, Locale>();

/**
 * Pick the best supported locale for an Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8")
 * or a single tag ("pt-PT"). Preferences are taken by q-value (ties keep header order);
 * q=0 and malformed entries are ignored; nothing usable gives DEFAULT_LOCALE. Answers for
 * recent headers are remembered (at most NEGOTIATED_MAX, the oldest dropped first).
 */
export function negotiateLocale(acceptLanguageHeaderOrTag: string | undefined): Locale {
  if (!acceptLanguageHeaderOrTag) return DEFAULT_LOCALE;
  if (acceptLanguageHeaderOrTag.length > NEGOTIATED_KEY_MAX) {
    return negotiate(acceptLanguageHeaderOrTag);
  }
  const known = negotiated.get(acceptLanguageHeaderOrTag);
  if (known) return known;
  const locale = negotiate(acceptLanguageHeaderOrTag);
  if (negotiated.size >= NEGOTIATED_MAX) {
    const oldest = negotiated.keys().next();
    if (!oldest.done) negotiated.delete(oldest.value);
  }
  negotiated.set(acceptLanguageHeaderOrTag, locale);
  return locale;
}

/** How many headers negotiateLocale remembers now (tests). */
export function negotiatedCount(): number {
  return negotiated.size;
}

function negotiate(header: string): Locale {
  const ranges: Weighted[] = [];
  header.split(',').forEach((part, order) => {
    const [tag = '', ...params] = part.split(';');
    const trimmed = tag.trim();
    if (trimmed === '' || trimmed === '*') return;
    const q = parseQ(params);
    if (q > 0) ranges.push({ tag: trimmed, q, order });
  });
  ranges.sort((a, b) => b.q - a.q || a.order - b.order);
  for (const range of ranges) {
    const locale = matchLocale(range.tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
