/**
 * @module web/pages/layout
 * The page frame every server-rendered page shares: head, skip link, header with the main
 * navigation and the language switcher, main, footer. Every link keeps the language.
 */
import { LOCALES } from '../../core/i18n/locales.js';
import { html, type SafeHtml } from '../html.js';
import { UI } from '../i18n/index.js';
import { href, type PageContext } from '../locale.js';

export interface PageFrame {
  ctx: PageContext;
  title: string;
  body: SafeHtml;
  description?: string;
}

function navItems(ctx: PageContext): [path: string, label: string][] {
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

function switcher(ctx: PageContext): SafeHtml {
  const params = Object.fromEntries(ctx.query);
  return html`<nav class="langs" aria-label="${ctx.ui.languageLabel}"><ul>${LOCALES.map(
    (l) =>
      html`<li><a href="${href(ctx.path, l, params)}" hreflang="${l}" lang="${l}"${l === ctx.locale ? html` aria-current="true"` : ''}>${UI[l].languageName}</a></li>`,
  )}</ul></nav>`;
}

export function layout({ ctx, title, body, description }: PageFrame): string {
  return html`<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Trackline</title>
${description ? html`<meta name="description" content="${description}">` : ''}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${ctx.ui.skipToContent}</a>
<header class="top">
<a class="brand" href="${href('/', ctx.locale)}">Trackline</a>
<nav class="menu" aria-label="${ctx.ui.navLabel}"><ul>${navItems(ctx).map(
    ([path, label]) =>
      html`<li><a href="${href(path, ctx.locale)}"${isCurrent(ctx, path) ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
${switcher(ctx)}
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="foot"><p>${ctx.ui.footer}</p></footer>
</body>
</html>
`.value;
}
