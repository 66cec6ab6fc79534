/**
 * @module web/pages/carrier
 * /carriers/:id: one carrier's formats with example numbers, contacts, official links,
 * the source that serves it here with its health, and its typical times (published figures
 * beside those seen here).
 */
import type { CarrierDetail, SeedTimes, TypicalTimes } from '../content/carrier-view.js';
import { html, type SafeHtml } from '../html.js';
import { countryName, formatDateTime, formatNumber, formatRange } from '../i18n/format.js';
import { UI } from '../i18n/index.js';
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

function sourceSection(d: CarrierDetail, ctx: PageContext): SafeHtml {
  const t = ctx.ui.carriers;
  const s = d.service;
  if (!s) return d.sourceIds.length > 0 ? html`` : html`<p>${t.noSource}</p>`;
  const last = s.lastSuccessAt
    ? html`<br><span class="muted">${t.lastSuccess(formatDateTime(new Date(s.lastSuccessAt), ctx.locale))}</span>`
    : '';
  return html`<dl class="facts">
<dt>${t.source}</dt><dd>${s.sourceLabel} <code>${s.sourceId}</code></dd>
<dt>${t.why}</dt><dd>${t.via[s.via]}</dd>
<dt>${t.status}</dt><dd><span class="health-${s.health}">${t.health[s.health]}</span>${last}</dd>
</dl>`;
}

function dayWords(min: number, max: number, ctx: PageContext, business = false, plus = false) {
  const t = ctx.ui.carriers;
  const range = `${formatRange(min, max, ctx.locale)}${plus ? '+' : ''}`;
  return business ? t.businessDays(range) : t.days(range);
}

function seedText(seeds: SeedTimes | null, ctx: PageContext): string {
  const t = ctx.ui.carriers;
  if (!seeds) return t.noSeed;
  const days = dayWords(seeds.minDays, seeds.maxDays, ctx, seeds.businessDays, seeds.openEnded);
  if (seeds.from === 'service') return t.seedService(seeds.methodName, days);
  const cls = UI[ctx.locale].track.classes[seeds.serviceClass];
  return t.seedClass(seeds.methodName, cls, days);
}

function oneDecimal(days: number, ctx: PageContext): string {
  return ctx.ui.carriers.days(
    new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 1 }).format(days),
  );
}

function timesSection(times: TypicalTimes, ctx: PageContext): SafeHtml {
  const t = ctx.ui.carriers;
  const o = times.observed;
  const observed = o
    ? t.observed(
        formatNumber(o.count, ctx.locale),
        oneDecimal(o.medianDays, ctx),
        oneDecimal(o.p90Days, ctx),
      )
    : t.tooFewObserved(formatNumber(times.minObserved, ctx.locale));
  return html`<dl class="facts">
<dt>${t.published}</dt><dd data-times="seeds">${seedText(times.seeds, ctx)}</dd>
<dt>${t.observedHere}</dt><dd data-times="observed"${o ? '' : html` class="muted"`}>${observed}</dd>
</dl>`;
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
${sourceSection(d, ctx)}
${
  d.sourceIds.length > (d.service ? 1 : 0)
    ? html`<ul>${d.sourceIds.filter((id) => id !== d.service?.sourceId).map((id) => html`<li><code>${id}</code></li>`)}</ul>`
    : ''
}
</section>
<section class="panel"><h2>${t.typicalTimes}</h2>
${timesSection(d.typicalTimes, ctx)}
</section>`,
  });
}
