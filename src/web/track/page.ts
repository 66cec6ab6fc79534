/**
 * @module web/track/page
 * The tracking pages' bodies: one parcel (buildTrackPage), a number nobody knows yet or
 * something that is not a tracking number (notFoundBody), several parcels (buildMultiPage).
 * Pure: the estimate, advice and number analysis come in already computed.
 */
import type { Locale } from '../../core/i18n/locales.js';
import type { Detection } from '../../core/numbers/types.js';
import { milestoneLabel, statusLabel } from '../../core/status/describe.js';
import type { TrackView } from '../../engine/run/track-view.js';
import { html, type SafeHtml } from '../html.js';
import { formatNumber } from '../i18n/format.js';
import { UI } from '../i18n/index.js';
import { adviceBlock, etaBlock, progressBlock, statusBlock } from './blocks.js';
import { carrierBlock, checksBlock, legsBlock, routeBlock, timelineBlock } from './journey.js';
import { langHref } from './links.js';
import { isNotFoundYet, localWhen, type TrackPageContext } from './model.js';
import { latestOrderDay, orderBlock } from './order-form.js';

const trackPath = (number: string): string => `/track/${encodeURIComponent(number)}`;

function suggestions(analysis: Detection | undefined, locale: Locale): SafeHtml | '' {
  if (!analysis || analysis.suggestions.length === 0) return '';
  const t = UI[locale].track.notFound;
  return html`<p class="suggest">${t.didYouMean} ${analysis.suggestions.map(
    (s, i) =>
      html`${i > 0 ? ', ' : ''}<a href="${langHref(trackPath(s), locale)}"><code>${s}</code></a>`,
  )}?</p>`;
}

/**
 * Why a number shows nothing, and what to do; with "did you mean" links and, when an order
 * number (or a phone, a date…) was pasted, what it is instead.
 */
export function notFoundBody(
  number: string,
  locale: Locale,
  analysis?: Detection,
  found = true,
): SafeHtml {
  const ui = UI[locale];
  const t = ui.track.notFound;
  const look = analysis?.lookalike;
  const isOrder = analysis?.kind === 'order_number';
  if (!found || isOrder) {
    return html`<section class="panel notfound" aria-labelledby="nf-h">
<h2 id="nf-h">${isOrder ? t.orderHeading : t.notNumberHeading}</h2>
<p><code>${number}</code></p>
<p>${look ? ui.home.lookalike[look] : t.notNumber}</p>
${suggestions(analysis, locale)}
<p><a href="${langHref('/', locale)}">${ui.error.back}</a></p>
</section>`;
  }
  return html`<section class="panel notfound" aria-labelledby="nf-h">
<h2 id="nf-h">${t.heading}</h2>
<p>${t.intro}</p>
${suggestions(analysis, locale)}
<h3>${t.reasonsHeading}</h3>
<ul class="reasons">${t.reasons.map((r) => html`<li><strong>${r.title}.</strong> ${r.text}</li>`)}</ul>
<h3>${t.whatHeading}</h3>
<ol>${t.what.map((w) => html`<li>${w}</li>`)}</ol>
</section>`;
}

/** The whole body of `/track/:number`. */
export function buildTrackPage(view: TrackView, ctx: TrackPageContext): SafeHtml {
  const { locale } = ctx;
  const t = UI[locale].track;
  const events = `${trackPath(view.number)}/events?lang=${encodeURIComponent(locale)}`;
  const empty = isNotFoundYet(view);
  return html`<div class="track" data-events="${events}">
<h1>${view.shipment.label ? html`${view.shipment.label} <span class="muted">${t.title(view.number)}</span>` : t.title(view.number)}</h1>
${view.demo ? html`<p class="demo" role="note">${t.demo}</p>` : ''}
<div aria-live="polite" id="live-region">${statusBlock(view, locale)}</div>
${empty ? notFoundBody(view.number, locale, ctx.analysis) : ''}
${progressBlock(view, locale)}
${etaBlock(view, ctx)}
${ctx.advice ? adviceBlock(ctx.advice, locale) : ''}
${ctx.order ? orderBlock(view.number, ctx.order, locale, latestOrderDay(ctx.now)) : ''}
${timelineBlock(view, locale)}
${routeBlock(view, locale)}
${legsBlock(view, locale)}
${carrierBlock(view, locale)}
${checksBlock(view, locale, ctx.notice)}
</div>`;
}

/** One row of the several-numbers list: a view, or why there is none. */
export interface MultiItem {
  number: string;
  view?: TrackView;
  error?: string;
}

function multiRow(item: MultiItem, locale: Locale): SafeHtml {
  const t = UI[locale].track.multi;
  const v = item.view;
  if (!v) {
    return html`<li class="multi-item error"><code>${item.number}</code> <span>${item.error ?? t.error}</span></li>`;
  }
  const newest = v.shipment.events[0];
  const status = statusLabel(v.shipment.status, locale);
  const milestone = v.shipment.milestone ? milestoneLabel(v.shipment.milestone, locale) : undefined;
  return html`<li class="multi-item status-${v.shipment.status}">
<a href="${langHref(trackPath(v.number), locale)}"><code>${v.number}</code></a>${v.shipment.label ? html` <span class="parcel-label">${v.shipment.label}</span>` : ''}
<span class="state"><strong>${status}</strong>${milestone && milestone !== status ? html` · ${milestone}` : ''}</span>
${newest ? html`<span class="muted newest"><time datetime="${newest.occurredAt}">${localWhen(newest, locale)}</time> — ${newest.description}</span>` : ''}
${v.demo ? html`<span class="badge">${UI[locale].track.demoBadge}</span>` : ''}
</li>`;
}

/** The body of `/track?n=…&n=…`: a compact list, each linking to its page. */
export function buildMultiPage(items: readonly MultiItem[], ctx: { locale: Locale }): SafeHtml {
  const t = UI[ctx.locale].track.multi;
  if (items.length === 0) {
    return html`<h1>${t.title}</h1><p>${t.empty}</p><p><a href="${langHref('/', ctx.locale)}">${UI[ctx.locale].error.back}</a></p>`;
  }
  return html`<h1>${t.heading(formatNumber(items.length, ctx.locale))}</h1>
<ul class="multi">${items.map((i) => multiRow(i, ctx.locale))}</ul>`;
}
