import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/i18n/locales.js';
import { html, type SafeHtml } from '../html.js';
import { UI } from '../i18n/index.js';
import { href, type PageContext } from '../locale.js';
import { layout, navItems } from './layout.js';

/** The frame as one template, the way it was first written: what the cut pieces must equal. */
function reference(ctx: PageContext, title: string, body: SafeHtml, description?: string) {
  const items = navItems(ctx);
  const current = (path: string) =>
    path === '/' ? ctx.path === '/' : ctx.path === path || ctx.path.startsWith(`${path}/`);
  const params = Object.fromEntries(ctx.query);
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
<nav class="menu" aria-label="${ctx.ui.navLabel}"><ul>${items.map(
    ([path, label]) =>
      html`<li><a href="${href(path, ctx.locale)}"${current(path) ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
<nav class="langs" aria-label="${ctx.ui.languageLabel}"><ul>${LOCALES.map(
    (l) =>
      html`<li><a href="${href(ctx.path, l, params)}" hreflang="${l}" lang="${l}"${l === ctx.locale ? html` aria-current="true"` : ''}>${UI[l].languageName}</a></li>`,
  )}</ul></nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="foot"><p>${ctx.ui.footer}</p></footer>
</body>
</html>
`.value;
}

describe('layout', () => {
  it('writes the frame exactly as the one-template reference, any page and language', () => {
    const paths = [
      '/',
      '/carriers',
      '/carriers/la-poste',
      '/carriersx',
      '/api',
      '/track/A"<b>&\'`',
    ];
    const queries = ['', 'q=post', 'x=<"&>&y=%20'];
    let compared = 0;
    for (const locale of LOCALES) {
      for (const path of paths) {
        for (const query of queries) {
          for (const description of [undefined, '', 'A "quoted" <tag> & more']) {
            const ctx = { locale, ui: UI[locale], path, query: new URLSearchParams(query) };
            const title = `Title <${locale}> & 'more'`;
            const body = html`<p>${title}</p>`;
            const frame = description === undefined ? {} : { description };
            expect(layout({ ctx, title, body, ...frame })).toBe(
              reference(ctx, title, body, description),
            );
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(LOCALES.length * paths.length * queries.length * 3);
  });
});
