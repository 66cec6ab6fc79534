/**
 * @module web/content/contacts
 * Post offices and customs authorities by country (data/contacts.json, from seed 003),
 * read once and checked: a malformed entry is skipped, doubtful entries (a phone whose
 * country code is not the country's) are kept out of what buyers see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../paths.js';

export interface PostOfficeContact {
  /** An id of data/carriers.json. */
  carrier: string;
  phone: string;
}

export interface CustomsContact {
  /** A city or office, when the country has several. */
  label?: string;
  phone: string;
}

export interface CountryContacts {
  /** ISO 3166-1 alpha-2. */
  country: string;
  postOffice: PostOfficeContact[];
  customs: CustomsContact[];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function entries(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value
    .map(record)
    .filter((o): o is Record<string, unknown> => o !== undefined && o['doubtful'] !== true);
}

/** Checks parsed contacts JSON; countries sorted by code. Exported for tests. */
export function parseContacts(raw: unknown): CountryContacts[] {
  const countries = record(record(raw)?.['countries']);
  if (!countries) return [];
  const out: CountryContacts[] = [];
  for (const [country, value] of Object.entries(countries)) {
    const o = record(value);
    if (!o || !/^[A-Z]{2}$/.test(country)) continue;
    const postOffice: PostOfficeContact[] = [];
    for (const e of entries(o['postOffice'])) {
      const carrier = text(e, 'carrier');
      const phone = text(e, 'phone');
      if (carrier && phone) postOffice.push({ carrier, phone });
    }
    const customs: CustomsContact[] = [];
    for (const e of entries(o['customs'])) {
      const phone = text(e, 'phone');
      const label = text(e, 'label');
      if (phone) customs.push(label ? { label, phone } : { phone });
    }
    out.push({ country, postOffice, customs });
  }
  return out.sort((a, b) => a.country.localeCompare(b.country));
}

/** data/contacts.json, or an empty list when the file is missing or unreadable. */
export function loadContacts(file = join(packageRoot, 'data', 'contacts.json')): CountryContacts[] {
  try {
    return parseContacts(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
}
