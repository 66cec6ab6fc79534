/**
 * @module web/pages/carrier
 * /carriers/:id: one carrier's formats with example numbers, contacts, official links,
 * the sources that serve it here and its typical times.
 */
import type { CarrierDetail } from '../content/carrier-view.js';
import { html, type SafeHtml } from '../html.js';
import { countryName } from '../i18n/format.js';
import { href, type PageContext } from '../locale.js';
import { layout } from './layout.js';

function external(url: string, label: string, ctx: PageContext): SafeHtml {
  return html`<a href="${url}" rel="noopener noreferrer external" class="ext">${label} <span class="muted">${ctx.ui.carriers.external}</span></a>`;
}

function formatsSection(d: CarrierDetail, ctx: PageContext): SafeHtml {
  const t = ctx.ui.carriers;
  if (d.formats.length === 0) return html`<p>${t.noFormats}</p>`;
  return html`<div class="scroll"><table>
<thead><tr><th scope="col">${t.format}</th><th scope="col">${t.checkDigit}</th><th scope="col">${t.examples}</th></tr></thead>
<tbody>${d.formats.map(
    (f) =>
      html`<tr><th scope="row">${f.label}</th><td>${f.checkDigit ? t.yes : t.no}</td><td>${f.examples.map(
        (e, i) =>
          html`${i > 0 ? ' ' : ''}<a href="${href('/', ctx.locale, { q: e })}"><code>${e}</code></a>`,
      )}</td></tr>`,
  )}</tbody>
</table></div>`;
}

export function carrierPage(ctx: PageContext, d: CarrierDetail): string {
  const t = ctx.ui.carriers;
  const country = d.country ? countryName(d.country, ctx.locale) : t.worldwide;
  return layout({
    ctx,
    title: d.name,
    body: html`<p><a href="${href('/carriers', ctx.locale)}">← ${t.back}</a></p>
<h1>${d.name}</h1>
<dl class="facts">
<dt>${t.country}</dt><dd>${country}</dd>
<dt>${t.kind}</dt><dd>${t.kinds[d.kind]}</dd>
${d.website ? html`<dt>${t.website}</dt><dd>${external(d.website, new URL(d.website).host, ctx)}</dd>` : ''}
</dl>
${d.s10Country ? html`<p>${t.s10(countryName(d.s10Country, ctx.locale))}</p>` : ''}
<section class="panel"><h2>${t.formats}</h2>${formatsSection(d, ctx)}</section>
<section class="panel"><h2>${t.contact}</h2>
${
  d.phone || d.email
    ? html`<dl class="facts">
${d.phone ? html`<dt>${t.phone}</dt><dd><a href="tel:${d.phone.replace(/[^\d+]/g, '')}">${d.phone}</a></dd>` : ''}
${d.email ? html`<dt>${t.email}</dt><dd><a href="mailto:${d.email}">${d.email}</a></dd>` : ''}
</dl>`
    : html`<p>${t.noContact}</p>`
}
${d.trackingUrl ? html`<p>${external(d.trackingUrl, t.officialTracking, ctx)}</p>` : ''}
</section>
<section class="panel"><h2>${t.sources}</h2>
${d.sourceIds.length > 0 ? html`<ul>${d.sourceIds.map((s) => html`<li><code>${s}</code></li>`)}</ul>` : html`<p>${t.noSource}</p>`}
</section>
<section class="panel"><h2>${t.typicalTimes}</h2>
<p><span class="big">—</span> <span class="muted">${t.typicalTimesNote}</span></p>
</section>`,
  });
}
