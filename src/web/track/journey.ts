/**
 * @module web/track/journey
 * Rendering of the journey: the merged timeline (newest first), the legs, the carrier card,
 * the route picture (an inline SVG we draw: places as nodes on a line, no map tiles) and the
 * checks panel with the "check now" form.
 */
import type { Locale } from '../../core/i18n/locales.js';
import { getCarrier, trackingUrlFor } from '../../core/numbers/registry.js';
import type { TrackView } from '../../engine/run/track-view.js';
import { html, type SafeHtml } from '../html.js';
import { UI } from '../i18n/index.js';
import { isHttpUrl, telHref } from './blocks.js';
import { formatInstant } from './format.js';
import { langHref } from './links.js';
import { routeModel, type TimelineItem, timelineModel } from './model.js';

export function timelineItem(item: TimelineItem, locale: Locale): SafeHtml {
  const t = UI[locale].track;
  return html`<li class="event${item.anomaly ? ' anomaly' : ''}">
<time datetime="${item.iso}">${item.when}</time>
${item.anomaly ? html`<strong class="flag">⚠ ${t.anomaly}</strong>` : ''}
<p class="orig">${item.description}</p>
<p class="ours">${item.label ? html`<span class="muted">${t.ourLabel}:</span> ${item.label}` : html`<span class="muted">${t.unclassified}</span>`}</p>
${item.place ? html`<p class="place">${item.place}</p>` : ''}
<p class="by muted">${t.reportedBy(item.source, item.number)}</p>
</li>`;
}

export function timelineBlock(view: TrackView, locale: Locale): SafeHtml {
  const t = UI[locale].track;
  const items = timelineModel(view, locale);
  const anomalies = view.shipment.anomalies;
  return html`<section class="panel" aria-labelledby="timeline-h">
<h2 id="timeline-h">${t.timelineHeading}</h2>
${
  anomalies.length > 0
    ? html`<div class="anomalies"><h3>${t.anomaliesHeading}</h3><ul>${[
        ...new Set(anomalies.map((a) => a.kind)),
      ].map((k) => html`<li>${t.anomalies[k]}</li>`)}</ul></div>`
    : ''
}
${items.length > 0 ? html`<ol class="timeline" id="timeline" reversed>${items.map((i) => timelineItem(i, locale))}</ol>` : html`<p id="timeline">${t.noEvents}</p>`}
</section>`;
}

export function legsBlock(view: TrackView, locale: Locale): SafeHtml {
  const t = UI[locale].track;
  const legs = view.shipment.legs;
  if (legs.length === 0) return html``;
  return html`<section class="panel" aria-labelledby="legs-h">
<h2 id="legs-h">${t.legsHeading}</h2>
<ul class="legs">${legs.map((l) => {
    const carrier = getCarrier(l.carrierId);
    return html`<li><a href="${langHref(`/track/${encodeURIComponent(l.number)}`, locale)}"><code>${l.number}</code></a> — ${carrier?.name ?? l.carrierId} <span class="muted">(${t.roles[l.role]})</span></li>`;
  })}</ul>
</section>`;
}

function carrierIdOf(view: TrackView): string | undefined {
  const legs = view.shipment.legs;
  const lastMile = legs.find((l) => l.role === 'last_mile');
  const own = legs.find((l) => l.number === view.number);
  return lastMile?.carrierId ?? own?.carrierId ?? view.route.carrierId ?? legs[0]?.carrierId;
}

export function carrierBlock(view: TrackView, locale: Locale): SafeHtml {
  const t = UI[locale].track;
  const ui = UI[locale];
  const id = carrierIdOf(view);
  const carrier = id ? getCarrier(id) : undefined;
  const leg = view.shipment.legs.find((l) => l.carrierId === id);
  const official = carrier
    ? trackingUrlFor(carrier, leg?.number ?? view.number)
    : view.route.kind === 'none'
      ? view.route.officialUrl
      : undefined;
  if (!carrier && !official) return html``;
  return html`<section class="panel carrier" aria-labelledby="carrier-h">
<h2 id="carrier-h">${t.carrierHeading}</h2>
${carrier ? html`<p class="carrier-name"><a href="${langHref(`/carriers/${carrier.id}`, locale)}">${carrier.name}</a></p>` : ''}
<dl>
${carrier?.phone ? html`<dt>${t.phone}</dt><dd><a href="tel:${telHref(carrier.phone)}">${carrier.phone}</a></dd>` : ''}
${carrier?.email ? html`<dt>${t.email}</dt><dd><a href="mailto:${carrier.email}">${carrier.email}</a></dd>` : ''}
</dl>
${official && isHttpUrl(official) ? html`<p><a href="${official}" rel="noopener noreferrer external">${t.official}</a> <span class="muted">${ui.carriers.external}</span></p>` : ''}
${view.route.kind === 'none' ? html`<p class="muted">${t.noSource}</p>` : ''}
</section>`;
}

const ROW = 44;

/** Labels fit the 320-wide picture; the full names are in its title. */
const short = (label: string): string => (label.length > 30 ? `${label.slice(0, 29)}…` : label);

export function routeBlock(view: TrackView, locale: Locale): SafeHtml {
  const t = UI[locale].track;
  const nodes = routeModel(view, locale);
  if (nodes.length === 0) {
    return html`<section class="panel" aria-labelledby="route-h"><h2 id="route-h">${t.routeHeading}</h2><p class="muted">${t.routeUnknown}</p></section>`;
  }
  const height = nodes.length * ROW;
  const label = t.routeLabel(nodes.map((n) => n.label).join(' → '));
  return html`<section class="panel" aria-labelledby="route-h">
<h2 id="route-h">${t.routeHeading}</h2>
<svg class="route" viewBox="0 0 320 ${height}" width="320" height="${height}" role="img" aria-labelledby="route-t" xmlns="http://www.w3.org/2000/svg">
<title id="route-t">${label}</title>
${nodes.length > 1 ? html`<line class="route-line" x1="16" y1="${ROW / 2}" x2="16" y2="${height - ROW / 2}" stroke-width="3"></line>` : ''}
${nodes.map((n, i) => {
  const y = i * ROW + ROW / 2;
  return html`<g class="node${n.current ? ' current' : ''}"><circle cx="16" cy="${y}" r="${n.current ? 9 : 6}"></circle><text x="36" y="${y + 5}">${short(n.label)}${n.current ? html` · ${t.hereNow}` : ''}</text></g>`;
})}
</svg>
</section>`;
}

export function checksBlock(view: TrackView, locale: Locale, notice?: 'refreshed'): SafeHtml {
  const t = UI[locale].track;
  const when = (iso: string | null) => {
    const text = formatInstant(iso, locale);
    return text && iso ? html`<time datetime="${iso}">${text}</time>` : html`${t.notYet}`;
  };
  const action = `/track/${encodeURIComponent(view.number)}/refresh?lang=${encodeURIComponent(locale)}`;
  return html`<section class="panel checks" aria-labelledby="checks-h">
<h2 id="checks-h">${t.checksHeading}</h2>
<dl>
<dt>${t.lastChecked}</dt><dd data-live="checked">${when(view.shipment.lastCheckedAt)}</dd>
<dt>${t.nextCheck}</dt><dd data-live="next">${when(view.shipment.nextCheckAt)}</dd>
</dl>
${notice === 'refreshed' ? html`<p class="notice" role="status">${t.refreshed}</p>` : ''}
<form method="post" action="${action}"><button type="submit">${t.refresh}</button></form>
<p class="muted live-note" hidden>${t.live}</p>
</section>`;
}
