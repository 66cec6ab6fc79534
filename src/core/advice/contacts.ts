/**
 * @module core/advice/contacts
 * Who to call: the carrier (last-mile first), the destination country's post office and
 * customs authority (data/contacts.json, from the seeds' tables), the seller and the
 * retailer. Entries marked doubtful in the data are never shown.
 */
import carriersJson from '../../../data/carriers.json' with { type: 'json' };
import contactsJson from '../../../data/contacts.json' with { type: 'json' };
import type { AdviceContext } from './context.js';
import type { AdviceTexts } from './texts/types.js';
import type { AdviceContact, ContactKind } from './types.js';

export interface PhoneEntry {
  carrier?: string;
  label?: string;
  phone: string;
  note?: string;
  doubtful?: boolean;
}

export interface CountryContacts {
  postOffice: PhoneEntry[];
  customs: PhoneEntry[];
}

interface CarrierEntry {
  id: string;
  name: string;
  website?: string | null;
}

export const COUNTRY_CONTACTS = contactsJson.countries as Readonly<Record<string, CountryContacts>>;
const CARRIERS = new Map<string, CarrierEntry>(
  (carriersJson as readonly CarrierEntry[]).map((c) => [c.id, c]),
);

const RETAILERS: Readonly<Record<string, { name: string; url: string }>> = {
  aliexpress: { name: 'AliExpress', url: 'https://www.aliexpress.com' },
  alibaba: { name: 'Alibaba.com', url: 'https://www.alibaba.com' },
};

/** The usable entries of a country (doubtful ones dropped). */
export function countryContacts(country: string | undefined): CountryContacts {
  const entry = country ? COUNTRY_CONTACTS[country.toUpperCase()] : undefined;
  return {
    postOffice: (entry?.postOffice ?? []).filter((e) => !e.doubtful),
    customs: (entry?.customs ?? []).filter((e) => !e.doubtful),
  };
}

function carrierContact(id: string): AdviceContact {
  const c = CARRIERS.get(id);
  const contact: AdviceContact = { kind: 'carrier', name: c?.name ?? id };
  if (c?.website) contact.url = c.website;
  return contact;
}

function ofKind(kind: ContactKind, c: AdviceContext, texts: AdviceTexts): AdviceContact[] {
  const country = (c.order?.destinationCountry ?? c.shipment.destinationCountry)?.toUpperCase();
  switch (kind) {
    case 'carrier': {
      const ids = [c.shipment.lastMileCarrier, c.shipment.carrier].filter(
        (id): id is string => !!id,
      );
      return [...new Set(ids)].map(carrierContact);
    }
    case 'post_office':
      return countryContacts(country).postOffice.map((e) => {
        const carrier = e.carrier ? CARRIERS.get(e.carrier) : undefined;
        const contact: AdviceContact = {
          kind: 'post_office',
          name: carrier?.name ?? texts.contactName.post_office,
          phone: e.phone,
        };
        if (carrier?.website) contact.url = carrier.website;
        if (country) contact.country = country;
        return contact;
      });
    case 'customs':
      return countryContacts(country).customs.map((e) => {
        const name = texts.contactName.customs + (e.label ? ` (${e.label})` : '');
        const contact: AdviceContact = { kind: 'customs', name, phone: e.phone };
        if (country) contact.country = country;
        return contact;
      });
    case 'seller':
      return c.order ? [{ kind: 'seller', name: c.order.store ?? texts.contactName.seller }] : [];
    case 'retailer': {
      const r = c.order ? RETAILERS[c.order.retailer.toLowerCase()] : undefined;
      if (r) return [{ kind: 'retailer', name: r.name, url: r.url }];
      return c.order ? [{ kind: 'retailer', name: c.order.retailer }] : [];
    }
  }
}

/** Contacts for the kinds asked, in order, without duplicates. */
export function resolveContacts(
  kinds: readonly ContactKind[],
  c: AdviceContext,
  texts: AdviceTexts,
): AdviceContact[] {
  const seen = new Set<string>();
  const out: AdviceContact[] = [];
  for (const kind of kinds) {
    for (const contact of ofKind(kind, c, texts)) {
      const id = `${contact.kind}|${contact.name}|${contact.phone ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(contact);
    }
  }
  return out;
}
