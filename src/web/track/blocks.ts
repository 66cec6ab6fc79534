/**
 * @module web/track/blocks
 * Rendering of the top of the tracking page: the status in plain words, the progress bar,
 * the delivery window with its basis, and the advice panel. Every value goes through `html`.
 */
import type { Advice } from '../../core/advice/types.js';
import { findShippingMethod } from '../../core/eta/index.js';
import type { Basis, Estimate, ServiceClass } from '../../core/eta/types.js';
import type { Locale } from '../../core/i18n/locales.js';
import type { TrackView } from '../../engine/run/track-view.js';
import { html, type SafeHtml } from '../html.js';
import { countryName, formatNumber } from '../i18n/format.js';
import { UI } from '../i18n/index.js';
import type { BasisWords } from '../i18n/track/types.js';
import { formatDay } from './format.js';
import { daysInTransit, progressModel, statusModel, type TrackPageContext } from './model.js';

const str = (v: string | number | undefined): string | undefined =>
  v === undefined ? undefined : String(v);

/**
 * Blocks that depend on a few words of the view only (status, milestone, reason), by locale
 * and those words: each is written once. Unknown words throw before anything is kept.
 */
const byStatus = new Map<string, SafeHtml>();
const MAX_BY_STATUS = 5_000;

function keptBlock(key: string, make: () => SafeHtml): SafeHtml {
  let block = byStatus.get(key);
  if (!block) {
    block = make();
    if (byStatus.size >= MAX_BY_STATUS) byStatus.clear();
    byStatus.set(key, block);
  }
  return block;
}

/** The status block; also what a live update re-renders (id="status"). */
export function statusBlock(view: TrackView, locale: Locale): SafeHtml {
  const { status, milestone, reason } = view.shipment;
  return keptBlock(`s|${locale}|${status}|${milestone}|${reason}`, () =>
    writeStatusBlock(view, locale),
  );
}

function writeStatusBlock(view: TrackView, locale: Locale): SafeHtml {
  const ui = UI[locale];
  const s = statusModel(view, locale);
  return html`<section class="panel status normal-${s.normal ?? 'yes'}" id="status" aria-labelledby="status-h">
<h2 id="status-h">${ui.track.statusHeading}</h2>
<p class="status-label" data-live="label">${s.label}</p>
<p data-live="explanation">${s.explanation}</p>
${s.milestone ? html`<p class="muted" data-live="milestone">${s.milestone}</p>` : ''}
${s.normal ? html`<p class="badge normal-${s.normal}" data-live="normal">${ui.statuses.normal[s.normal]}</p>` : ''}
${s.reason ? html`<p class="reason"><strong>${ui.track.reason}:</strong> ${s.reason.label}. ${s.reason.explanation}</p>` : ''}
</section>`;
}

export function progressBlock(view: TrackView, locale: Locale): SafeHtml {
  const { status, milestone } = view.shipment;
  return keptBlock(`p|${locale}|${status}|${milestone}`, () => writeProgressBlock(view, locale));
}

function writeProgressBlock(view: TrackView, locale: Locale): SafeHtml {
  const t = UI[locale].track;
  const { steps, interrupted } = progressModel(view, locale);
  return html`<section class="panel" aria-labelledby="progress-h">
<h2 id="progress-h">${t.progressHeading}</h2>
<ol class="progress${interrupted ? ' interrupted' : ''}" id="progress">${steps.map(
    (s) =>
      html`<li class="step ${s.state}" data-step="${s.step}"${s.state === 'current' ? html` aria-current="step"` : ''}><span>${s.label}</span> <span class="sr">(${t.step[s.state]})</span></li>`,
  )}</ol>
${interrupted ? html`<p class="warn">${t.interrupted}</p>` : ''}
</section>`;
}

function serviceWords(basis: Basis, locale: Locale): string | undefined {
  const t = UI[locale].track;
  const p = basis.params;
  if (typeof p['serviceName'] === 'string' && basis.key === 'eta.basis.prior.service') {
    return p['serviceName'];
  }
  const cls = p['serviceClass'] ?? findShippingMethod(String(p['service'] ?? ''))?.class;
  return typeof cls === 'string' && cls in t.classes ? t.classes[cls as ServiceClass] : undefined;
}

/** The basis of an estimate in the reader's language; its English text when the key is new. */
export function basisText(basis: Basis, locale: Locale): string {
  const t = UI[locale].track;
  const p = basis.params;
  const n = (v: string | number | undefined) =>
    typeof v === 'number' ? formatNumber(v, locale) : str(v);
  const w: BasisWords = {
    count: n(p['count']) ?? '',
    from: typeof p['origin'] === 'string' ? countryName(p['origin'], locale) : '',
    to: typeof p['destination'] === 'string' ? countryName(p['destination'], locale) : '',
  };
  const service = serviceWords(basis, locale);
  if (service) w.service = service;
  if (typeof p['lastMile'] === 'string') w.lastMile = p['lastMile'];
  const windowDays = n(p['windowDays']);
  if (windowDays) w.windowDays = windowDays;
  const min = n(p['minDays'] ?? basis.days?.min);
  const max = n(p['maxDays'] ?? basis.days?.max);
  if (min) w.min = min;
  if (max) w.max = max;
  let text: string;
  if (basis.key.startsWith('eta.basis.lane.')) text = t.basis.lane(w);
  else if (basis.key === 'eta.basis.prior.service') text = t.basis.priorService(w);
  else if (basis.key === 'eta.basis.prior.class') text = t.basis.priorClass(w);
  else if (basis.key === 'eta.basis.prior.unknown') text = t.basis.priorUnknown(w);
  else if (basis.key === 'eta.basis.source') text = t.basis.source;
  else return basis.text;
  return basis.overdue ? `${text} ${t.basis.overdue}` : text;
}

function sourceEstimate(eta: Estimate, locale: Locale): SafeHtml | '' {
  const se = eta.sourceEstimate;
  if (!se || (!se.earliest && !se.latest)) return '';
  const t = UI[locale].track;
  const a = se.earliest ? formatDay(se.earliest, locale) : undefined;
  const b = se.latest ? formatDay(se.latest, locale) : undefined;
  const text = a && b && a !== b ? t.window(a, b) : (b ?? a ?? '');
  return html`<p class="source-eta"><strong>${t.sourceEstimate}${se.source ? html` (${se.source})` : ''}:</strong> ${text}</p>`;
}

export function etaBlock(view: TrackView, ctx: TrackPageContext): SafeHtml {
  const { locale } = ctx;
  const t = UI[locale].track;
  const days = daysInTransit(view, ctx.now);
  const daysLine =
    days === undefined
      ? ''
      : html`<p class="muted">${t.daysInTransit(formatNumber(days, locale))}</p>`;
  let body: SafeHtml;
  if (view.shipment.deliveredAt) {
    body = html`<p class="eta-window">${t.deliveredOn(formatDay(view.shipment.deliveredAt, locale))}</p>`;
  } else if (ctx.eta) {
    const e = ctx.eta;
    body = html`<p class="eta-window"><time datetime="${e.earliest}">${formatDay(e.earliest, locale)}</time> – <time datetime="${e.latest}">${formatDay(e.latest, locale)}</time></p>
<p>${t.likely(formatDay(e.likely, locale))} (${t.confidence[e.confidence]})</p>
<p class="basis"><strong>${t.basisTitle}:</strong> ${basisText(e.basis, locale)}</p>
${sourceEstimate(e, locale)}`;
  } else {
    body = html`<p>${t.noEta}</p>`;
  }
  return html`<section class="panel eta" aria-labelledby="eta-h">
<h2 id="eta-h">${t.etaHeading}</h2>
${body}
${daysLine}
</section>`;
}

export function adviceBlock(advice: Advice, locale: Locale): SafeHtml {
  const t = UI[locale].track;
  return html`<section class="panel advice level-${advice.level}" aria-labelledby="advice-h">
<h2 id="advice-h">${t.adviceHeading}</h2>
<p class="badge level-${advice.level}">${t.level[advice.level]}</p>
<p class="headline"><strong>${advice.headline}</strong></p>
<p>${advice.explanation}</p>
${advice.actions.length > 0 ? html`<h3>${t.actions}</h3><ul>${advice.actions.map((a) => html`<li>${a.text}</li>`)}</ul>` : ''}
${
  advice.deadlines.length > 0
    ? html`<h3>${t.deadlines}</h3><ul class="deadlines">${advice.deadlines.map(
        (d) =>
          html`<li><time datetime="${d.date}">${formatDay(d.date, locale)}</time> — ${d.text} <span class="muted">(${t.daysLeft(d.daysLeft, formatNumber(d.daysLeft, locale))})</span></li>`,
      )}</ul>${advice.zoneAssumed ? html`<p class="muted">${t.zoneAssumed}</p>` : ''}`
    : ''
}
${advice.checklists.map((c) => html`<ul class="checklist">${c.items.map((i) => html`<li>${i.text}</li>`)}</ul>`)}
${advice.notes.map((n) => html`<p class="muted">${n.text}</p>`)}
${
  advice.templates.length > 0
    ? html`<h3>${t.templates}</h3>${advice.templates.map(
        (tpl, i) => html`<details class="template"><summary>${tpl.subject ?? tpl.key}</summary>
<label for="tpl-${i}">${tpl.subject ? html`${t.subject}: ${tpl.subject}` : t.templates}</label>
<textarea id="tpl-${i}" readonly rows="8">${tpl.body}</textarea>
<button type="button" class="copy" data-copy="tpl-${i}" data-done="${t.copied}" hidden>${t.copy}</button>
</details>`,
      )}`
    : ''
}
${
  advice.contacts.length > 0
    ? html`<h3>${t.contacts}</h3><ul class="contacts">${advice.contacts.map(
        (
          c,
        ) => html`<li><strong>${c.name}</strong>${c.country ? html` (${countryName(c.country, locale)})` : ''}
${c.phone ? html` · <a href="tel:${telHref(c.phone)}">${c.phone}</a>` : ''}
${c.email ? html` · <a href="mailto:${c.email}">${c.email}</a>` : ''}
${c.url && isHttpUrl(c.url) ? html` · <a href="${c.url}" rel="noopener noreferrer external">${c.url}</a>` : ''}</li>`,
      )}</ul>`
    : ''
}
</section>`;
}

/** Digits and a leading plus only: a tel: link never carries anything else. */
export function telHref(phone: string): string {
  const first = phone.split(/[,;/]| or /)[0] ?? '';
  const digits = first.replace(/[^\d+]/g, '');
  return digits.startsWith('+')
    ? `+${digits.slice(1).replace(/\+/g, '')}`
    : digits.replace(/\+/g, '');
}

/** Only http(s) links are ever rendered as links (no javascript:, data:, …). */
export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
