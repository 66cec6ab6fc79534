/**
 * @module web/pages/layout
 * The page frame every server-rendered page shares: head, skip link, header with the main
 * navigation and the language switcher, main, footer. Every link keeps the language.
 */
import { LOCALES } from '../../core/i18n/locales.js';
import { escapeHtml, html, raw, type SafeHtml } from '../html.js';
import { UI } from '../i18n/index.js';
import { href, type PageContext } from '../locale.js';

export interface PageFrame {
  ctx: PageContext;
  title: string;
  body: SafeHtml;
  description?: string;
}

/** The menu's entries: path and label. */
export function navItems(ctx: PageContext): [path: string, label: string][] {
  const { nav } = ctx.ui;
  return [
    ['/', nav.track],
    ['/carriers', nav.carriers],
    ['/statuses', nav.statuses],
    ['/contacts', nav.contacts],
    ['/retailers/aliexpress', 'AliExpress'],
    ['/retailers/alibaba', 'Alibaba'],
    ['/api', nav.api],
  ];
}

function isCurrent(ctx: PageContext, path: string): boolean {
  if (path === '/') return ctx.path === '/';
  return ctx.path === path || ctx.path.startsWith(`${path}/`);
}

/** The frame's fixed pieces for one language, written (and escaped) once. */
interface Frame {
  /** Up to the title text. */
  head: string;
  /** From the title's end to the description. */
  afterTitle: string;
  /** From the description to the menu's items. */
  beforeMenu: string;
  /** The menu: path, then its item as a plain link and as the current page. */
  menu: [path: string, plain: string, current: string][];
  menuEnd: string;
  langsOpen: string;
  /** The language list, per language: before the path, after it (plain, current). */
  langs: [before: string, plain: string, current: string][];
  langsClose: string;
  /** From the language list to the body. */
  afterLangs: string;
  /** From the body's end. */
  tail: string;
}

const frames = new WeakMap<PageContext['ui'], Map<PageContext['locale'], Frame>>();

/** Cuts the frame's constant text where the page's own values go. */
const CUT = '\u0000';

function buildFrame(ctx: PageContext): Frame {
  const { ui, locale } = ctx;
  const parts = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${raw(CUT)} · Trackline</title>
${raw(CUT)}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${ui.skipToContent}</a>
<header class="top">
<a class="brand" href="${href('/', locale)}">Trackline</a>
<nav class="menu" aria-label="${ui.navLabel}"><ul>${raw(CUT)}</ul></nav>
${raw(CUT)}<nav class="langs" aria-label="${ui.languageLabel}"><ul>${raw(CUT)}</ul></nav>${raw(CUT)}
</header>
<main id="main" tabindex="-1">
${raw(CUT)}
</main>
<footer class="foot"><p>${ui.footer}</p></footer>
</body>
</html>
`.value.split(CUT);
  // The texts hold no NUL of their own (escaping keeps it): else the cuts would be wrong.
  if (parts.length !== 8) throw new Error('layout: a text holds a NUL character');
  const [head, afterTitle, beforeMenu, menuEnd, langsOpen, langsClose, afterLangs, tail] =
    parts as [string, string, string, string, string, string, string, string];
  return {
    head,
    afterTitle,
    beforeMenu,
    menu: navItems(ctx).map(([path, label]) => [
      path,
      html`<li><a href="${href(path, locale)}">${label}</a></li>`.value,
      html`<li><a href="${href(path, locale)}" aria-current="page">${label}</a></li>`.value,
    ]),
    menuEnd,
    langsOpen,
    langs: LOCALES.map((l) => {
      const rest = html`?${new URLSearchParams({ lang: l }).toString()}" hreflang="${l}" lang="${l}"`;
      const name = html`>${UI[l].languageName}</a></li>`.value;
      return ['<li><a href="', rest.value + name, `${rest.value} aria-current="true"${name}`];
    }),
    langsClose,
    afterLangs,
    tail,
  };
}

function frameOf(ctx: PageContext): Frame {
  let byLocale = frames.get(ctx.ui);
  if (!byLocale) {
    byLocale = new Map();
    frames.set(ctx.ui, byLocale);
  }
  let frame = byLocale.get(ctx.locale);
  if (!frame) {
    frame = buildFrame(ctx);
    byLocale.set(ctx.locale, frame);
  }
  return frame;
}

function switcher(ctx: PageContext): SafeHtml {
  const params = Object.fromEntries(ctx.query);
  return html`<nav class="langs" aria-label="${ctx.ui.languageLabel}"><ul>${LOCALES.map(
    (l) =>
      html`<li><a href="${href(ctx.path, l, params)}" hreflang="${l}" lang="${l}"${l === ctx.locale ? html` aria-current="true"` : ''}>${UI[l].languageName}</a></li>`,
  )}</ul></nav>`;
}

export function layout({ ctx, title, body, description }: PageFrame): string {
  const frame = frameOf(ctx);
  let out = frame.head + escapeHtml(title) + frame.afterTitle;
  if (description) out += `<meta name="description" content="${escapeHtml(description)}">`;
  out += frame.beforeMenu;
  for (const [path, plain, current] of frame.menu) out += isCurrent(ctx, path) ? current : plain;
  out += frame.menuEnd;
  if (ctx.query.size === 0) {
    // No query to keep: each language's link is the path and its lang alone.
    out += frame.langsOpen;
    const path = escapeHtml(ctx.path);
    for (let i = 0; i < LOCALES.length; i++) {
      const [before, plain, current] = frame.langs[i] as Frame['langs'][number];
      out += before + path + (LOCALES[i] === ctx.locale ? current : plain);
    }
    out += frame.langsClose;
  } else {
    out += switcher(ctx).value;
  }
  return out + frame.afterLangs + body.value + frame.tail;
}
