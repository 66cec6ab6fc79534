/**
 * @module web/track/model
 * Pure: a TrackView (plus the already computed estimate, advice and number analysis) turned
 * into the plain values the tracking page shows, in the reader's language. No HTML here.
 */
import type { Advice } from '../../core/advice/types.js';
import type { Estimate } from '../../core/eta/types.js';
import type { Locale } from '../../core/i18n/locales.js';
import type { Detection } from '../../core/numbers/types.js';
import {
  describe,
  isProgressInterrupted,
  milestoneLabel,
  progressStepFor,
  progressStepLabel,
  reasonLabel,
  statusLabel,
} from '../../core/status/describe.js';
import type { Normality } from '../../core/status/normality.js';
import { PROGRESS_STEPS, type ProgressStep } from '../../core/status/taxonomy.js';
import type { TrackView, TrackViewEvent } from '../../engine/run/track-view.js';
import { countryName } from '../i18n/format.js';
import { formatDateTime } from './format.js';
import type { OrderPanel } from './order-form.js';

/** What the page builders need besides the view. */
export interface TrackPageContext {
  locale: Locale;
  now: Date;
  eta?: Estimate | null;
  advice?: Advice | null;
  analysis?: Detection;
  /** The order panel (saved order, form values, refused fields); absent: no panel. */
  order?: OrderPanel;
  /** A one-off message after an action (e.g. 'refreshed'). */
  notice?: 'refreshed';
}

export interface StatusModel {
  label: string;
  explanation: string;
  normal?: Normality;
  milestone?: string;
  reason?: { label: string; explanation: string };
}

export interface StepModel {
  step: ProgressStep;
  label: string;
  state: 'done' | 'current' | 'todo';
}

export interface TimelineItem {
  iso: string;
  when: string;
  description: string;
  /** Our classification in words; undefined when the event is unclassified. */
  label?: string;
  source: string;
  number: string;
  place?: string;
  anomaly: boolean;
}

export interface RouteNode {
  label: string;
  current: boolean;
}

/** An event as the view gives it, plus the merge key when the view carries one. */
type KeyedEvent = TrackViewEvent & { key?: string };

export function statusModel(view: TrackView, locale: Locale): StatusModel {
  const { status, milestone, reason } = view.shipment;
  const d = describe('status', status, locale);
  const model: StatusModel = { label: d.label, explanation: d.explanation };
  if (d.normal) model.normal = d.normal;
  if (milestone) model.milestone = milestoneLabel(milestone, locale);
  if (reason) {
    const r = describe('reason', reason, locale);
    model.reason = { label: r.label, explanation: r.explanation };
  }
  return model;
}

export function progressModel(
  view: TrackView,
  locale: Locale,
): {
  steps: StepModel[];
  interrupted: boolean;
} {
  const { status, milestone } = view.shipment;
  const current = progressStepFor(milestone, status);
  const at = PROGRESS_STEPS.indexOf(current);
  const steps = PROGRESS_STEPS.map(
    (step, i): StepModel => ({
      step,
      label: progressStepLabel(step, locale),
      state: i < at ? 'done' : i === at ? 'current' : 'todo',
    }),
  );
  return { steps, interrupted: isProgressInterrupted(milestone, status) };
}

/** "12 Mar 2026, 14:05 GMT+8": in the event's zone when it is a valid one, else UTC. */
export function localWhen(
  e: Pick<TrackViewEvent, 'occurredAt' | 'zone' | 'localTime'>,
  locale: Locale,
): string {
  const instant = new Date(e.occurredAt);
  if (Number.isNaN(instant.getTime())) return e.localTime ?? e.occurredAt;
  if (e.zone) {
    try {
      return formatDateTime(instant, locale, e.zone);
    } catch {
      // An offset or a name Intl does not know: the carrier's own wall clock, then UTC.
      if (e.localTime) return `${e.localTime} (${e.zone})`;
    }
  }
  return formatDateTime(instant, locale, 'UTC');
}

export function placeOf(e: TrackViewEvent, locale: Locale): string | undefined {
  const loc = e.location;
  if (!loc) return undefined;
  const country = loc.country ? countryName(loc.country, locale) : undefined;
  if (loc.city) return country ? `${loc.city}, ${country}` : loc.city;
  if (loc.raw) return loc.raw;
  return country;
}

function eventLabel(e: TrackViewEvent, locale: Locale): string | undefined {
  if (e.status === null) return undefined;
  // Status, milestone, reason, each once (the first time it is said).
  const status = statusLabel(e.status, locale);
  let label = status;
  const milestone = e.milestone ? milestoneLabel(e.milestone, locale) : undefined;
  if (milestone !== undefined && milestone !== status) label += ` · ${milestone}`;
  if (e.reason) {
    const reason = reasonLabel(e.reason, locale);
    if (reason !== status && reason !== milestone) label += ` · ${reason}`;
  }
  return label;
}

/**
 * Which events the anomalies point at: by the merge key when the view carries it, else by
 * the rule that raised them (a scan after the delivery or after the return).
 */
function anomalous(view: TrackView): Set<TrackViewEvent> {
  const marked = new Set<TrackViewEvent>();
  const { anomalies } = view.shipment;
  if (anomalies.length === 0) return marked;
  const events = view.shipment.events as readonly KeyedEvent[];
  const keys = new Set(anomalies.map((a) => a.eventKey));
  for (const e of events) if (e.key !== undefined && keys.has(e.key)) marked.add(e);
  if (marked.size > 0) return marked;
  const kinds = new Set(anomalies.map((a) => a.kind));
  let delivered = false;
  let returned = false;
  for (const e of [...events].reverse()) {
    if (e.status === null) continue;
    const isReturn = e.milestone === 'returning' || e.milestone === 'returned';
    if (delivered && e.status !== 'delivered') {
      if (
        (isReturn && kinds.has('return_after_delivery')) ||
        (!isReturn && kinds.has('after_delivered'))
      ) {
        marked.add(e);
      }
    } else if (returned && e.milestone !== 'returned' && kinds.has('after_returned')) {
      marked.add(e);
    }
    if (e.status === 'delivered') delivered = true;
    if (e.milestone === 'returned') returned = true;
  }
  return marked;
}

export function timelineModel(view: TrackView, locale: Locale): TimelineItem[] {
  const marked = anomalous(view);
  return view.shipment.events.map((e): TimelineItem => {
    const item: TimelineItem = {
      iso: e.occurredAt,
      when: localWhen(e, locale),
      description: e.description,
      source: e.source,
      number: e.legNumber || view.number,
      anomaly: marked.has(e),
    };
    const label = eventLabel(e, locale);
    if (label) item.label = label;
    const place = placeOf(e, locale);
    if (place) item.place = place;
    return item;
  });
}

/** Places passed, oldest first, consecutive repeats folded; by country when too many. */
export function routeModel(view: TrackView, locale: Locale, max = 8): RouteNode[] {
  const located = [...view.shipment.events].reverse().filter((e) => e.location);
  const fold = (
    keyOf: (e: TrackViewEvent) => string | undefined,
    labelOf: (e: TrackViewEvent) => string | undefined,
  ) => {
    const out: { key: string; label: string }[] = [];
    for (const e of located) {
      const key = keyOf(e);
      const label = labelOf(e);
      if (!key || !label) continue;
      if (out.at(-1)?.key !== key) out.push({ key, label });
    }
    return out;
  };
  let nodes = fold(
    (e) =>
      `${e.location?.city ?? e.location?.raw ?? ''}|${e.location?.country ?? ''}`.toLowerCase(),
    (e) => placeOf(e, locale),
  );
  if (nodes.length > max) {
    nodes = fold(
      (e) => e.location?.country ?? undefined,
      (e) => (e.location?.country ? countryName(e.location.country, locale) : undefined),
    );
  }
  if (nodes.length > max) nodes = [...nodes.slice(0, max - 1), ...nodes.slice(-1)];
  return nodes.map((n, i) => ({ label: n.label, current: i === nodes.length - 1 }));
}

/** Whole days from the first physical scan to delivery (or to now); undefined before. */
export function daysInTransit(view: TrackView, now: Date): number | undefined {
  const moving = view.shipment.events.filter(
    (e) => e.status !== null && e.status !== 'info_received',
  );
  const first = moving.at(-1);
  if (!first) return undefined;
  const start = Date.parse(first.occurredAt);
  const end = view.shipment.deliveredAt ? Date.parse(view.shipment.deliveredAt) : now.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return undefined;
  return Math.floor((end - start) / 86_400_000);
}

/** True when no source has reported anything for this parcel yet. */
export function isNotFoundYet(view: TrackView): boolean {
  return view.shipment.events.length === 0;
}
