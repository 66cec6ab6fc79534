/**
 * @module web/track/live
 * The small JSON a live update carries (Server-Sent Events): the status words, the progress
 * step, the checks and the newest timeline items. public/app.js builds DOM from it with
 * textContent only; carrier text never reaches innerHTML.
 */
import type { Locale } from '../../core/i18n/locales.js';
import type { TrackView } from '../../engine/run/track-view.js';
import { UI } from '../i18n/index.js';
import { formatInstant } from './format.js';
import { progressModel, statusModel, timelineModel } from './model.js';

export interface LiveItem {
  iso: string;
  when: string;
  description: string;
  label: string;
  place: string;
  by: string;
  anomaly: boolean;
}

export interface LiveUpdate {
  status: { label: string; explanation: string; milestone: string; normal: string };
  step: string;
  checked: string;
  next: string;
  items: LiveItem[];
  /** Words the client needs to build items, in the page's language. */
  words: { ours: string; unclassified: string; anomaly: string };
}

export function liveUpdate(view: TrackView, locale: Locale, max = 50): LiveUpdate {
  const ui = UI[locale];
  const t = ui.track;
  const s = statusModel(view, locale);
  const current = progressModel(view, locale).steps.find((x) => x.state === 'current');
  return {
    status: {
      label: s.label,
      explanation: s.explanation,
      milestone: s.milestone ?? '',
      normal: s.normal ? ui.statuses.normal[s.normal] : '',
    },
    step: current?.step ?? '',
    checked: formatInstant(view.shipment.lastCheckedAt, locale) ?? t.notYet,
    next: formatInstant(view.shipment.nextCheckAt, locale) ?? t.notYet,
    items: timelineModel(view, locale)
      .slice(0, max)
      .map((i) => ({
        iso: i.iso,
        when: i.when,
        description: i.description,
        label: i.label ?? '',
        place: i.place ?? '',
        by: t.reportedBy(i.source, i.number),
        anomaly: i.anomaly,
      })),
    words: { ours: t.ourLabel, unclassified: t.unclassified, anomaly: t.anomaly },
  };
}

/** One SSE message; JSON never holds a raw newline, so one data line is enough. */
export function sseMessage(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
