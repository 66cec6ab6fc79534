import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { at } from './testing.js';
import { resolveTime } from './time.js';
import { COUNTRY_ZONE, MULTI_ZONE } from './zones-data.js';

describe('resolveTime', () => {
  it('uses the offset the source sent (Cainiao timeStr + timeZone)', () => {
    const r = resolveTime({ local: '2026-02-06 15:25:17', offset: 'GMT+8' });
    expect(r).toMatchObject({
      instant: '2026-02-06T07:25:17.000Z',
      offset: '+08:00',
      zoneConfidence: 'source',
    });
    expect(r.localTime).toBe('2026-02-06 15:25:17');
  });

  it('uses a zone the source states (Correios: Brasília time)', () => {
    const r = resolveTime(
      { local: '2024-05-02 10:00:00', zone: 'America/Sao_Paulo' },
      at('Manaus, BR'),
    );
    expect(r).toMatchObject({
      instant: '2024-05-02T13:00:00.000Z',
      zone: 'America/Sao_Paulo',
      zoneConfidence: 'source',
    });
  });

  it('trusts a true instant from the source and derives the offset shown', () => {
    const epochMs = Date.UTC(2024, 10, 22, 14, 10, 0);
    const r = resolveTime({ local: '2024-11-22T09:10:00', epochMs });
    expect(r.instant).toBe('2024-11-22T14:10:00.000Z');
    expect(r.offset).toBe('-05:00');
    expect(r.zoneConfidence).toBe('source');
  });

  it('infers the zone of a single-zone country', () => {
    const r = resolveTime({ local: '2024-07-01 12:00:00' }, at('Liège, BE'));
    expect(r).toMatchObject({
      instant: '2024-07-01T10:00:00.000Z',
      zone: 'Europe/Brussels',
      zoneConfidence: 'location-country',
    });
  });

  it.each([
    ['Los Angeles, US', 'America/Los_Angeles', '2024-07-01T19:00:00.000Z'],
    ['Jamaica, US', 'America/New_York', '2024-07-01T16:00:00.000Z'],
    ['Memphis, US', 'America/Chicago', '2024-07-01T17:00:00.000Z'],
    ['Phoenix, US', 'America/Phoenix', '2024-07-01T19:00:00.000Z'],
    ['Novosibirsk, RU', 'Asia/Novosibirsk', '2024-07-01T05:00:00.000Z'],
    ['Москва, RU', 'Europe/Moscow', '2024-07-01T09:00:00.000Z'],
    ['Manaus, BR', 'America/Manaus', '2024-07-01T16:00:00.000Z'],
    ['Perth, AU', 'Australia/Perth', '2024-07-01T04:00:00.000Z'],
    ['Tijuana, MX', 'America/Tijuana', '2024-07-01T19:00:00.000Z'],
    ['Denpasar, ID', 'Asia/Makassar', '2024-07-01T04:00:00.000Z'],
    ['Las Palmas, ES', 'Atlantic/Canary', '2024-07-01T11:00:00.000Z'],
  ])('infers the zone from the city in a multi-zone country: %s', (place, zone, instant) => {
    const r = resolveTime({ local: '2024-07-01 12:00:00' }, at(place));
    expect(r).toMatchObject({ zone, instant, zoneConfidence: 'location-city' });
  });

  it('reads a US state or Brazilian state when the city is unknown', () => {
    expect(
      resolveTime(
        { local: '2024-07-01 12:00' },
        { raw: 'SMALLTOWN TX', region: 'TX', country: 'US' },
      ).zone,
    ).toBe('America/Chicago');
    expect(
      resolveTime(
        { local: '2024-07-01 12:00' },
        { raw: 'Xique-Xique / BA', region: 'BA', country: 'BR' },
      ).zone,
    ).toBe('America/Bahia');
  });

  it('finds a known city in the raw location text', () => {
    const r = resolveTime(
      { local: '2024-07-01 12:00' },
      { raw: 'ISC LOS ANGELES CA(USPS)', country: 'US' },
    );
    expect(r.zone).toBe('America/Los_Angeles');
  });

  it('falls back to the most populous zone of a multi-zone country, and says so', () => {
    const r = resolveTime({ local: '2024-07-01 12:00' }, { raw: 'Nowhere', country: 'US' });
    expect(r.zone).toBe('America/New_York');
    expect(r.zoneConfidence).toBe('location-country');
    expect(r.note).toMatch(/several zones/);
  });

  it('prefers a carrier default in the same multi-zone country over the populous guess', () => {
    const r = resolveTime(
      { local: '2024-07-01 12:00', defaultZone: 'America/Sao_Paulo' },
      { raw: 'AGF', country: 'BR' },
    );
    expect(r).toMatchObject({ zone: 'America/Sao_Paulo', zoneConfidence: 'carrier-default' });
    const other = resolveTime(
      { local: '2024-07-01 12:00', defaultZone: 'Asia/Shanghai' },
      { raw: 'x', country: 'US' },
    );
    expect(other.zone).toBe('America/New_York');
  });

  it('uses a carrier default when nothing places the event', () => {
    const r = resolveTime({ local: '2024-07-01 12:00' }, undefined, 'Asia/Shanghai');
    expect(r).toMatchObject({
      instant: '2024-07-01T04:00:00.000Z',
      zoneConfidence: 'carrier-default',
    });
  });

  it('never assumes UTC silently: unknown zone stays unknown', () => {
    const r = resolveTime({ local: '2024-07-01 12:00' });
    expect(r.zoneConfidence).toBe('unknown');
    expect(r.zone).toBeNull();
    expect(r.offset).toBeNull();
    expect(r.note).toMatch(/only to order/);
  });

  it('ignores an invalid zone name and falls through', () => {
    const r = resolveTime({ local: '2024-07-01 12:00', zone: 'Mars/Olympus' }, at('Paris, FR'));
    expect(r).toMatchObject({ zone: 'Europe/Paris', zoneConfidence: 'location-country' });
  });

  it('marks an unreadable time', () => {
    const r = resolveTime({ local: 'soon' });
    expect(r.zoneConfidence).toBe('unknown');
    expect(r.note).toMatch(/Unreadable/);
  });
});

describe('DST', () => {
  it('moves a wall clock in the spring gap forward (New York)', () => {
    const r = resolveTime({ local: '2024-03-10 02:30:00' }, at('New York, US'));
    expect(r.instant).toBe('2024-03-10T07:30:00.000Z');
    expect(r.offset).toBe('-04:00');
    expect(r.note).toMatch(/DST gap/);
  });

  it('picks one offset in the autumn overlap and says so (Paris)', () => {
    const r = resolveTime({ local: '2024-10-27 02:30:00' }, at('Paris, FR'));
    expect(['2024-10-27T00:30:00.000Z', '2024-10-27T01:30:00.000Z']).toContain(r.instant);
    expect(r.note).toMatch(/DST overlap/);
  });

  it('is exact on both sides of a transition', () => {
    expect(resolveTime({ local: '2024-03-31 01:59:00' }, at('Paris, FR')).instant).toBe(
      '2024-03-31T00:59:00.000Z',
    );
    expect(resolveTime({ local: '2024-03-31 03:00:00' }, at('Paris, FR')).instant).toBe(
      '2024-03-31T01:00:00.000Z',
    );
    expect(resolveTime({ local: '2024-03-30 12:00:00' }, at('Paris, FR')).offset).toBe('+01:00');
    expect(resolveTime({ local: '2024-04-01 12:00:00' }, at('Paris, FR')).offset).toBe('+02:00');
  });

  it('agrees with Luxon across a whole year of hours', () => {
    const zone = IANAZone.create('America/Chicago');
    for (let h = 0; h < 366 * 24; h += 5) {
      const ms = Date.UTC(2024, 0, 1) + h * 3_600_000;
      const local = new Date(ms + zone.offset(ms) * 60_000).toISOString().slice(0, 19);
      const r = resolveTime({ local }, at('Chicago, US'));
      // Outside overlaps the round trip is exact; inside one, the wall clock still matches.
      const back = new Date(r.epochMs + zone.offset(r.epochMs) * 60_000).toISOString().slice(0, 19);
      expect(back).toBe(local);
    }
  });
});

describe('zone tables', () => {
  it('hold only zones this runtime knows', () => {
    const zones = new Set(Object.values(COUNTRY_ZONE));
    for (const c of Object.values(MULTI_ZONE)) {
      zones.add(c.fallback);
      for (const z of Object.values(c.regions)) zones.add(z);
      for (const z of Object.keys(c.cities)) zones.add(z);
    }
    const invalid = [...zones].filter((z) => !IANAZone.isValidZone(z));
    expect(invalid).toEqual([]);
  });
});
