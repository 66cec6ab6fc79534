/**
 * @module web/content/status-view
 * The status glossary in one locale: every value of every axis with its label and
 * explanation (and, for statuses and milestones, whether it is a normal stage).
 */
import type { Locale } from '../../core/i18n/locales.js';
import { describe } from '../../core/status/describe.js';
import type { Normality } from '../../core/status/normality.js';
import { MILESTONES, ORDER_STATUSES, REASONS, STATUSES } from '../../core/status/taxonomy.js';

export interface GlossaryEntry {
  id: string;
  label: string;
  explanation: string;
  normal?: Normality;
}

export interface Glossary {
  locale: Locale;
  status: GlossaryEntry[];
  milestone: GlossaryEntry[];
  reason: GlossaryEntry[];
  order: GlossaryEntry[];
}

export const GLOSSARY_AXES = ['status', 'milestone', 'reason', 'order'] as const;

export function glossary(locale: Locale): Glossary {
  return {
    locale,
    status: STATUSES.map((id) => ({ id, ...describe('status', id, locale) })),
    milestone: MILESTONES.map((id) => ({ id, ...describe('milestone', id, locale) })),
    reason: REASONS.map((id) => ({ id, ...describe('reason', id, locale) })),
    order: ORDER_STATUSES.map((id) => ({ id, ...describe('order', id, locale) })),
  };
}
