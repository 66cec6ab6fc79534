/**
 * @module web/pages/statuses
 * /statuses: the glossary of every status, milestone, reason and order status, in the
 * page's language. Each entry has an anchor (#status-in_transit) other pages link to.
 */
import { GLOSSARY_AXES, type GlossaryEntry, glossary } from '../content/status-view.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../locale.js';
import { layout } from './layout.js';

function entry(axis: string, e: GlossaryEntry, ctx: PageContext): SafeHtml {
  return html`<dt id="${axis}-${e.id}">${e.label}${e.normal ? html` <span class="tag tag-${e.normal}">${ctx.ui.statuses.normal[e.normal]}</span>` : ''}</dt>
<dd>${e.explanation}</dd>`;
}

export function statusesPage(ctx: PageContext): string {
  const t = ctx.ui.statuses;
  const g = glossary(ctx.locale);
  const intros = {
    status: t.statusIntro,
    milestone: t.milestoneIntro,
    reason: t.reasonIntro,
    order: t.orderIntro,
  };
  return layout({
    ctx,
    title: t.title,
    description: t.intro,
    body: html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<nav class="toc"><ul>${GLOSSARY_AXES.map((a) => html`<li><a href="#${a}">${t[a]}</a></li>`)}</ul></nav>
${GLOSSARY_AXES.map(
  (axis) => html`<section class="panel" id="${axis}" aria-labelledby="h-${axis}">
<h2 id="h-${axis}">${t[axis]}</h2>
<p class="muted">${intros[axis]}</p>
<dl class="glossary">${g[axis].map((e) => entry(axis, e, ctx))}</dl>
</section>`,
)}`,
  });
}
