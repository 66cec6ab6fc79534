/**
 * @module web/track/links
 * Internal links that keep the language, as `href(path, locale)` in web/locale writes them,
 * without building a URLSearchParams for each: the `lang=…` part is written once per locale.
 */
import type { Locale } from '../../core/i18n/locales.js';

const langQueries = new Map<Locale, string>();

/** `/track/X?lang=fr`: the same string as `href(path, locale)` with no other parameter. */
export function langHref(path: string, locale: Locale): string {
  let query = langQueries.get(locale);
  if (query === undefined) {
    query = new URLSearchParams({ lang: locale }).toString();
    langQueries.set(locale, query);
  }
  return `${path}?${query}`;
}
