/**
 * @module web/content/retailer-view
 * A retailer page's content in one locale, as plain data: the page renders it and
 * /api/v1/retailers/:id returns it. Statuses are the ones the retailer's own table shows
 * (core/status/seed-statuses.ts), each placed in our vocabulary with our words.
 */
import type { Locale } from '../../core/i18n/locales.js';
import { describe } from '../../core/status/describe.js';
import { SEED_STATUSES } from '../../core/status/seed-statuses.js';
import { formatRange } from '../i18n/format.js';
import { RETAILER_COPY } from '../i18n/index.js';
import type { FaqEntry } from '../i18n/retailers/types.js';
import { RETAILERS, type RetailerId } from './retailers.js';

export interface RetailerStatusView {
  /** The retailer's own words (English, as its status table writes them). */
  retailerSays: string;
  axis: 'status' | 'milestone' | 'reason' | 'order';
  value: string;
  label: string;
  explanation: string;
}

export interface RetailerView {
  id: RetailerId;
  locale: Locale;
  name: string;
  website: string;
  intro: string;
  facts: {
    founded: string;
    headquarters: { city: string; country: string };
    parent: string | null;
    countries: number;
    monthlyUsers: number | null;
    employees: number | null;
    typicalDays: { min: number; max: number };
    protectionDays: { min: number; max: number };
  };
  findNumber: string[];
  methods: {
    name: string;
    minDays: number;
    maxDays: number;
    businessDays: boolean;
    /** Door-to-door days measured here; null until statistics exist. */
    observed: null;
  }[];
  statuses: RetailerStatusView[];
  channels: { kind: string; label: string; value: string | null; note: string }[];
  faq: FaqEntry[];
}

function statuses(id: RetailerId, locale: Locale): RetailerStatusView[] {
  const seed = RETAILERS[id].seed;
  return SEED_STATUSES.filter((s) => s.seed === seed && s.from === 'table').map((s) => {
    const d =
      s.axis === 'order'
        ? describe('order', s.order, locale)
        : s.axis === 'status'
          ? describe('status', s.status, locale)
          : s.axis === 'milestone'
            ? describe('milestone', s.milestone ?? 'label_created', locale)
            : describe('reason', s.reason ?? 'other', locale);
    return {
      retailerSays: s.name,
      axis: s.axis,
      value: s.value,
      label: d.label,
      explanation: d.explanation,
    };
  });
}

export function retailerView(id: RetailerId, locale: Locale): RetailerView {
  const r = RETAILERS[id];
  const copy = RETAILER_COPY[locale];
  return {
    id,
    locale,
    name: r.name,
    website: r.website,
    intro: copy.intro[id],
    facts: {
      founded: r.founded,
      headquarters: r.headquarters,
      parent: r.parent ?? null,
      countries: r.countries,
      monthlyUsers: r.monthlyUsers ?? null,
      employees: r.employees ?? null,
      typicalDays: r.typicalDays,
      protectionDays: r.protectionDays,
    },
    findNumber: [...copy.findNumber(r.name)],
    methods: r.methods.map((m) => ({
      name: typeof m.name === 'string' ? m.name : copy.methodNames[m.name.generic],
      minDays: m.minDays,
      maxDays: m.maxDays,
      businessDays: m.businessDays ?? false,
      observed: null,
    })),
    statuses: statuses(id, locale),
    channels: r.channels.map((c) => ({
      kind: c.kind,
      label: copy.channelKinds[c.kind],
      value: c.value ?? null,
      note: copy.channelNotes[c.note],
    })),
    faq: [
      ...copy.faq({
        name: r.name,
        protection: formatRange(r.protectionDays.min, r.protectionDays.max, locale),
      }),
    ],
  };
}
