/**
 * @module web/pages/retailer
 * /retailers/:id: facts, where the tracking number is, shipping methods and their typical
 * times (with an "observed here" column filled once statistics exist), the statuses the
 * retailer shows and what they mean, contact channels and a FAQ.
 */
import type { RetailerView } from '../content/retailer-view.js';
import { html } from '../html.js';
import { countryName, formatCompact, formatDate, formatRange } from '../i18n/format.js';
import { href, type PageContext } from '../locale.js';
import { layout } from './layout.js';

export function retailerPage(ctx: PageContext, v: RetailerView): string {
  const t = ctx.ui.retailer;
  const { locale } = ctx;
  const f = v.facts;
  const n = (x: number) => formatCompact(x, locale);
  return layout({
    ctx,
    title: t.title(v.name),
    description: t.description(v.name),
    body: html`<h1>${t.title(v.name)}</h1>
<p>${v.intro}</p>
<section class="panel"><h2>${t.facts}</h2>
<dl class="facts">
<dt>${t.founded}</dt><dd>${formatDate(f.founded, locale)}</dd>
<dt>${t.headquarters}</dt><dd>${f.headquarters.city}, ${countryName(f.headquarters.country, locale)}</dd>
${f.parent ? html`<dt>${t.parent}</dt><dd>${f.parent}</dd>` : ''}
<dt>${t.countries}</dt><dd>${t.countriesCount(n(f.countries))}</dd>
${f.monthlyUsers ? html`<dt>${t.users}</dt><dd>${n(f.monthlyUsers)}+</dd>` : ''}
${f.employees ? html`<dt>${t.employees}</dt><dd>${n(f.employees)}+</dd>` : ''}
<dt>${t.typicalDelivery}</dt><dd>${t.days(...rangeParts(f.typicalDays.min, f.typicalDays.max, ctx))}</dd>
</dl></section>
<section class="panel"><h2>${t.findNumber}</h2>
<ol>${v.findNumber.map((s) => html`<li>${s}</li>`)}</ol>
<p><a href="${href('/', locale)}">${ctx.ui.nav.track} →</a></p>
</section>
<section class="panel"><h2>${t.methods}</h2>
<div class="scroll"><table>
<thead><tr><th scope="col">${t.method}</th><th scope="col">${t.typical}</th><th scope="col">${t.observed}</th></tr></thead>
<tbody>${v.methods.map(
      (m) =>
        html`<tr><th scope="row">${m.name}</th><td>${
          m.minDays === m.maxDays
            ? t.exactDays(formatRange(m.minDays, m.maxDays, locale))
            : (m.businessDays ? t.businessDays : t.days)(...rangeParts(m.minDays, m.maxDays, ctx))
        }</td><td>—</td></tr>`,
    )}</tbody>
</table></div>
<p class="muted">${t.sourceNote}</p>
</section>
<section class="panel"><h2>${t.statuses}</h2>
<p class="muted">${t.statusesIntro}</p>
<div class="scroll"><table>
<thead><tr><th scope="col">${t.retailerSays}</th><th scope="col">${t.ourWords}</th><th scope="col">${t.meaning}</th></tr></thead>
<tbody>${v.statuses.map(
      (s) =>
        html`<tr><th scope="row" lang="en">${s.retailerSays}</th><td><a href="${href('/statuses', locale)}#${s.axis}-${s.value}">${s.label}</a></td><td>${s.explanation}</td></tr>`,
    )}</tbody>
</table></div>
</section>
<section class="panel"><h2>${t.channels}</h2>
<dl class="facts">${v.channels.map(
      (c) =>
        html`<dt>${c.label}</dt><dd>${c.value ? html`<strong>${c.value}</strong><br>` : ''}${c.note}</dd>`,
    )}</dl>
</section>
<section class="panel"><h2>${t.faq}</h2>
${v.faq.map((q) => html`<h3>${q.q}</h3><p>${q.a}</p>`)}
</section>`,
  });
}

function rangeParts(min: number, max: number, ctx: PageContext): [string, string] {
  return [formatRange(min, min, ctx.locale), formatRange(max, max, ctx.locale)];
}
