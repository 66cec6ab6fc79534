/**
 * @module web/operator/sources-page
 * The /operator/sources page: one row per carrier source, in the page's language. Every
 * value goes through `html`, so nothing a source or a setting says is read as markup.
 */
import { html, type SafeHtml } from '../html.js';
import { formatDateTime, formatNumber } from '../i18n/format.js';
import { href, type PageContext } from '../locale.js';
import { layout } from '../pages/layout.js';
import type { PublicSource, PublicSources } from './sources.js';

function when(iso: string | null, ctx: PageContext, none: string): string {
  return iso === null ? none : formatDateTime(new Date(iso), ctx.locale);
}

function cells(s: PublicSource, ctx: PageContext, now: number): (string | SafeHtml)[] {
  const t = ctx.ui.operator;
  const base = [
    html`<code>${s.id}</code>`,
    s.label,
    t.kinds[s.kind],
    html`<span class="tag tag-${s.configured ? 'yes' : 'no'}">${s.configured ? t.yes : t.no}</span>`,
  ];
  const h = s.health;
  if (h === null) return [...base, t.unknown, t.unknown, t.unknown, t.unknown, t.unknown];
  if (!h.recorded) return [...base, t.notYet, '—', '—', '—', '—'];
  const next =
    h.nextAllowedAt === null || Date.parse(h.nextAllowedAt) <= now
      ? t.now
      : when(h.nextAllowedAt, ctx, t.now);
  return [
    ...base,
    h.healthy ? t.yes : t.no,
    when(h.lastSuccessAt, ctx, t.never),
    h.quotaLeft === null ? '—' : formatNumber(h.quotaLeft, ctx.locale),
    next,
    t.circuit[h.circuit],
  ];
}

export function sourcesPage(ctx: PageContext, report: PublicSources, now: number): string {
  const t = ctx.ui.operator;
  const c = t.columns;
  const heads = [c.source, c.label, c.kind, c.configured, c.healthy, c.lastSuccess];
  heads.push(c.quotaLeft, c.nextCall, c.circuit);
  const unknown = report.sources.some((s) => s.health === null);
  const problems = report.problems;
  return layout({
    ctx,
    title: t.sourcesTitle,
    description: t.sourcesIntro,
    body: html`<h1>${t.sourcesTitle}</h1>
<p>${t.sourcesIntro}</p>
${unknown ? html`<p class="muted">${t.healthUnknown}</p>` : ''}
<div class="table-wrap"><table class="sources">
<thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${report.sources.map(
      (s) =>
        html`<tr id="source-${s.id}">${cells(s, ctx, now).map((v) => html`<td>${v}</td>`)}</tr>`,
    )}</tbody>
</table></div>
${
  problems.length > 0
    ? html`<section class="panel"><h2>${t.problems}</h2><ul>${problems.map(
        (p) => html`<li><strong>${p.level}</strong>: ${p.message}</li>`,
      )}</ul></section>`
    : ''
}
<p class="muted">${t.secretsNote}</p>
<p><a href="${href('/api/v1/sources', ctx.locale)}">${t.json}</a></p>`,
  });
}
