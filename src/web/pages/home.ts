/**
 * @module web/pages/home
 * The home page: one search box for one number or many, and, after a search, what each
 * pasted token turned out to be. Works without JavaScript (a GET form).
 */

import type { DemoEntry } from '../../carriers/sim/demo.js';
import type { Candidate, Detection } from '../../core/numbers/types.js';
import { html, type SafeHtml } from '../html.js';
import type { UiStrings } from '../i18n/index.js';
import { href, type PageContext } from '../locale.js';
import { layout } from './layout.js';

function candidateRow(candidate: Candidate, ctx: PageContext): SafeHtml {
  const percent = new Intl.NumberFormat(ctx.locale, { style: 'percent' }).format(
    Math.round(candidate.confidence * 100) / 100,
  );
  const ui: UiStrings = ctx.ui;
  return html`<li class="candidate checksum-${candidate.checksum}">
<span class="carrier">${candidate.carrierName}</span>
${candidate.service ? html`<span class="service">${candidate.service}</span>` : ''}
${candidate.country ? html`<span class="country">${candidate.country}</span>` : ''}
<span class="confidence" title="${ui.home.confidenceTitle}">${percent}</span>
<span class="checksum">${ui.home.checksum[candidate.checksum]}</span>
</li>`;
}

function detectionCard(
  detection: Detection,
  explain: (d: Detection) => string | undefined,
  ctx: PageContext,
): SafeHtml {
  const { home } = ctx.ui;
  const note = explain(detection);
  return html`<article class="panel detection kind-${detection.kind}">
<h2><code>${detection.normalized || detection.input}</code></h2>
${detection.input !== detection.normalized ? html`<p class="muted">${home.youPasted} <code>${detection.input}</code></p>` : ''}
${note ? html`<p class="note">${note}</p>` : ''}
${
  detection.candidates.length > 0
    ? html`<ol class="candidates">${detection.candidates.map((c) => candidateRow(c, ctx))}</ol>
<p><a class="track-link" href="${href(`/track/${encodeURIComponent(detection.normalized)}`, ctx.locale)}">${home.trackThis}</a></p>`
    : html`<p>${home.notRecognised}</p>`
}
${
  detection.suggestions.length > 0
    ? html`<p class="suggest">${home.didYouMean} ${detection.suggestions.map(
        (s, i) =>
          html`${i > 0 ? ', ' : ''}<a href="${href('/', ctx.locale, { q: s })}"><code>${s}</code></a>`,
      )}?</p>`
    : ''
}
</article>`;
}

export interface HomeView {
  ctx: PageContext;
  query: string;
  detections: Detection[];
  /** A plain-words note for a detection (lookalikes, e.g. an order number). */
  explain: (detection: Detection) => string | undefined;
  error?: string;
  /** Demo numbers from the simulator, in demo mode. */
  demo?: readonly DemoEntry[];
}

function demoList(demo: readonly DemoEntry[], ctx: PageContext): SafeHtml {
  const { home } = ctx.ui;
  return html`<section class="panel demo" aria-labelledby="demo-h">
<h2 id="demo-h">${home.demoHeading}</h2>
<p class="muted">${home.demoNote}</p>
<ul>${demo.map(
    (d) =>
      html`<li><a href="${href(`/track/${encodeURIComponent(d.number)}`, ctx.locale)}"><code>${d.number}</code></a> <span class="muted" lang="en">${d.description}</span></li>`,
  )}</ul>
</section>`;
}

export function homePage({ ctx, query, detections, explain, error, demo }: HomeView): string {
  const { home } = ctx.ui;
  return layout({
    ctx,
    title: query ? home.searchTitle(query.slice(0, 40)) : home.title,
    description: home.description,
    body: html`<section class="search">
<h1>${home.heading}</h1>
<form method="get" action="/" role="search">
<input type="hidden" name="lang" value="${ctx.locale}">
<label for="q">${home.label}</label>
<textarea id="q" name="q" rows="3" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="LP00123456789012&#10;RB123456785GB">${query}</textarea>
<button type="submit">${home.find}</button>
</form>
<div id="live" aria-live="polite" data-wrong="${home.live.wrong}" data-order="${home.live.order}" data-phone="${home.live.phone}" data-unknown="${home.live.unknown}"></div>
</section>
${error ? html`<p class="panel error" role="alert">${error}</p>` : ''}
${detections.length > 0 ? html`<section class="results">${detections.map((d) => detectionCard(d, explain, ctx))}</section>` : ''}
${demo && demo.length > 0 && detections.length === 0 ? demoList(demo, ctx) : ''}`,
  });
}
