/**
 * @module web/pages/carriers
 * /carriers: every carrier grouped by kind, filtered without JavaScript by ?q=.
 */
import type { Carrier } from '../../core/numbers/registry.js';
import { KIND_ORDER } from '../content/carrier-view.js';
import { html } from '../html.js';
import { countryName, formatNumber } from '../i18n/format.js';
import { href, type PageContext } from '../locale.js';
import { layout } from './layout.js';

/** Carriers whose name, id or country (code or name in the locale) contains the query. */
export function filterCarriers(
  carriers: readonly Carrier[],
  query: string,
  ctx: PageContext,
): Carrier[] {
  const q = query.trim().toLocaleLowerCase(ctx.locale);
  if (q === '') return [...carriers];
  return carriers.filter((c) =>
    [c.name, c.id, c.country ?? '', c.country ? countryName(c.country, ctx.locale) : '']
      .join(' ')
      .toLocaleLowerCase(ctx.locale)
      .includes(q),
  );
}

export function carriersPage(
  ctx: PageContext,
  carriers: readonly Carrier[],
  query: string,
): string {
  const t = ctx.ui.carriers;
  const shown = filterCarriers(carriers, query, ctx);
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    items: shown
      .filter((c) => c.kind === kind)
      .sort((a, b) => a.name.localeCompare(b.name, ctx.locale)),
  })).filter((g) => g.items.length > 0);
  return layout({
    ctx,
    title: t.title,
    description: t.intro,
    body: html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<form method="get" action="/carriers" role="search" class="inline">
<input type="hidden" name="lang" value="${ctx.locale}">
<label for="cq">${t.searchLabel}</label>
<input id="cq" name="q" type="search" value="${query}" autocomplete="off">
<button type="submit">${t.search}</button>
</form>
<p class="muted" role="status">${t.count(formatNumber(shown.length, ctx.locale))}</p>
${groups.length === 0 ? html`<p class="panel">${t.noMatch}</p>` : ''}
${groups.map(
  (g) => html`<section class="panel">
<h2>${t.kinds[g.kind]}</h2>
<ul class="cols">${g.items.map(
    (c) =>
      html`<li><a href="${href(`/carriers/${encodeURIComponent(c.id)}`, ctx.locale)}">${c.name}</a> <span class="muted">${c.country ? countryName(c.country, ctx.locale) : t.worldwide}</span></li>`,
  )}</ul>
</section>`,
)}`,
  });
}
