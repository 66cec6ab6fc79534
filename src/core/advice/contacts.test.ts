import { describe, expect, it } from 'vitest';
import carriersJson from '../../../data/carriers.json' with { type: 'json' };
import { advise } from './advise.js';
import { COUNTRY_CONTACTS, countryContacts } from './contacts.js';
import { order, shipment } from './testing.js';

const NOW = '2026-03-20T12:00:00Z';
const carrierIds = new Set((carriersJson as { id: string }[]).map((c) => c.id));

describe('data/contacts.json', () => {
  it('covers the countries of the seed tables', () => {
    for (const c of [
      'MX',
      'AE',
      'SA',
      'IT',
      'BR',
      'UA',
      'ES',
      'PL',
      'FR',
      'CL',
      'TR',
      'US',
      'RU',
      'KR',
    ]) {
      expect(COUNTRY_CONTACTS[c], c).toBeDefined();
    }
  });

  it('names only carriers that exist in data/carriers.json', () => {
    for (const [country, entry] of Object.entries(COUNTRY_CONTACTS)) {
      for (const e of [...entry.postOffice, ...entry.customs]) {
        if (e.carrier) expect(carrierIds.has(e.carrier), `${country} ${e.carrier}`).toBe(true);
        expect(e.phone, country).toMatch(/^[+(0-9][0-9 ()+/]*[0-9]$/);
      }
    }
  });

  it('keeps the seed numbers as written', () => {
    expect(countryContacts('mx').postOffice[0]?.phone).toBe('+52 55 53 85 09 67');
    expect(countryContacts('BR').postOffice[0]?.phone).toBe('0800 725 0100');
    expect(countryContacts('BR').customs[0]?.phone).toBe('(+55 11) 2112 7267');
    expect(countryContacts('PL').customs.map((c) => c.label)).toEqual([
      'Warszawa',
      'Bytom',
      'Poznań',
      'Szczecin',
    ]);
    expect(countryContacts('FR').postOffice.map((c) => c.phone)).toEqual([
      '0969 391 391',
      '0825 878 888',
    ]);
  });

  it('hides entries whose country code does not match the country', () => {
    expect(countryContacts('RU').customs).toEqual([]);
    expect(countryContacts('FR').customs.map((c) => c.phone)).toEqual(['(+33 1) 5501 3812']);
    expect(COUNTRY_CONTACTS['RU']?.customs).toHaveLength(1);
  });

  it('gives nothing for a country without data', () => {
    expect(countryContacts('DE')).toEqual({ postOffice: [], customs: [] });
    expect(countryContacts(undefined)).toEqual({ postOffice: [], customs: [] });
  });
});

describe('contacts in advice', () => {
  it('delivered but not received: the local post office, the carrier, the seller', () => {
    const s = shipment({
      status: 'delivered',
      milestone: 'delivered',
      since: '2026-03-18T10:00:00Z',
      lastMileCarrier: 'correios',
    });
    const a = advise(
      s,
      order({ destinationCountry: 'BR', buyerZone: 'America/Sao_Paulo', store: 'Loja X' }),
      NOW,
      'pt-BR',
      {
        notReceived: true,
      },
    );
    expect(a.contacts).toEqual([
      {
        kind: 'post_office',
        name: 'Correios',
        phone: '0800 725 0100',
        url: expect.any(String),
        country: 'BR',
      },
      { kind: 'carrier', name: 'Correios', url: expect.any(String) },
      { kind: 'carrier', name: 'Cainiao (AliExpress)', url: 'https://global.cainiao.com' },
      { kind: 'seller', name: 'Loja X' },
    ]);
  });

  it('customs held: the destination customs office by city', () => {
    const s = shipment({ milestone: 'import_customs', reason: 'customs_held' });
    const a = advise(s, order({ destinationCountry: 'PL', buyerZone: 'Europe/Warsaw' }), NOW, 'pl');
    const customs = a.contacts.filter((c) => c.kind === 'customs');
    expect(customs.map((c) => c.name)).toEqual([
      'Urząd celny (Warszawa)',
      'Urząd celny (Bytom)',
      'Urząd celny (Poznań)',
      'Urząd celny (Szczecin)',
    ]);
    expect(customs[0]?.phone).toBe('(+48 22) 548 14 31');
  });

  it('protection ending: the retailer with its site', () => {
    const a = advise(shipment(), order({ orderDate: '2026-01-25' }), NOW, 'en');
    expect(a.contacts).toContainEqual({
      kind: 'retailer',
      name: 'AliExpress',
      url: 'https://www.aliexpress.com',
    });
  });
});
