/**
 * @module web/content/carrier-view
 * One carrier as the directory shows it (page and JSON alike): its formats with example
 * numbers, contacts, official links and the sources that serve it here.
 */

import { getFormat } from '../../core/numbers/formats/all.js';
import { EXAMPLES } from '../../core/numbers/formats/examples.js';
import type { Carrier } from '../../core/numbers/registry.js';
import type { CarrierKind } from '../../core/numbers/types.js';
import type { Directory } from '../directory.js';

export const KIND_ORDER: readonly CarrierKind[] = [
  'origin_consolidator',
  'postal_operator',
  'express',
  'last_mile',
  'aggregator',
];

export interface FormatView {
  id: string;
  label: string;
  checkDigit: boolean;
  examples: string[];
}

export interface CarrierSummary {
  id: string;
  name: string;
  country: string | null;
  kind: CarrierKind;
}

export interface CarrierDetail extends CarrierSummary {
  website: string | null;
  trackingUrl: string | null;
  phone: string | null;
  email: string | null;
  s10Country: string | null;
  formats: FormatView[];
  sourceIds: string[];
  /** Typical door-to-door days; null until statistics exist. */
  typicalDays: null;
}

/** The URL when it is plain http(s), else null: carrier data never yields a script link. */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function carrierSummary(c: Carrier): CarrierSummary {
  return { id: c.id, name: c.name, country: c.country, kind: c.kind };
}

function formatView(id: string): FormatView {
  const format = getFormat(id);
  return {
    id,
    label: format?.label ?? id,
    checkDigit: format?.check !== undefined,
    examples: [...(EXAMPLES[id]?.valid ?? [])].slice(0, 3),
  };
}

export function carrierDetail(c: Carrier, directory: Directory): CarrierDetail {
  return {
    ...carrierSummary(c),
    website: safeUrl(c.website),
    trackingUrl: safeUrl(c.trackingUrl.replace('{number}', '')),
    phone: c.phone ?? null,
    email: c.email ?? null,
    s10Country: c.s10Country,
    formats: c.formats.map(formatView),
    sourceIds: [...directory.sourcesFor(c.id).sourceIds],
    typicalDays: null,
  };
}
