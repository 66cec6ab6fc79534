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
  // Most requests carry no language cookie: skip the split when the name is nowhere.
  if (!header?.includes(LANG_COOKIE)) return undefined;
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
  const { path, query } = splitUrl(request.url);
  query.delete('lang');
  return { locale, ui: UI[locale], path, query };
}

/**
 * A request-target that the URL parser leaves as it is: printable ASCII, no fragment, a path
 * of plain characters with no `.` or `..` segment, not starting `//`.
 */
const PLAIN_TARGET = /^\/(?!\/)[A-Za-z0-9\-._~/]*(?:\?[!$&'()*+,\-./0-9:;=?@A-Z_a-z~%]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;

/**
 * The path and query of a request-target, as `new URL(target, base)` gives them. A plain
 * target (nearly all of them) is split without the URL parser, which is slower; anything
 * else (percent signs in the path, dot segments, spaces…) goes through it.
 */
export function splitUrl(target: string): { path: string; query: URLSearchParams } {
  if (PLAIN_TARGET.test(target) && !DOT_SEGMENT.test(target)) {
    const mark = target.indexOf('?');
    if (mark === -1) return { path: target, query: new URLSearchParams() };
    // With its '?': the constructor drops one leading '?', and only one.
    return { path: target.slice(0, mark), query: new URLSearchParams(target.slice(mark)) };
  }
  const url = new URL(target, 'http://localhost');
  return { path: url.pathname, query: url.searchParams };
}

/** Query values that form encoding (URLSearchParams) leaves as they are. */
const FORM_SAFE = /^[A-Za-z0-9*\-._]*$/;
/** Such a name, which moreover keeps its place among an object's keys (no leading digit). */
const FORM_SAFE_NAME = /^[A-Za-z*\-._][A-Za-z0-9*\-._]*$/;

/** An internal link that keeps the language: `/carriers?lang=fr&q=…`. */
export function href(path: string, locale: Locale, params: Record<string, string> = {}): string {
  // Written by hand when nothing needs encoding (a locale never does); else URLSearchParams.
  let search = `lang=${locale}`;
  for (const name in params) {
    const value = String(params[name]);
    if (name === 'lang' || !FORM_SAFE_NAME.test(name) || !FORM_SAFE.test(value)) {
      return `${path}?${new URLSearchParams({ lang: locale, ...params }).toString()}`;
    }
    search += `&${name}=${value}`;
  }
  return `${path}?${search}`;
}
