/**
 * @module web/locale
 * Which language a request gets: `?lang=` (shareable URLs carry it, and it is remembered in
 * a cookie), else the `lang` cookie, else Accept-Language. Also the links that keep it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLocale, type Locale, negotiateLocale } from '../core/i18n/locales.js';
import { UI, type UiStrings } from './i18n/index.js';

export const LANG_COOKIE = 'lang';
const ONE_YEAR = 365 * 24 * 3600;

/** What a page needs to know about the request it answers. */
export interface PageContext {
  locale: Locale;
  ui: UiStrings;
  /** The request path, without the query. */
  path: string;
  /** The query, without `lang`. */
  query: URLSearchParams;
}

function cookieLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (name === LANG_COOKIE && isLocale(value)) return value;
  }
  return undefined;
}

function queryLocale(request: FastifyRequest): Locale | undefined {
  const lang = (request.query as Record<string, unknown> | undefined)?.['lang'];
  return isLocale(lang) ? lang : undefined;
}

/** The locale of a request, and whether the URL named it. */
export function requestLocale(request: FastifyRequest): { locale: Locale; fromQuery: boolean } {
  const fromQuery = queryLocale(request);
  if (fromQuery) return { locale: fromQuery, fromQuery: true };
  const header = request.headers['accept-language'];
  const locale =
    cookieLocale(request.headers.cookie) ??
    negotiateLocale(typeof header === 'string' ? header : undefined);
  return { locale, fromQuery: false };
}

/** Resolves the locale, remembers an explicit choice and builds the page context. */
export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const { locale, fromQuery } = requestLocale(request);
  if (fromQuery) {
    reply.header(
      'Set-Cookie',
      `${LANG_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax; HttpOnly`,
    );
  }
  reply.header('Content-Language', locale);
  reply.header('Vary', 'Accept-Language, Cookie');
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.delete('lang');
  return { locale, ui: UI[locale], path: url.pathname, query: url.searchParams };
}

/** An internal link that keeps the language: `/carriers?lang=fr&q=…`. */
export function href(path: string, locale: Locale, params: Record<string, string> = {}): string {
  const search = new URLSearchParams({ lang: locale, ...params });
  return `${path}?${search.toString()}`;
}
