/**
 * @module core/status/describe
 * Words for a status-model value in a locale: a short label and a plain explanation, plus
 * whether it is a normal stage. The one door the web, API and CLI use to show statuses.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.js';
import { LABELS } from './labels/index.js';
import type { Axis, AxisValue, Entry } from './labels/types.js';
import { MILESTONE_NORMALITY, type Normality, STATUS_NORMALITY } from './normality.js';
import type { Milestone, OrderStatus, ProgressStep, Reason, Status } from './taxonomy.js';

export { isProgressInterrupted, progressStepFor } from './progress.js';

export interface Description {
  label: string;
  explanation: string;
  /** For statuses and milestones: is this a normal stage of the journey? */
  normal?: Normality;
}

function entryFor<A extends Axis>(axis: A, value: AxisValue[A], locale: Locale): Entry {
  const texts = LABELS[isLocale(locale) ? locale : DEFAULT_LOCALE][axis] as Record<
    AxisValue[A],
    Entry
  >;
  const entry = texts[value];
  if (!entry) throw new RangeError(`unknown ${axis} value: ${String(value)}`);
  return entry;
}

/** Label and explanation of one value of one axis, in a locale. */
export function describe<A extends Axis>(
  axis: A,
  value: AxisValue[A],
  locale: Locale,
): Description {
  const [label, explanation] = entryFor(axis, value, locale);
  if (axis === 'status') return { label, explanation, normal: STATUS_NORMALITY[value as Status] };
  if (axis === 'milestone') {
    return { label, explanation, normal: MILESTONE_NORMALITY[value as Milestone] };
  }
  return { label, explanation };
}

export const statusLabel = (status: Status, locale: Locale): string =>
  entryFor('status', status, locale)[0];

export const milestoneLabel = (milestone: Milestone, locale: Locale): string =>
  entryFor('milestone', milestone, locale)[0];

export const reasonLabel = (reason: Reason, locale: Locale): string =>
  entryFor('reason', reason, locale)[0];

export const orderStatusLabel = (order: OrderStatus, locale: Locale): string =>
  entryFor('order', order, locale)[0];

export const progressStepLabel = (step: ProgressStep, locale: Locale): string =>
  entryFor('progress', step, locale)[0];
